package dev.sse.model.io.json;

/**
 * One array element after mapping: its id (when that much was valid), the domain value (when everything
 * was valid), and where it is, for cross-reference checks that run after every element is mapped.
 *
 * @param id    the element's id, or {@code null} when missing or invalid
 * @param value the domain value, or {@code null} when the element has problems
 * @param node  the element's JSON object
 * @param path  the element's JSON path, e.g. {@code $.validators[3]}
 */
record Mapped<T>(String id, T value, JsonTree.Obj node, String path) {

    /** The location and path of one of the element's fields (the element itself when the field is absent). */
    JsonTree at(String key) {
        JsonTree.Member m = node.member(key);
        return m == null ? node : m.value();
    }

    String pathOf(String key) {
        return node.member(key) == null ? path : JsonPaths.child(path, key);
    }
}
