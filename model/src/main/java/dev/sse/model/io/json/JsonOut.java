package dev.sse.model.io.json;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.sse.model.format.Decimals;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * A thin JSON writer for the simulation outputs in the one style ({@link JsonStyle}), numbers through
 * {@link Decimals}.
 */
final class JsonOut implements AutoCloseable {

    private final StringWriter text = new StringWriter();
    private final JsonGenerator g;
    private final boolean roundNumbers;

    JsonOut(boolean roundNumbers) {
        this.roundNumbers = roundNumbers;
        try {
            g = JsonStyle.open(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    JsonOut begin() { return io(g::writeStartObject); }
    JsonOut end() { return io(g::writeEndObject); }
    JsonOut beginArray(String key) { return io(() -> g.writeArrayFieldStart(key)); }
    JsonOut beginArray() { return io(g::writeStartArray); }
    JsonOut endArray() { return io(g::writeEndArray); }
    JsonOut beginObject(String key) { return io(() -> g.writeObjectFieldStart(key)); }

    JsonOut field(String key, String value) {
        return io(() -> g.writeStringField(key, value));
    }

    JsonOut field(String key, double value) {
        return io(() -> {
            g.writeFieldName(key);
            g.writeNumber(roundNumbers ? Decimals.rounded(value) : Decimals.exact(value));
        });
    }

    JsonOut field(String key, long value) {
        return io(() -> g.writeNumberField(key, value));
    }

    JsonOut field(String key, boolean value) {
        return io(() -> g.writeBooleanField(key, value));
    }

    JsonOut strings(String key, List<String> values) {
        return io(() -> {
            g.writeArrayFieldStart(key);
            for (String v : values) {
                g.writeString(v);
            }
            g.writeEndArray();
        });
    }

    /** The text written so far, with a final newline. */
    String text() {
        io(g::flush);
        return text + "\n";
    }

    @Override
    public void close() {
        io(g::close);
    }

    private interface IoAction {
        void run() throws IOException;
    }

    private JsonOut io(IoAction action) {
        try {
            action.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }
}
