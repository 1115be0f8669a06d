package dev.sse.model.network.edit;

import dev.sse.model.network.graph.NodeRef;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where a sheet field ({@link SheetFields}) lives in a network file's plain JSON ({@link dev.sse.model.io.json.PlainJson}):
 * the object that holds it, its key and its JSON path as the reader writes paths ({@code $.chains[2].security.topN}).
 */
final class JsonFields {

    private JsonFields() {
    }

    /** One field's place: {@code set(null)} removes it, and an emptied {@code security}/{@code slashing} object too. */
    record Slot(Map<String, Object> owner, String key, String path, Map<String, Object> element, String block) {
        Object get() {
            return owner.get(key);
        }

        void set(Object value) {
            if (value != null) {
                owner.put(key, value);
                if (block != null) {
                    element.putIfAbsent(block, owner);
                }
                return;
            }
            owner.remove(key);
            if (block != null && owner.isEmpty()) {
                element.remove(block);
            }
        }
    }

    /** The slot of {@code field} on {@code ref} (null: the network); empty when the element is not there. */
    static Optional<Slot> locate(Map<String, Object> root, NodeRef ref, String field, boolean create) {
        String array = ref == null ? null : ref.isChain() ? "chains" : "validators";
        int index = ref == null ? -1 : indexOf(list(root, array), "id", ref.id(), null, null);
        if (ref != null && index < 0) {
            return Optional.empty();
        }
        Map<String, Object> element = ref == null ? root : item(root, array, index);
        String at = ref == null ? "$" : "$." + array + "[" + index + "]";
        String[] parts = field.split("\\.", 3);
        if (parts.length == 2 && (parts[0].equals("security") || parts[0].equals("slashing"))) {
            Map<String, Object> block = map(element.get(parts[0]));
            return Optional.of(new Slot(block, parts[1], at + "." + field, element, parts[0]));
        }
        if (parts.length == 3 && parts[0].equals("assets") && ref == null) {
            int k = indexOf(list(root, "assets"), "symbol", parts[1], null, null);
            return k < 0 ? Optional.empty()
                    : Optional.of(new Slot(item(root, "assets", k), parts[2], "$.assets[" + k + "]." + parts[2], null, null));
        }
        if (parts.length == 3 && parts[0].equals("allocations") && ref != null && !ref.isChain()) {
            int k = indexOf(list(root, "allocations"), "validator", ref.id(), "chain", parts[1]);
            return k < 0 ? Optional.empty() : Optional.of(new Slot(item(root, "allocations", k), parts[2],
                    "$.allocations[" + k + "]." + parts[2], null, null));
        }
        return Optional.of(new Slot(element, field, at + "." + field, null, null));
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Map<String, Object> root, String key) {
        Object value = root.get(key);
        return value instanceof List<?> l ? (List<Object>) l : List.of();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> item(Map<String, Object> root, String array, int index) {
        return (Map<String, Object>) list(root, array).get(index);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> m ? (Map<String, Object>) m : new LinkedHashMap<>();
    }

    private static int indexOf(List<Object> items, String key, String value, String key2, String value2) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) instanceof Map<?, ?> m && value.equals(m.get(key))
                    && (key2 == null || value2.equals(m.get(key2)))) {
                return i;
            }
        }
        return -1;
    }
}
