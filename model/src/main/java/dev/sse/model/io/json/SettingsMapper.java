package dev.sse.model.io.json;

import dev.sse.model.network.Settings;
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
        @SuppressWarnings("unchecked")
        Map<String, Object> values = (Map<String, Object>) JsonTree.plain(obj);
        return new Settings(values);
    }
}
