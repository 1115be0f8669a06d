package dev.sse.model.montecarlo;

/**
 * Draw i's seed from the run's seed s: the SplitMix64 finaliser of s + (i + 1)·γ (γ = 0x9E3779B97F4A7C15, the
 * golden-ratio increment of {@link java.util.SplittableRandom}). A function of (s, i) only, so which thread runs a
 * draw, and in which order, never changes it.
 */
public final class DrawSeeds {

    private static final long GAMMA = 0x9E3779B97F4A7C15L;

    private DrawSeeds() {
    }

    /** The seed of draw {@code index} (0-based) of a run seeded with {@code seed}. */
    public static long of(long seed, int index) {
        long z = seed + (index + 1L) * GAMMA;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
