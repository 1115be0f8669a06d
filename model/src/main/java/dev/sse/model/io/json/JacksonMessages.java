package dev.sse.model.io.json;

import java.io.IOException;
import java.util.Locale;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/** Turns Jackson's exception messages into one user-facing line: no source excerpt, no API hints. */
final class JacksonMessages {

    private static final Pattern FOR_SOURCE = Pattern.compile(
            "\\(for (\\w+) starting at \\[Source:.*?line: (\\d+), column: (\\d+)\\]\\)");
    private static final Pattern SOURCE = Pattern.compile("\\s*\\bat \\[Source:.*$", Pattern.DOTALL);
    private static final Pattern COMMENT = Pattern.compile(
            "\\(not recognized as one since Feature '\\w+' not enabled[^)]*\\)");
    private static final Pattern CONSTRAINT = Pattern.compile(",? from `?StreamReadConstraints\\.\\w+\\(\\)`?");
    private static final Pattern FEATURE_HINT = Pattern.compile(
            "[:;,]?\\s*\\(?(?:enable|disable|set)\\s+`?(?:JsonReadFeature|JsonParser\\.Feature|StreamReadFeature|"
            + "StreamReadConstraints)[^)]*?(?:\\s+to allow)?\\)?$");
    private static final String NON_NUMERIC = "Number (or 'NaN'/'+INF'/'-INF')";
    private static final int MAX_LENGTH = 200;

    private JacksonMessages() {
    }

    static String clean(String message) {
        if (message == null || message.isBlank()) {
            return "unreadable JSON";
        }
        String m = FOR_SOURCE.matcher(message).replaceAll(JacksonMessages::startedAt);
        m = SOURCE.matcher(m).replaceAll("");
        m = COMMENT.matcher(m).replaceAll("(JSON has no comments)");
        m = m.replace(NON_NUMERIC, "Number");
        m = CONSTRAINT.matcher(m).replaceAll("");
        m = FEATURE_HINT.matcher(m.trim()).replaceAll("");
        m = m.replaceAll("\\s+", " ").trim();
        if (m.length() > MAX_LENGTH) {
            m = m.substring(0, MAX_LENGTH) + "…";
        }
        return m.isEmpty() ? "unreadable JSON" : escapeControls(m);
    }

    private static String startedAt(MatchResult r) {
        return "(for the " + r.group(1).toLowerCase(Locale.ROOT) + " starting at line " + r.group(2)
                + ", column " + r.group(3) + ")";
    }

    private static String escapeControls(String m) {
        StringBuilder out = new StringBuilder(m.length());
        m.chars().forEach(c -> out.append(c < 0x20 ? String.format("\\u%04x", c) : String.valueOf((char) c)));
        return out.toString();
    }

    /** Why reading failed, without the exception's class name ({@link FileAccess#reason}). */
    static String io(IOException e) {
        return clean(FileAccess.reason(e));
    }

    static String runtime(RuntimeException e) {
        return clean(e.getMessage());
    }
}
