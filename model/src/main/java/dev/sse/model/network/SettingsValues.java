package dev.sse.model.network;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Canonical plain-JSON values for {@link Settings}: one Java type per JSON kind, so equality is JSON equality. */
final class SettingsValues {

    private SettingsValues() {
    }

    static Map<String, Object> canonicalMap(Map<?, ?> map) {
        Map<String, Object> copy = new LinkedHashMap<>();
        map.forEach((k, v) -> copy.put(String.valueOf(k), canonical(v)));
        return Collections.unmodifiableMap(copy);
    }

    static Object canonical(Object value) {
        if (value instanceof Map<?, ?> m) {
            return canonicalMap(m);
        }
        if (value instanceof List<?> l) {
            List<Object> copy = new ArrayList<>(l.size());
            l.forEach(item -> copy.add(canonical(item)));
            return Collections.unmodifiableList(copy);
        }
        if (value instanceof Number n) {
            return canonicalNumber(n);
        }
        return value;
    }

    private static Number canonicalNumber(Number n) {
        if (n instanceof Long || n instanceof Double) {
            return n;
        }
        if (n instanceof Integer || n instanceof Short || n instanceof Byte) {
            return n.longValue();
        }
        if (n instanceof BigInteger b && b.bitLength() < Long.SIZE) {
            return b.longValue();
        }
        return n.doubleValue();
    }
}
