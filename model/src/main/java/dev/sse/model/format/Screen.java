package dev.sse.model.format;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Numbers for people (the window, the "why" lines and event reasons, the CLI's readable report, the HTML report):
 * three significant digits in plain notation, trailing zeros dropped, thousands separated by commas, with the
 * unit. Amounts switch to k, M, B, T from 1,000 up. Locale-independent. See the package comment for the policy.
 */
public final class Screen {

    private static final double[] SCALES = {1e12, 1e9, 1e6, 1e3};
    private static final String[] SUFFIXES = {" T", " B", " M", " k"};

    private Screen() {
    }

    /** Three significant digits: 7,050, 0.00123, 1,370, 0; non-finite values as Java writes them. */
    public static String decimal(double v) {
        if (v == 0 || !Double.isFinite(v)) {
            return v == 0 ? "0" : String.valueOf(v);
        }
        return group(new BigDecimal(v).round(new MathContext(3)).stripTrailingZeros().toPlainString());
    }

    /** An amount with its asset or currency (empty: none): 1234567, "USD" → "1.23 M USD"; 950 → "950". */
    public static String amount(double value, String unit) {
        double a = Math.abs(value);
        String s = null;
        for (int i = 0; i < SCALES.length && s == null; i++) {
            if (a >= SCALES[i]) {
                s = decimal(value / SCALES[i]) + SUFFIXES[i];
            }
        }
        s = s == null ? decimal(value) : s;
        return unit.isEmpty() ? s : s + " " + unit;
    }

    /**
     * A proven upper bound as an amount, rounded up so it stays proven (issue 20: "best attack ≤ 45.7 M" may not print
     * below the bound): 45,612,001 → "45.7 M".
     */
    public static String amountUp(double value, String unit) {
        return directed(value, unit, java.math.RoundingMode.CEILING);
    }

    /** A proven lower end as an amount, rounded down so it stays proven: 12,349,999 → "12.3 M". */
    public static String amountDown(double value, String unit) {
        return directed(value, unit, java.math.RoundingMode.FLOOR);
    }

    /** A proven lower bound as a percentage in three significant digits, rounded down so it stays proven. */
    public static String percentDown(double fraction) {
        return directedPercent(fraction, java.math.RoundingMode.FLOOR);
    }

    /** A proven upper bound as a percentage in three significant digits, rounded up so it stays proven. */
    public static String percentUp(double fraction) {
        return directedPercent(fraction, java.math.RoundingMode.CEILING);
    }

    private static String directedPercent(double fraction, java.math.RoundingMode mode) {
        if (fraction == 0 || !Double.isFinite(fraction)) {
            return percent(fraction);
        }
        return decimal(BigDecimal.valueOf(fraction).movePointRight(2).round(new MathContext(3, mode)).doubleValue()) + "%";
    }

    private static String directed(double value, String unit, java.math.RoundingMode mode) {
        if (value == 0 || !Double.isFinite(value)) {
            return amount(value, unit);
        }
        double scale = 1;
        String suffix = "";
        for (int i = 0; i < SCALES.length; i++) {
            if (Math.abs(value) >= SCALES[i]) {
                scale = SCALES[i];
                suffix = SUFFIXES[i];
                break;
            }
        }
        // rounded in the scaled unit, then printed as decimal() prints it (already three significant digits)
        double rounded = new BigDecimal(value).divide(BigDecimal.valueOf(scale)).round(new MathContext(3, mode)).doubleValue();
        String s = decimal(rounded) + suffix;
        return unit.isEmpty() ? s : s + " " + unit;
    }

    /** An amount with no unit of its own: 0.012, 120, 1.25 k, 5 M. */
    public static String amount(double value) {
        return amount(value, "");
    }

    /** Money per year: {@code 1.2 M USD/yr}. */
    public static String perYear(double value, String unit) {
        return amount(value, unit) + "/yr";
    }

    /** A fraction as a percentage: 0.0225 → "2.25%", 1e-4 → "0.01%", 0 → "0%". */
    public static String percent(double fraction) {
        return decimal(fraction * 100) + "%";
    }

    /** A whole number with thousands separated by commas: 9466631 → "9,466,631". */
    public static String count(long n) {
        return group(Long.toString(n));
    }

    /** Seconds as written ({@code 768 s}) plus a readable duration from an hour up ({@code 605568 s ≈ 7.01 d}). */
    public static String seconds(double s) {
        String exact = s == Math.rint(s) && Math.abs(s) < 1e15 ? Long.toString((long) s) : decimal(s);
        if (s >= 86_400) {
            return exact + " s ≈ " + decimal(s / 86_400) + " d";
        }
        if (s >= 3_600) {
            return exact + " s ≈ " + decimal(s / 3_600) + " h";
        }
        return exact + " s";
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
}
