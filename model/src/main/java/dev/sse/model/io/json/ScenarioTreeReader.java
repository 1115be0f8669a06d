package dev.sse.model.io.json;

import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads scenario JSON (a scenario file, or a network file holding stored scenarios) with the network reader
 * ({@link TreeReader}: the same safety limits, UTF-8 checks, duplicate keys and non-finite numbers, every problem
 * located), then hands the scenario mapper plain Java values ({@link Map} in file order, {@link List},
 * {@link String}, {@link Long} or {@link Double}, {@link Boolean}, {@code null}) and where each value starts, by
 * JSON path ({@code $.faults[2].chain} → line 14, column 16). Never leaves this package.
 */
final class ScenarioTreeReader {

    /** The values and the position (line, column; 1-based) of every value by path. */
    record Tree(Object root, Map<String, int[]> where) {
    }

    private final Map<String, int[]> where = new HashMap<>();

    private ScenarioTreeReader() {
    }

    /**
     * The tree, or null when the text is not well-formed JSON or breaks a rule of the reader (the reasons are
     * added to {@code problems}). Does not close {@code in}.
     */
    static Tree read(String file, Reader in, List<Problem> problems) {
        return read(file, in, problems, null);
    }

    /**
     * Like {@link #read(String, Reader, List)}, but of a root object keeps only the member {@code only} (a network
     * file's {@code "scenarios"}), so the rest of a large network is not copied; null keeps everything.
     */
    static Tree read(String file, Reader in, List<Problem> problems, String only) {
        Problems found = new Problems(file);
        JsonTree root = TreeReader.read(in, found).orElse(null);
        if (root == null || !found.isEmpty()) {
            problems.addAll(found.list());
            return null;
        }
        ScenarioTreeReader r = new ScenarioTreeReader();
        if (only != null && root instanceof JsonTree.Obj obj) {
            r.where.put(JsonPaths.ROOT, new int[] {root.loc().line(), root.loc().column()});
            Map<String, Object> kept = new LinkedHashMap<>();
            JsonTree.Member member = obj.member(only);
            if (member != null) {
                kept.put(only, r.plain(member.value(), JsonPaths.child(JsonPaths.ROOT, only)));
            }
            return new Tree(kept, r.where);
        }
        return new Tree(r.plain(root, JsonPaths.ROOT), r.where);
    }

    private Object plain(JsonTree value, String path) {
        where.put(path, new int[] {value.loc().line(), value.loc().column()});
        if (value instanceof JsonTree.Obj obj) {
            Map<String, Object> members = new LinkedHashMap<>();
            for (JsonTree.Member m : obj.members()) {
                members.put(m.key(), plain(m.value(), JsonPaths.child(path, m.key())));
            }
            return members;
        } else if (value instanceof JsonTree.Arr arr) {
            List<Object> items = new ArrayList<>(arr.items().size());
            for (JsonTree item : arr.items()) {
                items.add(plain(item, JsonPaths.index(path, items.size())));
            }
            return items;
        } else if (value instanceof JsonTree.Str s) {
            return s.value();
        } else if (value instanceof JsonTree.Num n) {
            return n.value() instanceof Long l ? l : (Object) n.asDouble();
        } else if (value instanceof JsonTree.Bool b) {
            return b.value();
        }
        return null;
    }
}
