package dev.sse.model.io.json;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Random plain values for generated networks: awkward strings, numbers across the double range, JSON trees. */
final class RandomValues {

    private static final String[] WORDS = {"relay", "v1", "DOT", "ünïcødé", "名前", "emoji 🚀", "quote \"x\"",
        "back\\slash", "tab\there", "new\nline", "nul\u0000char", "", " ", "$.path[0]", "a'b", "null", "1e5"};

    private final Random random;

    RandomValues(Random random) {
        this.random = random;
    }

    Random random() {
        return random;
    }

    boolean chance(double p) {
        return random.nextDouble() < p;
    }

    <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    /** A string of valid Unicode (no lone surrogates), sometimes empty. */
    String text(boolean nonEmpty) {
        String s = switch (random.nextInt(4)) {
            case 0 -> WORDS[random.nextInt(WORDS.length)];
            case 1 -> Long.toString(random.nextLong(), 36);
            case 2 -> randomCodePoints(1 + random.nextInt(12));
            default -> WORDS[random.nextInt(WORDS.length)] + "-" + random.nextInt(1000);
        };
        return nonEmpty && s.isEmpty() ? "x" : s;
    }

    private String randomCodePoints(int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            int cp = switch (random.nextInt(4)) {
                case 0 -> random.nextInt(0x80);
                case 1 -> 0x80 + random.nextInt(0x700);
                case 2 -> 0x1F300 + random.nextInt(0x200);
                default -> 0x4E00 + random.nextInt(0x5000);
            };
            sb.appendCodePoint(cp);
        }
        return sb.toString();
    }

    /**
     * A double from across the magnitudes the format accepts, 1e-12 to 1e18 (docs/network-format.md): whole,
     * decimal, tiny, huge, or arbitrary mantissa bits.
     */
    double positive() {
        double d = switch (random.nextInt(6)) {
            case 0 -> 1 + random.nextInt(10_000_000);
            case 1 -> Math.round(random.nextDouble() * 1e6) / 100.0;
            case 2 -> Math.pow(10, -12 + random.nextInt(30)) * (1 + random.nextDouble());
            case 3 -> Math.scalb(1 + random.nextDouble(), -39 + random.nextInt(99));
            case 4 -> 1e15 + random.nextInt(1000);
            default -> random.nextDouble() + 1e-12;
        };
        return d >= 1e-12 && d <= 1e18 ? d : 1.5;
    }

    /** A double in (0, 1], sometimes exactly 1 or the usual 2/3. */
    double unitInterval() {
        return switch (random.nextInt(4)) {
            case 0 -> 1.0;
            case 1 -> 2.0 / 3.0;
            default -> 1 - random.nextDouble();
        };
    }

    /** A plain JSON value as the reader produces it: String, Long, Double, Boolean, null, List, Map. */
    Object json(int depth) {
        int kinds = depth <= 0 ? 6 : 8;
        return switch (random.nextInt(kinds)) {
            case 0 -> text(false);
            case 1 -> random.nextLong() >> random.nextInt(64);
            case 2 -> number();
            case 3 -> random.nextBoolean();
            case 4 -> null;
            case 5 -> (long) random.nextInt(100);
            case 6 -> list(depth - 1);
            default -> map(depth - 1);
        };
    }

    private Double number() {
        double d = switch (random.nextInt(5)) {
            case 0 -> 2.0;
            case 1 -> -0.0;
            case 2 -> (double) random.nextInt(1000);
            case 3 -> Double.longBitsToDouble(random.nextLong());
            default -> random.nextGaussian() * 1e6;
        };
        return Double.isFinite(d) ? d : 0.5;
    }

    List<Object> list(int depth) {
        List<Object> list = new ArrayList<>();
        for (int i = random.nextInt(4); i > 0; i--) {
            list.add(json(depth));
        }
        return list;
    }

    Map<String, Object> map(int depth) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = random.nextInt(4); i > 0; i--) {
            map.put(text(false), json(depth));
        }
        return map;
    }
}
