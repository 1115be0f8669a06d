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

    /**
     * Three significant digits in plain notation (no exponent), trailing zeros dropped, thousands separated by
     * commas (issue #18.9): 7,050, 0.00123, 1,370. Locale-independent.
     */
    public static String fmt(double v) {
        if (v == 0 || !Double.isFinite(v)) {
            return v == 0 ? "0" : String.valueOf(v);
        }
        return group(new java.math.BigDecimal(v).round(new java.math.MathContext(3)).stripTrailingZeros().toPlainString());
    }

    /** A whole number with thousands separated by commas: 9466631 → "9,466,631". */
    public static String count(long n) {
        return group(Long.toString(n));
    }

    /** Inserts a comma every three digits of the integer part of a plain decimal: "-1370.5" → "-1,370.5". */
    private static String group(String plain) {
        int start = plain.startsWith("-") ? 1 : 0;
        int dot = plain.indexOf('.');
        int end = dot < 0 ? plain.length() : dot;
        if (end - start <= 3) {
            return plain;
        }
        StringBuilder out = new StringBuilder(plain.substring(0, start));
        for (int i = start; i < end; i++) {
            if (i > start && (end - i) % 3 == 0) {
                out.append(',');
            }
            out.append(plain.charAt(i));
        }
        return out.append(plain.substring(end)).toString();
    }

    public static String pct(double fraction) {
        return fmt(fraction * 100) + "%";
    }
}
