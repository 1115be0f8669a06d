package dev.sse.model.network;

/**
 * The magnitudes a network's amounts, prices, profits, values and durations may take (issue 17 item 1,
 * docs/network-format.md "Magnitudes"): from {@link #MIN} to {@link #MAX}, or 0 where 0 is allowed. Sums, products
 * and ratios of such values stay far inside the double range, so the engines compute whatever the reader accepts;
 * the reader refuses the rest, and edits stay inside.
 */
public final class Magnitudes {

    public static final double MIN = 1e-12;
    public static final double MAX = 1e18;

    private Magnitudes() {
    }

    /** Whether {@code d} is a magnitude (not 0). */
    public static boolean accepts(double d) {
        return d >= MIN && d <= MAX;
    }
}
