package dev.sse.model.io.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;

/** How the format writes numbers: integral values below 10^15 without a fraction, others in shortest form. */
final class Numbers {

    /** Below this, every integral double is exact as a long and prints without {@code .0}. */
    static final double LONG_LIMIT = 1e15;

    private Numbers() {
    }

    /** Whether {@code d} is written as an integer literal (negative zero is not: it keeps its sign). */
    static boolean isWrittenAsLong(double d) {
        return d == Math.rint(d) && Math.abs(d) < LONG_LIMIT && !(d == 0 && 1 / d < 0);
    }

    /** For messages: {@code 2100000}, {@code 0.6667}, {@code 1.5E20}. */
    static String format(double d) {
        return isWrittenAsLong(d) ? Long.toString((long) d) : Double.toString(d);
    }

    /**
     * Writes {@code d} as the network format does: an integer literal when {@link #isWrittenAsLong}, else the
     * shortest decimal; {@code key} names the field when {@code d} is not finite (JSON has no NaN or ±∞).
     */
    static void write(JsonGenerator g, double d, String key) throws IOException {
        if (isWrittenAsLong(d)) {
            g.writeNumber((long) d);
        } else if (Double.isFinite(d)) {
            g.writeNumber(d);
        } else {
            throw new IllegalArgumentException("cannot write " + d + " as '" + key + "': JSON numbers are finite");
        }
    }
}
