package dev.sse.model.analysis;

import java.util.Locale;

/** Human formatting of values for the "why" lines: 1234567 USD → "1.23 M USD". */
public final class Money {

    private Money() {
    }

    public static String of(double value, String unit) {
        double a = Math.abs(value);
        String s;
        if (a >= 1e12) {
            s = fmt(value / 1e12) + " T";
        } else if (a >= 1e9) {
            s = fmt(value / 1e9) + " B";
        } else if (a >= 1e6) {
            s = fmt(value / 1e6) + " M";
        } else if (a >= 1e3) {
            s = fmt(value / 1e3) + " k";
        } else {
            s = fmt(value);
        }
        return unit.isEmpty() ? s : s + " " + unit;
    }

    /** Three significant digits in plain notation (no exponent), trailing zeros dropped: 7050, 0.00123. */
    public static String fmt(double v) {
        if (v == 0 || !Double.isFinite(v)) {
            return v == 0 ? "0" : String.valueOf(v);
        }
        return new java.math.BigDecimal(v).round(new java.math.MathContext(3)).stripTrailingZeros().toPlainString();
    }

    public static String pct(double fraction) {
        return fmt(fraction * 100) + "%";
    }
}
