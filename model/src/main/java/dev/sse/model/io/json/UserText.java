package dev.sse.model.io.json;

/**
 * Makes text from a file or a command line safe to print in a one-line message: every character that is
 * invisible or reorders or breaks the line around it is shown as a <code>&#92;uXXXX</code> escape instead —
 * controls (C0, DEL, C1), format characters (bidi overrides and isolates such as U+202E, zero-width characters,
 * the byte-order mark U+FEFF), line and paragraph separators, and unpaired surrogates. Everything else, including
 * non-Latin letters and emoji, prints as it is. Escaping twice changes nothing more.
 */
public final class UserText {

    private UserText() {
    }

    /** {@code s} with every invisible or reordering character escaped: "a", U+202E, "b" becomes <code>a&#92;u202Eb</code>. */
    public static String escape(String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder out = null;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int n = Character.charCount(cp);
            boolean lone = n == 1 && Character.isSurrogate((char) cp);
            if (lone || hidden(cp)) {
                if (out == null) {
                    out = new StringBuilder(s.length() + 16).append(s, 0, i);
                }
                for (int k = i; k < i + n; k++) {
                    out.append(String.format("\\u%04X", (int) s.charAt(k)));
                }
            } else if (out != null) {
                out.append(s, i, i + n);
            }
            i += n;
        }
        return out == null ? s : out.toString();
    }

    private static boolean hidden(int cp) {
        int type = Character.getType(cp);
        return type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR;
    }
}
