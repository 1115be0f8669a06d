package dev.sse.model.io.json;

import dev.sse.model.network.AssetWeights;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The format-version-2 fields of issue 22 (multi-asset stake): a validator's {@code holdings} and a chain's
 * {@code security.assetWeights}, both objects of asset symbol → positive number. Reads them, checks their asset
 * symbols against {@code assets[]} and refuses them in a version-1 file ({@code needs "version": 2}).
 */
final class Holdings {

    static final String FIELD = "holdings";

    private Holdings() {
    }

    /** {@code key} of {@code f} as symbol → amount (1e-12 to 1e18); null when absent or wrong (reported). */
    static Map<String, Double> read(Fields f, String key) {
        JsonTree v = f.value(key).orElse(null);
        if (v == null) {
            return null;
        }
        if (!(v instanceof JsonTree.Obj obj)) {
            f.report(v, f.pathOf(key), "an object of asset symbol → amount");
            return null;
        }
        if (obj.members().isEmpty()) {
            f.problem(v, f.pathOf(key), "must name at least one asset (symbol → amount), got an empty object");
            return null;
        }
        Map<String, Double> out = new LinkedHashMap<>();
        for (JsonTree.Member m : obj.members()) {
            String at = JsonPaths.child(f.pathOf(key), m.key());
            if (m.key().isEmpty()) {
                f.problem(obj, f.pathOf(key), "must name each asset by a non-empty symbol, got the empty string");
            } else if (m.value() instanceof JsonTree.Num n && Rule.POSITIVE.accepts(n.asDouble())) {
                out.put(m.key(), n.asDouble());
            } else {
                f.report(m.value(), at, Rule.POSITIVE.expected());
            }
        }
        return out;
    }

    /** The symbols of {@code node.key} must be assets of the file (when it lists assets). */
    static void checkSymbols(JsonTree.Obj node, String path, String key, Set<String> symbols, Problems problems) {
        JsonTree.Member m = node.member(key);
        if (symbols.isEmpty() || m == null || !(m.value() instanceof JsonTree.Obj obj)) {
            return;
        }
        for (JsonTree.Member h : obj.members()) {
            if (!h.key().isEmpty() && !symbols.contains(h.key())) {
                problems.add(h.keyLoc(), JsonPaths.child(JsonPaths.child(path, key), h.key()), "unknown asset '"
                        + JsonPaths.shown(h.key()) + "'; expected one of: "
                        + String.join(", ", symbols.stream().map(JsonPaths::shown).toList()));
            }
        }
    }

    /** In a version-1 file, each {@code holdings} and {@code security.assetWeights} is a problem at its key. */
    static void refuseInVersion1(JsonTree.Obj root, Problems problems) {
        each(root, "validators", (item, path) -> {
            JsonTree.Member m = item.member(FIELD);
            if (m != null) {
                problems.add(m.keyLoc(), JsonPaths.child(path, FIELD), needs(FIELD));
            }
        });
        each(root, "chains", (item, path) -> {
            JsonTree.Member s = item.member("security");
            if (s != null && s.value() instanceof JsonTree.Obj sec && sec.member(AssetWeights.KEY) != null) {
                problems.add(sec.member(AssetWeights.KEY).keyLoc(),
                        JsonPaths.child(JsonPaths.child(path, "security"), AssetWeights.KEY), needs(AssetWeights.KEY));
            }
        });
    }

    private static String needs(String field) {
        return "'" + field + "' (multi-asset stake) needs \"version\": 2; this file says version 1";
    }

    private static void each(JsonTree.Obj root, String array, java.util.function.BiConsumer<JsonTree.Obj, String> f) {
        JsonTree.Member m = root.member(array);
        if (m != null && m.value() instanceof JsonTree.Arr arr) {
            for (int i = 0; i < arr.items().size(); i++) {
                if (arr.items().get(i) instanceof JsonTree.Obj item) {
                    f.accept(item, JsonPaths.index(JsonPaths.child(JsonPaths.ROOT, array), i));
                }
            }
        }
    }
}
