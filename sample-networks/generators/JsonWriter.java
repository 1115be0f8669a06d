import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON writer every sample generator shares: ordered objects, 2-decimal amounts and a fixed layout, so
 * that re-running a generator reproduces the committed file byte for byte. Generators extend it to call
 * {@code obj}, {@code cents}, {@code json} and {@code save} unqualified.
 */
abstract class JsonWriter {

    // ---------------------------------------------------------------------------------------------
    // Tiny JSON writer, no dependencies, shared by every generator (they extend this class, so its
    // static helpers are in scope). Layout: the top-level object has one
    // member per line; top-level arrays (and the "scenarios" object) have one element per line;
    // everything deeper is written on one line. Numbers: integers without ".0"; BigDecimal as plain
    // decimal without trailing zeros (use cents(...) for 2-decimal amounts); doubles as the shortest
    // decimal that reads back to the same double.
    // ---------------------------------------------------------------------------------------------

    /** A generator's one argument, its output directory; without it, a usage line and exit code 2. */
    static Path outputDirectory(String[] args, String generator) {
        if (args.length != 1) {
            System.err.println("usage: java " + generator + ".java <output directory>");
            System.exit(2);
        }
        return Path.of(args[0]);
    }

    /** A network file (format v1): its name, description and source, then the members {@code more}, as {@link #obj}. */
    static Map<String, Object> network(String name, String description, String source, Object... more) {
        Map<String, Object> n = obj("format", "shared-security-network", "version", 1, "name", name,
                "description", description, "source", source);
        n.putAll(obj(more));
        return n;
    }

    /** An ordered JSON object; members whose value is null are left out. */
    static Map<String, Object> obj(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            if (kv[i + 1] != null) {
                m.put((String) kv[i], kv[i + 1]);
            }
        }
        return m;
    }

    /** An amount in hundredths (e.g. cents), printed with at most two decimals. */
    static BigDecimal cents(long hundredths) {
        return BigDecimal.valueOf(hundredths, 2);
    }

    static String json(Object root) {
        StringBuilder sb = new StringBuilder();
        write(sb, root, 0);
        return sb.append('\n').toString();
    }

    private static void write(StringBuilder sb, Object v, int level) {
        if (v instanceof Map<?, ?> m && level <= 1 && !m.isEmpty()) {
            sb.append("{\n");
            int i = 0;
            for (Map.Entry<?, ?> e : m.entrySet()) {
                sb.append("  ".repeat(level + 1));
                string(sb, (String) e.getKey());
                sb.append(": ");
                if (level == 0) {
                    write(sb, e.getValue(), 1);
                } else {
                    compact(sb, e.getValue());
                }
                sb.append(++i < m.size() ? ",\n" : "\n");
            }
            sb.append("  ".repeat(level)).append('}');
        } else if (v instanceof List<?> l && level == 1 && !l.isEmpty()) {
            sb.append("[\n");
            for (int i = 0; i < l.size(); i++) {
                sb.append("    ");
                compact(sb, l.get(i));
                sb.append(i + 1 < l.size() ? ",\n" : "\n");
            }
            sb.append("  ]");
        } else {
            compact(sb, v);
        }
    }

    private static void compact(StringBuilder sb, Object v) {
        if (v == null) {
            sb.append("null");
        } else if (v instanceof String s) {
            string(sb, s);
        } else if (v instanceof Boolean b) {
            sb.append(b);
        } else if (v instanceof Integer || v instanceof Long) {
            sb.append(v);
        } else if (v instanceof BigDecimal d) {
            sb.append(d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString());
        } else if (v instanceof Double d) {
            if (!Double.isFinite(d)) {
                throw new IllegalArgumentException("not a JSON number: " + d);
            }
            if (d == Math.rint(d) && Math.abs(d) < 1e15) {
                sb.append((long) (double) d);
            } else {
                sb.append(BigDecimal.valueOf(d).stripTrailingZeros().toPlainString());
            }
        } else if (v instanceof Map<?, ?> m) {
            sb.append('{');
            int i = 0;
            for (Map.Entry<?, ?> e : m.entrySet()) {
                if (i++ > 0) {
                    sb.append(", ");
                }
                string(sb, (String) e.getKey());
                sb.append(": ");
                compact(sb, e.getValue());
            }
            sb.append('}');
        } else if (v instanceof List<?> l) {
            sb.append('[');
            for (int i = 0; i < l.size(); i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                compact(sb, l.get(i));
            }
            sb.append(']');
        } else {
            throw new IllegalArgumentException("cannot write " + v.getClass());
        }
    }

    private static void string(StringBuilder sb, String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
    }

    static void save(Path dir, String id, Map<String, Object> network) throws IOException {
        Files.createDirectories(dir);
        Path file = dir.resolve(id + ".json");
        Files.writeString(file, json(network), StandardCharsets.UTF_8);
        System.out.println("wrote " + file);
    }
}
