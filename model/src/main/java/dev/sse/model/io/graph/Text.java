package dev.sse.model.io.graph;

import dev.sse.model.io.csv.CsvWriter;

/** How the graph files write a value: numbers as the CSV writes them (exact, no exponent), the rest as text. */
final class Text {

    private Text() {
    }

    /** {@code null} → empty; a number → {@link CsvWriter#number}; anything else → its text. */
    static String of(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Double d) {
            return CsvWriter.number(d);
        }
        return value.toString();
    }
}
