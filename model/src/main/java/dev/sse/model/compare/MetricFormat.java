package dev.sse.model.compare;

import dev.sse.model.format.Screen;

/** How the delta table shows values, differences and the safer side, the same in the window and the report. */
public final class MetricFormat {

    private MetricFormat() {
    }

    /** A value ("—" when absent): money as "1.79 B", fractions as "12.3%", counts whole, yes/no. */
    public static String value(Metric m, Double v) {
        if (v == null) {
            return "—";
        }
        return switch (m.unit()) {
            case MONEY -> Screen.amount(v, "");
            case FRACTION -> Screen.percent(v);
            case COUNT -> String.valueOf(Math.round(v));
            case YES_NO -> v > 0 ? "yes" : "no";
        };
    }

    /** right − left with its sign ("" when undefined or yes/no). */
    public static String difference(MetricDelta d) {
        if (d.difference() == null || d.metric().unit() == Metric.Unit.YES_NO) {
            return "";
        }
        double v = d.difference();
        return (v > 0 ? "+" : v < 0 ? "−" : "") + value(d.metric(), Math.abs(v));
    }

    /** "left", "right", "same" or "". */
    public static String safer(Safer s) {
        return switch (s) {
            case LEFT -> "left";
            case RIGHT -> "right";
            case SAME -> "same";
            case UNKNOWN -> "";
        };
    }
}
