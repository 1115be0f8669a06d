package dev.sse.model.io.json;

import dev.sse.model.network.Settings;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Converts an open JSON object ({@code security}, {@code slashing}, a scenario) into {@link Settings} of
 * plain Java values: String, Long (integers that fit), Double (other numbers), Boolean, List, Map, null.
 * Recursion is bounded by the reader's nesting limit.
 */
final class SettingsMapper {

    private SettingsMapper() {
    }

    static Settings settings(JsonTree.Obj obj) {
        return new Settings(object(obj));
    }

    private static Map<String, Object> object(JsonTree.Obj obj) {
        Map<String, Object> map = new LinkedHashMap<>();
        obj.members().forEach(m -> map.put(m.key(), value(m.value())));
        return map;
    }

    private static Object value(JsonTree node) {
        if (node instanceof JsonTree.Obj o) {
            return object(o);
        }
        if (node instanceof JsonTree.Arr a) {
            List<Object> list = new ArrayList<>(a.items().size());
            a.items().forEach(item -> list.add(value(item)));
            return list;
        }
        if (node instanceof JsonTree.Str s) {
            return s.value();
        }
        if (node instanceof JsonTree.Num n) {
            return n.value();
        }
        if (node instanceof JsonTree.Bool b) {
            return b.value();
        }
        return null;
    }
}
