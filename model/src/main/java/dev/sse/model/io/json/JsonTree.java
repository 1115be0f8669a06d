package dev.sse.model.io.json;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A tiny immutable JSON tree in which every value remembers where it started in the file, so that
 * mapping problems can name a line and column. Built by {@link TreeReader}; never leaves this package.
 */
sealed interface JsonTree {

    /** Where the value's first character is: 1-based line and column. */
    Loc loc();

    /**
     * A short description for messages: {@code an object}, {@code an array}, {@code the string "x"}, a number or a
     * bad value as written, {@code true}, {@code false}, {@code null}. One table for every kind, as {@link #plain}.
     */
    default String describe() {
        if (this instanceof Obj) {
            return "an object";
        } else if (this instanceof Arr) {
            return "an array";
        } else if (this instanceof Str s) {
            return "the string \"" + JsonPaths.shown(s.value()) + "\"";
        } else if (this instanceof Num n) {
            return n.text();
        } else if (this instanceof Bool b) {
            return Boolean.toString(b.value());
        } else if (this instanceof Bad b) {
            return b.text();
        }
        return "null";
    }

    /**
     * The value as plain Java values, positions dropped: {@link Map} in file order, {@link List}, {@link String},
     * {@link Long} or {@link Double}, {@link Boolean}, {@code null} (settings, stored scenarios and tours).
     */
    static Object plain(JsonTree node) {
        if (node instanceof Obj o) {
            Map<String, Object> map = new LinkedHashMap<>();
            o.members().forEach(m -> map.put(m.key(), plain(m.value())));
            return map;
        } else if (node instanceof Arr a) {
            List<Object> list = new ArrayList<>(a.items().size());
            a.items().forEach(item -> list.add(plain(item)));
            return list;
        } else if (node instanceof Str s) {
            return s.value();
        } else if (node instanceof Num n) {
            return n.value();
        } else if (node instanceof Bool b) {
            return b.value();
        }
        return null;
    }

    /** The node at {@code path} (as {@link JsonPaths} writes it), or its nearest ancestor in the tree. */
    static JsonTree at(JsonTree root, String path) {
        JsonTree node = root;
        String here = JsonPaths.ROOT;
        while (!here.equals(path)) {
            String next = null;
            JsonTree child = null;
            if (node instanceof Obj o) {
                for (Member m : o.members()) {
                    String candidate = JsonPaths.child(here, m.key());
                    if (leadsTo(candidate, path)) {
                        next = candidate;
                        child = m.value();
                        break;
                    }
                }
            } else if (node instanceof Arr a) {
                for (int i = 0; i < a.items().size() && next == null; i++) {
                    if (leadsTo(JsonPaths.index(here, i), path)) {
                        next = JsonPaths.index(here, i);
                        child = a.items().get(i);
                    }
                }
            }
            if (next == null) {
                return node;
            }
            here = next;
            node = child;
        }
        return node;
    }

    private static boolean leadsTo(String prefix, String path) {
        return path.startsWith(prefix) && (path.length() == prefix.length() || path.charAt(prefix.length()) == '.'
                || path.charAt(prefix.length()) == '[');
    }

    /** A 1-based position in the source text. */
    record Loc(int line, int column) {
        static final Loc START = new Loc(1, 1);

        public Loc {
            line = Math.max(1, line);
            column = Math.max(1, column);
        }
    }

    /** One {@code "key": value} pair; {@code keyLoc} is where the key's opening quote is. */
    record Member(String key, Loc keyLoc, JsonTree value) {
    }

    /** An object; members in file order, keys unique (duplicates are reported and dropped by the reader). */
    record Obj(Loc loc, List<Member> members, Map<String, Member> byKey) implements JsonTree {

        Obj(Loc loc, List<Member> members) {
            this(loc, List.copyOf(members), index(members));
        }

        /** Objects of up to this many members are searched in order: a hash map each costs more (issue 22). */
        private static final int SCANNED = 8;

        /** By key, first wins; null for a small object ({@link #member} scans it). */
        private static Map<String, Member> index(List<Member> members) {
            if (members.size() <= SCANNED) {
                return null;
            }
            Map<String, Member> map = new LinkedHashMap<>();
            members.forEach(m -> map.putIfAbsent(m.key(), m));
            return Collections.unmodifiableMap(map);
        }

        Member member(String key) {
            if (byKey != null) {
                return byKey.get(key);
            }
            for (Member m : members) {
                if (m.key().equals(key)) {
                    return m;
                }
            }
            return null;
        }
    }

    /** An array. */
    record Arr(Loc loc, List<JsonTree> items) implements JsonTree {
        public Arr {
            items = Collections.unmodifiableList(new ArrayList<>(items));
        }
    }

    /** A string. */
    record Str(Loc loc, String value) implements JsonTree {
    }

    /**
     * A finite number: {@code value} is a {@link Long} for integers within range, a {@link Double} otherwise;
     * {@code text} is the number as written.
     */
    record Num(Loc loc, Number value, String text) implements JsonTree {
        double asDouble() {
            return value.doubleValue();
        }
    }

    /** {@code true} or {@code false}. */
    record Bool(Loc loc, boolean value) implements JsonTree {
    }

    /** {@code null}. */
    record Null(Loc loc) implements JsonTree {
    }

    /** A value already reported as a problem by the reader (e.g. NaN); mappers skip it silently. */
    record Bad(Loc loc, String text) implements JsonTree {
    }
}
