package dev.sse.model.io.json;

import com.fasterxml.jackson.core.JsonStreamContext;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * JSON paths as shown in problems: {@code $}, {@code $.validators[3].stake}; keys that are not plain
 * identifiers use brackets, {@code $.scenarios['big one']}.
 */
final class JsonPaths {

    static final String ROOT = "$";
    private static final int SHOWN_MAX = 40;

    private JsonPaths() {
    }

    static String child(String parent, String key) {
        if (isIdentifier(key)) {
            return parent + "." + key;
        }
        return parent + "['" + escape(key).replace("'", "\\'") + "']";
    }

    /** Like the regex {@code [A-Za-z_][A-Za-z0-9_]*}, without a regex: this runs for every key read. */
    private static boolean isIdentifier(String key) {
        if (key.isEmpty()) {
            return false;
        }
        for (int i = 0; i < key.length(); i++) {
            char ch = key.charAt(i);
            boolean letter = ch >= 'a' && ch <= 'z' || ch >= 'A' && ch <= 'Z' || ch == '_';
            if (!letter && (i == 0 || ch < '0' || ch > '9')) {
                return false;
            }
        }
        return true;
    }

    static String index(String parent, int i) {
        return parent + "[" + i + "]";
    }

    /** The path the streaming parser has reached, e.g. after a syntax error. */
    static String of(JsonStreamContext context) {
        Deque<JsonStreamContext> chain = new ArrayDeque<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            chain.push(c);
        }
        String path = ROOT;
        for (JsonStreamContext c : chain) {
            if (c.inArray()) {
                path = index(path, Math.max(0, c.getCurrentIndex()));
            } else if (c.getCurrentName() != null) {
                path = child(path, c.getCurrentName());
            }
        }
        return path;
    }

    /** A path cut to about 100 characters (a nesting bomb reaches {@code $.a[0][0][0]…} 64 levels deep). */
    static String abbreviated(String path) {
        return path.length() <= 2 * SHOWN_MAX + 20 ? path : path.substring(0, 2 * SHOWN_MAX + 20) + "…";
    }

    /** A user string for a one-line message: control characters escaped, at most 40 characters. */
    static String shown(String s) {
        String cut = s.length() > SHOWN_MAX ? s.substring(0, SHOWN_MAX) + "…" : s;
        return escape(cut);
    }

    private static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch < 0x20 || ch == 0x7f || Character.isSurrogate(ch) && !validSurrogate(s, i)) {
                out.append(String.format("\\u%04x", (int) ch));
            } else {
                out.append(ch);
            }
        }
        return out.toString();
    }

    private static boolean validSurrogate(String s, int i) {
        char ch = s.charAt(i);
        if (Character.isHighSurrogate(ch)) {
            return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        }
        return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }
}
