package dev.sse.model.io.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.Writer;

/**
 * The one JSON writer setup (issue 21) behind every document the model writes: network files, scenario files,
 * simulation traces, analyses and sweeps. Keys in the order written, {@code "key": value}, two-space indent,
 * {@code "\n"} line ends on every platform, empty arrays and objects as {@code []} and {@code {}}; the target is
 * flushed but never closed. Numbers are the callers' (see {@link dev.sse.model.format.Decimals}).
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

    /** A generator writing to {@code out} in the project's style; closing it flushes {@code out}, leaves it open. */
    static JsonGenerator open(Writer out) throws IOException {
        return FACTORY.createGenerator(out).setPrettyPrinter(PRINTER.createInstance());
    }

    /** A generator writing to {@code out} on one line, no spaces (a JSON value inside another format's text). */
    static JsonGenerator inline(Writer out) throws IOException {
        return FACTORY.createGenerator(out);
    }

    /** {@code "key": ["a", "b"]}: a list of strings as one field (analysis, sweep and Monte Carlo documents). */
    static void strings(JsonGenerator g, String key, java.util.List<String> values) throws IOException {
        g.writeArrayFieldStart(key);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }
}
