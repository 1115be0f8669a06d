package dev.sse.model.network;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * An open set of settings ({@code security} or {@code slashing} of a chain) as plain JSON values:
 * {@link String}, {@link Number}, {@link Boolean}, {@link List} and {@link Map}. Keys the explorer does
 * not know are kept in order, so a file round-trips unchanged.
 *
 * <p>Values are canonicalised on construction so that equal JSON gives equal settings: whole-number
 * types ({@link Integer}, {@link Short}, {@link Byte}, {@link java.math.BigInteger} within range) become
 * {@link Long}; other numbers ({@link Float}, {@link java.math.BigDecimal}, …) become {@link Double};
 * nested lists and maps are copied and made unmodifiable (null elements are kept).
 *
 * @param values the settings in file order (unmodifiable)
 */
public record Settings(Map<String, Object> values) {

    public static final Settings EMPTY = new Settings(Map.of());

    public Settings {
        values = SettingsValues.canonicalMap(values);
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    public boolean has(String key) {
        return values.containsKey(key);
    }

    public OptionalDouble number(String key) {
        return values.get(key) instanceof Number n ? OptionalDouble.of(n.doubleValue()) : OptionalDouble.empty();
    }

    public double number(String key, double fallback) {
        return number(key).orElse(fallback);
    }

    public Optional<String> string(String key) {
        return values.get(key) instanceof String s ? Optional.of(s) : Optional.empty();
    }

    public Optional<Boolean> bool(String key) {
        return values.get(key) instanceof Boolean b ? Optional.of(b) : Optional.empty();
    }

    /** A list of strings (e.g. an opt-in list of validator ids); empty when absent. */
    public List<String> strings(String key) {
        if (values.get(key) instanceof List<?> list) {
            return list.stream().filter(String.class::isInstance).map(String.class::cast).toList();
        }
        return List.of();
    }

    /** A copy with one value set (or removed when {@code value} is null). */
    public Settings with(String key, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(values);
        if (value == null) {
            copy.remove(key);
        } else {
            copy.put(key, value);
        }
        return new Settings(copy);
    }
}
