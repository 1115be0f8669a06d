package dev.sse.model.format;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * Numbers for files (CSV, JSON, SVG coordinates): plain decimal, a dot, no exponent, no grouping, integral values
 * without a fraction, never {@code -0}. Locale-independent. See the package comment for the policy.
 */
public final class Decimals {

    /** Significant digits of {@link #rounded}: hides binary noise (0.30000000000000004 → 0.3), keeps cents of 1e10. */
    public static final int ROUNDED_DIGITS = 12;

    private Decimals() {
    }

    /** The shortest decimal that reads back as the same double: 0.1, 1234567, 0.00001; non-finite is refused. */
    public static String exact(double x) {
        return plain(BigDecimal.valueOf(finite(x)));
    }

    /** {@value #ROUNDED_DIGITS} significant digits, half-even (the simulation's trace JSON). */
    public static String rounded(double x) {
        return plain(new BigDecimal(finite(x)).round(new MathContext(ROUNDED_DIGITS, RoundingMode.HALF_EVEN)));
    }

    /** A CSV field: {@link #exact}, or empty for an absent, NaN or infinite value. */
    public static String csv(Double x) {
        return x == null || !Double.isFinite(x) ? "" : exact(x);
    }

    /** At most {@code places} decimals, trailing zeros dropped (drawing coordinates): 12.5, 3, 0.125. */
    public static String fixed(double x, int places) {
        String s = String.format(Locale.ROOT, "%." + places + "f", x);
        s = s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
        return s.equals("-0") ? "0" : s;
    }

    private static double finite(double x) {
        if (!Double.isFinite(x)) {
            throw new IllegalArgumentException("no decimal text for " + x);
        }
        return x == 0 ? 0 : x; // no "-0"
    }

    private static String plain(BigDecimal d) {
        if (d.signum() == 0) {
            return "0";
        }
        BigDecimal s = d.stripTrailingZeros();
        return s.scale() <= 0 && s.precision() - s.scale() <= 19 ? s.toBigIntegerExact().toString() : s.toPlainString();
    }
}
