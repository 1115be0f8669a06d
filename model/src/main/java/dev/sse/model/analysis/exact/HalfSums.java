package dev.sse.model.analysis.exact;

/**
 * The meet-in-the-middle table {@link SubsetSum} and {@link WideCore} share: every subset sum of one half of a
 * core, indexed by its mask, and a hash from sum to the first mask that reaches it (open addressing, keys offset
 * by 1 so 0 means empty, at most a quarter full).
 */
final class HalfSums {

    private final long[] sums;
    private final long[] keys;
    private final int[] masks;

    private HalfSums(long[] sums) {
        this.sums = sums;
        int size = Integer.highestOneBit(sums.length) << 2;
        keys = new long[size];
        masks = new int[size];
        for (int m = 0; m < sums.length; m++) {
            int i = find(sums[m]);
            if (keys[i] == 0) {
                keys[i] = sums[m] + 1;
                masks[i] = m;
            }
        }
    }

    /** The table of items cv[from..from+h). */
    static HalfSums of(long[] cv, int from, int h) {
        return index(sums(cv, from, h));
    }

    /** The hash over sums already computed ({@link #sums}). */
    static HalfSums index(long[] sums) {
        return new HalfSums(sums);
    }

    /** All 2^h subset sums of items cv[from..from+h), indexed by mask; the last is the total. */
    static long[] sums(long[] cv, int from, int h) {
        long[] s = new long[1 << h];
        for (int m = 1; m < s.length; m++) {
            s[m] = s[m & (m - 1)] + cv[from + Integer.numberOfTrailingZeros(m)];
        }
        return s;
    }

    /**
     * Whether {@code r} can be a subset sum of {@code ascending} (sorted, ascending) at all: a subset of j items sums
     * to between the j smallest and the j largest, so an r in none of these k + 1 bands is no subset sum. Near-uniform
     * weights (the kusama sample's 4,791 to 8,034 KSM, once a stake drag breaks their common divisor) leave wide gaps between the bands, where a
     * lookup of every half sum would find nothing.
     */
    static boolean inSomeBand(long[] ascending, long r) {
        long low = 0;
        long high = 0;
        for (int j = 0; j <= ascending.length; j++) {
            if (r >= low && r <= high) {
                return true;
            }
            if (j < ascending.length) {
                // saturating: a band past the long range only widens, so the answer stays on the safe side
                low = Math.min(low, Long.MAX_VALUE - ascending[j]) + ascending[j];
                high = Math.min(high, Long.MAX_VALUE - ascending[ascending.length - 1 - j])
                        + ascending[ascending.length - 1 - j];
            }
        }
        return false;
    }

    /** The first mask whose sum is exactly {@code need}, or -1. */
    int mask(long need) {
        if (need < 0 || need > sums[sums.length - 1]) {
            return -1;
        }
        int i = find(need);
        return keys[i] == 0 ? -1 : masks[i];
    }

    private int find(long key) {
        int i = (int) ((key * 0x9E3779B97F4A7C15L) >>> 40) & (keys.length - 1);
        while (keys[i] != 0 && keys[i] != key + 1) {
            i = (i + 1) & (keys.length - 1);
        }
        return i;
    }
}
