package dev.sse.model.io.json;

import dev.sse.model.io.json.JsonTree.Loc;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

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

    /** Records the id {@code f} gave in its field {@code key} ({@link #add}); false when it gave none or a duplicate. */
    boolean add(Fields f, String key, String id) {
        return id != null && add(id, f.node().member(key).value(), f.pathOf(key));
    }

    /**
     * The element {@code f} as mapped, its id read from its field {@code key} ({@link #add(Fields, String, String)}):
     * the id when it is new, and what {@code build} makes when, besides, the element is valid; null otherwise.
     */
    <T> Mapped<T> mapped(Fields f, String key, String id, Supplier<T> build) {
        boolean unique = add(f, key, id);
        return new Mapped<>(unique ? id : null, f.valid() && unique ? build.get() : null, f.node(), f.path());
    }

    Set<String> ids() {
        return first.keySet();
    }
}
