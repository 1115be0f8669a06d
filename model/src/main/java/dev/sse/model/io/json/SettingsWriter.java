package dev.sse.model.io.json;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.sse.model.network.Settings;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Writes plain JSON values (String, Long, Double, BigDecimal, BigInteger, Boolean, List, Map, null or
 * {@link PlainJson#NULL}, and {@link Settings}) in their iteration order: the one plain-value writer behind the
 * network file's settings blocks and {@link PlainJson}.
 */
final class SettingsWriter {

    private SettingsWriter() {
    }

    /** @throws IllegalArgumentException for a non-finite number or a value that is not plain JSON */
    static void value(JsonGenerator g, Object value) throws IOException {
        if (value == null || value == PlainJson.NULL) {
            g.writeNull();
        } else if (value instanceof java.math.BigDecimal d) {
            g.writeNumber(d);
        } else if (value instanceof java.math.BigInteger i) {
            g.writeNumber(i);
        } else if (value instanceof String s) {
            g.writeString(s);
        } else if (value instanceof Boolean b) {
            g.writeBoolean(b);
        } else if (value instanceof Long || value instanceof Integer || value instanceof Short
                || value instanceof Byte) {
            g.writeNumber(((Number) value).longValue());
        } else if (value instanceof Number n) {
            double d = n.doubleValue();
            if (!Double.isFinite(d)) {
                throw new IllegalArgumentException("cannot write " + d + ": JSON numbers are finite");
            }
            g.writeNumber(d);
        } else if (value instanceof Settings settings) {
            value(g, settings.values());
        } else if (value instanceof Map<?, ?> map) {
            g.writeStartObject();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                g.writeFieldName(String.valueOf(e.getKey()));
                value(g, e.getValue());
            }
            g.writeEndObject();
        } else if (value instanceof List<?> list) {
            g.writeStartArray();
            for (Object item : list) {
                value(g, item);
            }
            g.writeEndArray();
        } else {
            throw new IllegalArgumentException("cannot write a value of type "
                    + value.getClass().getName() + ": not a plain JSON value");
        }
    }
}
