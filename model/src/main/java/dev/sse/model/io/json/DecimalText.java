package dev.sse.model.io.json;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Number text for the simulation's JSON output, independent of locale and JVM: integers without a decimal
 * point ({@code 120}), others in plain decimal ({@code 0.0225}, never {@code 2.25E-2}).
 */
final class DecimalText {

    /** Significant digits of {@link #rounded}: hides binary noise (0.30000000000000004 → 0.3), keeps cents of 1e10. */
    static final int DIGITS = 12;

    private DecimalText() {
    }

    /** The shortest decimal that reads back as the same double (for files that must round-trip). */
    static String exact(double x) {
        return plain(BigDecimal.valueOf(check(x)));
    }

    /** {@value #DIGITS} significant digits, half-even (for reports). */
    static String rounded(double x) {
        return plain(new BigDecimal(check(x)).round(new MathContext(DIGITS, RoundingMode.HALF_EVEN)));
    }

    private static double check(double x) {
        if (!Double.isFinite(x)) {
            throw new IllegalArgumentException("JSON has no " + x);
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
