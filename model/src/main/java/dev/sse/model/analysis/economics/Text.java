package dev.sse.model.analysis.economics;

import dev.sse.model.analysis.Money;

/** Number formatting for the economics "why" lines. */
final class Text {

    private Text() {
    }

    /** Seconds as written ({@code 768 s}) plus a readable duration from an hour up ({@code 605568 s ≈ 7.01 d}). */
    static String seconds(double s) {
        String exact = s == Math.rint(s) && Math.abs(s) < 1e15 ? Long.toString((long) s) : Money.fmt(s);
        if (s >= 86_400) {
            return exact + " s ≈ " + Money.fmt(s / 86_400) + " d";
        }
        if (s >= 3_600) {
            return exact + " s ≈ " + Money.fmt(s / 3_600) + " h";
        }
        return exact + " s";
    }

    /** Money per year: {@code 1.2 M USD/yr}. */
    static String perYear(double value, String unit) {
        return Money.of(value, unit) + "/yr";
    }
}
