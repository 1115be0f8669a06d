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
        return parent + "['" + escape(key.replace("\\", "\\\\").replace("'", "\\'")) + "']";
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

    /**
     * A path cut to about 100 characters (a nesting bomb reaches {@code $.a[0][0][0]…} 64 levels deep), between
     * two segments so that its brackets stay balanced; a single quoted key longer than that is cut inside its
     * quotes and closed again: {@code $['aaaa…']}.
     */
    static String abbreviated(String path) {
        int max = 2 * SHOWN_MAX + 20;
        if (path.length() <= max) {
            return path;
        }
        int start = 1;
        for (int i = 1; i < path.length(); ) {
            int end = segmentEnd(path, i);
            if (end > max) {
                break;
            }
            start = end;
            i = end;
        }
        if (start > SHOWN_MAX) {
            return path.substring(0, start) + "…";
        }
        if (path.charAt(start) == '.') {
            return path.substring(0, max) + "…";
        }
        if (!path.startsWith("['", start)) {
            return path.substring(0, start) + "…";
        }
        int cut = Math.max(start + 2, max - 3);
        if (path.charAt(cut - 1) == '\\' || Character.isHighSurrogate(path.charAt(cut - 1))) {
            cut--;
        }
        return path.substring(0, cut) + "…']";
    }

    /** Where the segment starting at {@code i} ({@code .key}, {@code [3]} or {@code ['key']}) ends. */
    private static int segmentEnd(String path, int i) {
        if (path.startsWith("['", i)) {
            for (int j = i + 2; j < path.length(); j++) {
                char ch = path.charAt(j);
                if (ch == '\\') {
                    j++;
                } else if (ch == '\'' && j + 1 < path.length() && path.charAt(j + 1) == ']') {
                    return j + 2;
                }
            }
            return path.length();
        }
        for (int j = i + 1; j < path.length(); j++) {
            char ch = path.charAt(j);
            if (ch == '.' || ch == '[') {
                return j;
            }
        }
        return path.length();
    }

    /** A user string for a one-line message: invisible characters escaped ({@link UserText}), at most 40 characters. */
    static String shown(String s) {
        String cut = s.length() > SHOWN_MAX ? s.substring(0, SHOWN_MAX) + "…" : s;
        return escape(cut);
    }

    private static String escape(String s) {
        return UserText.escape(s);
    }
}
