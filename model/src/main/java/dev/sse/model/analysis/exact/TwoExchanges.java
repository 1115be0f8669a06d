package dev.sse.model.analysis.exact;

import java.util.Arrays;

/**
 * The second step of {@link PairSwaps}: an excess E of a few hundred units, below what one exchange of
 * {@link Moves} reaches, is closed by two exchanges at once (a meet in the middle over the exchanges' differences,
 * as Horowitz and Sahni's over subset sums, J. ACM 21(2), 1974). The exchanges with |d| ≤ X (d ≠ 0), X doubled from
 * E until there are about {@code small} of them, are sorted by d, and two with disjoint items and d1 + d2 = E are
 * made. With ρ differences per unit near 0, about small·ρ ordered pairs of them add up to any given small E: on
 * kusama-era-1827 (256 items a side, ρ ≈ 4.5·10^-3: 27,096 exchanges with 0 &lt; |d| ≤ 3,039,232) about 120.
 */
final class TwoExchanges {

    private TwoExchanges() {
    }

    /**
     * Makes two exchanges with disjoint items whose differences add up to exactly {@code excess}, from the
     * {@code small} or so exchanges of least |difference|.
     *
     * @return excess when made, else 0 (nothing changed)
     */
    static long make(Moves in, Moves out, long excess, boolean[] chosen, int small, int tries) {
        long[] a = in.sorted;
        long[] b = out.sorted;
        long x = Math.max(excess, 1);
        long zero = within(a, b, 0);
        while (within(a, b, x) - zero < small && x < 1L << 60) {
            x *= 2;
        }
        int cap = 4 * small;
        long[] da = new long[cap];
        long[] db = new long[cap];
        int count = 0;
        int lo = 0;
        for (int i = 0; i < a.length && count < cap; i++) {
            while (lo < b.length && b[lo] < a[i] - x) {
                lo++;
            }
            for (int k = lo; k < b.length && b[k] <= a[i] + x && count < cap; k++) {
                if (b[k] == a[i]) {
                    continue; // changes nothing
                }
                da[count] = a[i];
                db[count++] = b[k];
            }
        }
        // the exchanges' differences, sorted, each packed with its index (|d| ≤ 2^60 leaves 2 bits of headroom)
        long[] keyed = new long[count];
        int shift = 32 - Integer.numberOfLeadingZeros(Math.max(count, 1));
        if (x >= 1L << (61 - shift)) {
            return 0;
        }
        for (int i = 0; i < count; i++) {
            keyed[i] = (da[i] - db[i]) << shift | i;
        }
        Arrays.sort(keyed);
        int tried = 0;
        for (int i = 0; i < count && tried < tries; i++) {
            long need = excess - (keyed[i] >> shift);
            int at = Arrays.binarySearch(keyed, need << shift);
            at = at >= 0 ? at : -at - 1;
            for (; at < count && keyed[at] >> shift == need && tried < tries; at++) {
                int p = (int) (keyed[i] & ((1L << shift) - 1));
                int q = (int) (keyed[at] & ((1L << shift) - 1));
                tried++;
                int[] movesIn = in.disjoint(da[p], da[q]);
                int[] movesOut = movesIn == null ? null : out.disjoint(db[p], db[q]);
                if (movesOut != null) {
                    in.apply(movesIn[0], chosen);
                    in.apply(movesIn[1], chosen);
                    out.apply(movesOut[0], chosen);
                    out.apply(movesOut[1], chosen);
                    return excess;
                }
            }
        }
        return 0;
    }

    /** How many exchanges have |a − b| ≤ x. */
    private static long within(long[] a, long[] b, long x) {
        long count = 0;
        int lo = 0;
        int hi = 0;
        for (int i = 0; i < a.length; i++) {
            while (lo < b.length && b[lo] < a[i] - x) {
                lo++;
            }
            hi = Math.max(hi, lo);
            while (hi < b.length && b[hi] <= a[i] + x) {
                hi++;
            }
            count += hi - lo;
        }
        return count;
    }

}
