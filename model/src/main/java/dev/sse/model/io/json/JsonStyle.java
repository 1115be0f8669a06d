package dev.sse.model.io.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import dev.sse.model.format.Decimals;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/**
 * The one JSON writer setup (issue 21) behind every document the model writes: network files, scenario files,
 * simulation traces, analyses, sweeps and Monte Carlo summaries. Keys in the order written, {@code "key": value},
 * two-space indent, {@code "\n"} line ends on every platform, empty arrays and objects as {@code []} and {@code {}};
 * the target is flushed but never closed. Every number field of an output document (analysis, economics, sweep,
 * Monte Carlo) goes through {@link #number}: {@link Decimals#exact}, the same text as the CSV files, a plain decimal,
 * never Java's exponent form ({@code 89546360.80000001}, not {@code 8.954636080000001E7}). Network files alone keep
 * their format's numbers ({@code Numbers}, docs/network-format.md: {@code 1.5E20}): a file is an input too, and a
 * plain {@code 1e-300} would be 300 digits, past the reader's limit of 50 characters per number.
 */
final class JsonStyle {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();
    private static final DefaultPrettyPrinter PRINTER = new DefaultPrettyPrinter(Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
            .withObjectEmptySeparator("")
            .withArrayEmptySeparator(""))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));

    private JsonStyle() {
    }

    /** What writes one JSON value to a generator. */
    @FunctionalInterface
    interface Body {
        void write(JsonGenerator g) throws IOException;
    }

    /** The document {@code body} writes in the project's style ({@link #open}), with a final newline. */
    static String document(Body body) {
        return text(true, body) + "\n";
    }

    /** The JSON text {@code body} writes on one line, no spaces ({@link #inline}). */
    static String line(Body body) {
        return text(false, body);
    }

    private static String text(boolean pretty, Body body) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = pretty ? open(out) : inline(out)) {
            body.write(g);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to a string cannot fail", e);
        }
        return out.toString();
    }

    /** A generator writing to {@code out} in the project's style; closing it flushes {@code out}, leaves it open. */
    static JsonGenerator open(Writer out) throws IOException {
        return FACTORY.createGenerator(out).setPrettyPrinter(PRINTER.createInstance());
    }

    /** A generator writing to {@code out} on one line, no spaces (a JSON value inside another format's text). */
    static JsonGenerator inline(Writer out) throws IOException {
        return FACTORY.createGenerator(out);
    }

    /**
     * {@code "key": value}, the value exact ({@link Decimals#exact}: 2, 0.1, 89546360.80000001), or {@code null} when
     * absent, NaN or infinite: every number field of the analysis, sweep, economics and Monte Carlo documents.
     */
    static void number(JsonGenerator g, String key, Double value) throws IOException {
        g.writeFieldName(key);
        if (value == null || !Double.isFinite(value)) {
            g.writeNull();
        } else {
            g.writeNumber(Decimals.exact(value));
        }
    }

    /** What writes one item of an array ({@link #array}). */
    @FunctionalInterface
    interface Item<T> {
        void write(T item) throws IOException;
    }

    /** {@code "key": [...]}, each of {@code items} written by {@code item}, in order. */
    static <T> void array(JsonGenerator g, String key, List<T> items, Item<? super T> item) throws IOException {
        g.writeArrayFieldStart(key);
        for (T t : items) {
            item.write(t);
        }
        g.writeEndArray();
    }

    /** {@code "key": ["a", "b"]}: a list of strings as one field (analysis, sweep and Monte Carlo documents). */
    static void strings(JsonGenerator g, String key, List<String> values) throws IOException {
        g.writeArrayFieldStart(key);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }
}
