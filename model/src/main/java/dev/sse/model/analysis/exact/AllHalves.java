package dev.sse.model.analysis.exact;

import java.util.Arrays;

/**
 * The smallest subset sum ≥ T over every item, exactly, for up to {@link #MAX_ITEMS} items (Horowitz–Sahni meet in the
 * middle): the 2^(n/2) sums of one half are sorted once, the other half's sums are walked in Gray-code order, and
 * each looks up the smallest partner that reaches T. {@link SubsetSum}'s last exact step for chains of 33 to 44
 * members where no core hits T exactly (the optimum may still be T, or lie above it, where only all subsets prove
 * it): issue 20's real-size restaking networks have such covers (39 and 34–46 members on 350 × 25 pooled, 2 and
 * 18 decimals). 2^22 sums take 32 MB and about a second on one core.
 */
final class AllHalves {

    /** Largest item count: 2^22 sums per half. */
    static final int MAX_ITEMS = 44;

    private AllHalves() {
    }

    /**
     * @param v      weights &gt; 0
     * @param target T &gt; 0 with Σv ≥ T
     * @return the chosen items of a smallest subset sum ≥ T, or null when there are more than {@link #MAX_ITEMS}
     */
    static boolean[] smallestAtLeast(long[] v, long target) {
        int n = v.length;
        if (n > MAX_ITEMS) {
            return null;
        }
        int h = n / 2;
        long[] sorted = sums(v, 0, h);
        Arrays.sort(sorted);
        long best = Long.MAX_VALUE;
        long bestA = 0;
        int bestMaskB = 0;
        int m = n - h;
        long sumB = 0;
        int mask = 0;
        for (int step = 0; step < 1 << m; step++) {
            if (step > 0) {
                int bit = Integer.numberOfTrailingZeros(step);
                mask ^= 1 << bit;
                sumB += (mask >> bit & 1) == 1 ? v[h + bit] : -v[h + bit];
            }
            long need = target - sumB;
            long a;
            if (need <= 0) {
                a = 0;
            } else {
                int at = Arrays.binarySearch(sorted, need);
                at = at >= 0 ? firstOf(sorted, at) : -at - 1;
                if (at == sorted.length) {
                    continue;
                }
                a = sorted[at];
            }
            if (a + sumB < best) {
                best = a + sumB;
                bestA = a;
                bestMaskB = mask;
                if (best == target) {
                    break;
                }
            }
        }
        boolean[] chosen = new boolean[n];
        int maskA = 0;
        long sumA = 0;
        for (int step = 1; step < 1 << h && sumA != bestA; step++) {
            int bit = Integer.numberOfTrailingZeros(step);
            maskA ^= 1 << bit;
            sumA += (maskA >> bit & 1) == 1 ? v[bit] : -v[bit];
        }
        for (int i = 0; i < h; i++) {
            chosen[i] = (maskA >> i & 1) == 1;
        }
        for (int i = 0; i < m; i++) {
            chosen[h + i] = (bestMaskB >> i & 1) == 1;
        }
        return chosen;
    }

    private static int firstOf(long[] sorted, int at) {
        while (at > 0 && sorted[at - 1] == sorted[at]) {
            at--;
        }
        return at;
    }

    /** Sums of every subset of v[from .. from+count), indexed by mask. */
    private static long[] sums(long[] v, int from, int count) {
        long[] s = new long[1 << count];
        for (int i = 0; i < count; i++) {
            int size = 1 << i;
            for (int k = 0; k < size; k++) {
                s[k | size] = s[k] + v[from + i];
            }
        }
        return s;
    }
}
