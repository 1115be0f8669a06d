package dev.sse.model.io.json;

import dev.sse.model.io.json.JsonTree.Loc;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** Reports ids seen twice within one array, pointing back at the first occurrence. */
final class UniqueIds {

    private final String what;
    private final Problems problems;
    private final Map<String, Loc> first = new LinkedHashMap<>();

    /** {@code what} completes "duplicate … 'x'", e.g. {@code "validator id"}. */
    UniqueIds(String what, Problems problems) {
        this.what = what;
        this.problems = problems;
    }

    /** Records {@code id} found at {@code at}; false (and reported) when it was seen before. */
    boolean add(String id, JsonTree at, String path) {
        Loc previous = first.putIfAbsent(id, at.loc());
        if (previous != null) {
            problems.add(at, path, "duplicate " + what + " '" + JsonPaths.shown(id) + "' (first at line "
                    + previous.line() + ", column " + previous.column() + ")");
            return false;
        }
        return true;
    }

    Set<String> ids() {
        return first.keySet();
    }
}
