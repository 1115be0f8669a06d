package dev.sse.model.io.json;

import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * JSON text to and from plain Java values for the packages outside {@code io.json} (GraphML/GEXF import and export):
 * reading goes through the one located tree ({@link TreeReader}, {@link JsonTree#plain}), writing through the one
 * writer setup ({@link JsonStyle}). Plain values are {@link Map} (keys written in iteration order), {@link List},
 * {@link String}, {@link Number}, {@link Boolean} and {@code null}.
 */
public final class PlainJson {

    /** What {@link #parse} gives for the JSON text {@code null} (an {@link Optional} cannot hold null). */
    public static final Object NULL = new Object() {
        @Override
        public String toString() {
            return "null";
        }
    };

    private PlainJson() {
    }

    /**
     * {@code text} as plain values (objects as {@link Map} in file order, integers as {@link Long}, other numbers as
     * {@link Double}), or empty when it is not one well-formed JSON value the network reader would accept (syntax
     * errors, duplicate keys, {@code NaN}).
     */
    public static Optional<Object> parse(String text) {
        Problems problems = new Problems("");
        Optional<JsonTree> tree = TreeReader.read(new StringReader(text), problems);
        return tree.isPresent() && problems.isEmpty() ? Optional.ofNullable(JsonTree.plain(tree.get()))
                .or(() -> Optional.of(NULL)) : Optional.empty();
    }

    /** {@code value} as a JSON document in the project's style ({@link JsonStyle#open}), with a final newline. */
    public static String write(Object value) {
        return JsonStyle.document(g -> SettingsWriter.value(g, value));
    }

    /** {@code value} as JSON text on one line, no spaces ({@link JsonStyle#inline}). */
    public static String inline(Object value) {
        return JsonStyle.line(g -> SettingsWriter.value(g, value));
    }
}
