package dev.sse.model.io.csv;

import dev.sse.model.format.Decimals;
import java.util.List;

/**
 * The one CSV writer (issue 21) behind every export: the analysis ({@code analyze --csv}, File → Export), the sweep
 * ({@code sweep --csv}, the Compare window) and the tables. RFC 4180: fields separated by commas and quoted only when
 * they contain a comma, a quote or a line break (quotes doubled); every row ends with {@code "\n"} on every
 * platform. Numbers follow the file policy of {@link dev.sse.model.format}: {@link #number} is the exact value, the
 * shortest decimal that reads back as the same double, and an empty field when absent, NaN or infinite.
 *
 * <pre>{@code
 * CsvWriter csv = new CsvWriter().row(List.of("chain", "margin"));
 * csv.row(List.of("hub", CsvWriter.number(0.25)));
 * String text = csv.text();   // "chain,margin\nhub,0.25\n"
 * }</pre>
 */
public final class CsvWriter {

    private final StringBuilder out = new StringBuilder();

    /** Appends one row (the header is the first row written). */
    public CsvWriter row(List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(field(fields.get(i)));
        }
        out.append('\n');
        return this;
    }

    /** Appends one row. */
    public CsvWriter row(String... fields) {
        return row(java.util.Arrays.asList(fields));
    }

    /** The document written so far. */
    public String text() {
        return out.toString();
    }

    /** A number as a field: the exact value ({@link Decimals#csv}); empty when absent, NaN or infinite. */
    public static String number(Double value) {
        return Decimals.csv(value);
    }

    /** A field as written: quoted (quotes doubled) when it holds a comma, a quote or a line break; null is empty. */
    public static String field(String raw) {
        if (raw == null) {
            return "";
        }
        if (raw.indexOf(',') < 0 && raw.indexOf('"') < 0 && raw.indexOf('\n') < 0 && raw.indexOf('\r') < 0) {
            return raw;
        }
        return '"' + raw.replace("\"", "\"\"") + '"';
    }
}
