package dev.sse.model.tour;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The rich text of a tour caption: plain text, {@code **bold**} and {@code [glossary term]} links, also
 * {@code [shown text|term]}. Anything else is text as written; an unclosed marker is kept literally.
 */
public final class Caption {

    private Caption() {
    }

    /** One run of text. {@code term} is the glossary key of a link (else null). */
    public record Span(String text, boolean bold, String term) {
        public boolean isLink() {
            return term != null;
        }
    }

    /** Splits {@code text} into spans, in order. */
    public static List<Span> parse(String text) {
        List<Span> spans = new ArrayList<>();
        StringBuilder plain = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            int close;
            if (text.startsWith("**", i) && (close = text.indexOf("**", i + 2)) > i + 2) {
                flush(plain, spans);
                spans.add(new Span(text.substring(i + 2, close), true, null));
                i = close + 2;
            } else if (text.charAt(i) == '[' && (close = text.indexOf(']', i + 1)) > i + 1) {
                flush(plain, spans);
                String inner = text.substring(i + 1, close);
                int bar = inner.indexOf('|');
                String shown = bar < 0 ? inner : inner.substring(0, bar);
                spans.add(new Span(shown, false, key(bar < 0 ? inner : inner.substring(bar + 1))));
                i = close + 1;
            } else {
                plain.append(text.charAt(i++));
            }
        }
        flush(plain, spans);
        return spans;
    }

    /** The glossary key of a term: lower case, words joined by '-', e.g. "Economic finality" → "economic-finality". */
    public static String key(String term) {
        return term.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    /** The caption without markup (for screen readers and tests). */
    public static String plain(String text) {
        return String.join("", parse(text).stream().map(Span::text).toList());
    }

    private static void flush(StringBuilder plain, List<Span> spans) {
        if (!plain.isEmpty()) {
            spans.add(new Span(plain.toString(), false, null));
            plain.setLength(0);
        }
    }
}
