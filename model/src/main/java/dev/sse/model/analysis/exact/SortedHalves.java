package dev.sse.model.analysis.exact;

/**
 * The smallest subset sum ≥ T over up to {@value #MAX_ITEMS} items when exactly one subset attains it (issue 20:
 * covers of 33–46 members on networks with 18-decimal stakes, which {@link BranchHalves} proved in 0.2–0.8 s each).
 *
 * <p>Horowitz and Sahni's meet in the middle ("Computing partitions with applications to the knapsack problem",
 * J. ACM 21(2), 1974): each half's 2^(n/2) subset sums are generated already sorted, one item at a time, by merging
 * the sums so far with themselves shifted by the item (in place, from the back, so no buffer), and one linear pass
 * with a pointer up the first half and one down the second finds the smallest total ≥ T and counts the pairs that
 * attain it. Linear in 2^(n/2), where sorting or looking up each sum costs a logarithm or a cache miss more.
 *
 * <p>Answers only when the count is one: then every exact step of {@link SubsetSum} would return that same subset,
 * whatever its order, so running this one first changes no cover. (Where none of them would answer, 45 or 46 items
 * past {@link BranchHalves}' budget, {@link CoverSolver}'s bounded search gave a cover not proven minimal; this one
 * is proven.) With ties it returns null and the steps after it decide among the optima by their own rules, as before.
 */
final class SortedHalves {

    /** Largest item count: 2^23 sums (64 MB) per half. */
    static final int MAX_ITEMS = 46;

    /** log2 of the expected exact hits of T below which {@link #fewHits} holds. */
    static final double FEW_HITS_LOG2 = 1;

    private SortedHalves() {
    }

    /**
     * @param v      weights &gt; 0 whose total fits in 62 bits
     * @param target T &gt; 0 with Σv ≥ T
     * @return the chosen items of the only subset whose sum is the smallest ≥ T, or null when several attain it or
     *         there are more than {@link #MAX_ITEMS} items
     */
    static boolean[] uniqueSmallestAtLeast(long[] v, long target) {
        int n = v.length;
        long total = 0;
        for (long x : v) {
            total += x;
            if (n > MAX_ITEMS || x <= 0 || total >= 1L << 62) {
                return null;
            }
        }
        int h = n / 2;
        long[] best = smallestPair(HalfSums.sorted(v, 0, h), HalfSums.sorted(v, h, n - h), target);
        if (best[3] != 1) {
            return null;
        }
        boolean[] chosen = new boolean[n];
        mark(v, 0, h, best[1], chosen);
        mark(v, h, n - h, best[2], chosen);
        return chosen;
    }

    /**
     * The smallest a + b ≥ T over two ascending lists, by one pass up {@code a} and down {@code b}.
     *
     * @return {the sum (Long.MAX_VALUE if none), its a, its b, how many pairs attain it, up to 2}
     */
    static long[] smallestPair(long[] a, long[] b, long target) {
        long best = Long.MAX_VALUE;
        long bestA = 0;
        long bestB = 0;
        int count = 0;
        int j = b.length - 1;
        for (long x : a) {
            while (j > 0 && x + b[j - 1] >= target) {
                j--;
            }
            long sum = x + b[j];
            if (sum < target || sum > best) {
                continue;
            }
            int ties = 1;
            while (ties < 2 && j + ties < b.length && b[j + ties] == b[j]) {
                ties++;
            }
            if (sum < best) {
                best = sum;
                bestA = x;
                bestB = b[j];
                count = ties;
            } else {
                count = Math.min(2, count + ties);
            }
        }
        return new long[] {best, bestA, bestB, count};
    }

    /**
     * Whether fewer than 2^{@value #FEW_HITS_LOG2} subsets are expected to sum to T exactly, so that
     * the optimum is likely unique and worth this search before {@link WideCore}'s: the sum of a uniformly random
     * subset is about normal with mean Σv/2 and variance Σv²/4, so 2^n times its density at T estimates the number of
     * exact hits. Dense sums (the same network in cents: hundreds of subsets hit T) are left to the cores, which hit
     * one quickly, and where this search would only find ties. Only the order of the steps depends on it, not the
     * cover (StrictMath, so the order is the same on every machine too).
     */
    static boolean fewHits(long[] v, long target) {
        double mean = 0;
        double var = 0;
        for (long x : v) {
            mean += x / 2.0;
            var += (double) x * x / 4;
        }
        double sd = StrictMath.sqrt(var);
        double z = (target - mean) / sd;
        double log2Hits = v.length - (StrictMath.log(sd * StrictMath.sqrt(2 * StrictMath.PI)) + z * z / 2)
                / StrictMath.log(2);
        return log2Hits < FEW_HITS_LOG2;
    }

    /** Marks the items of v[from .. from+count) whose subset sums to {@code sum} (walked in Gray-code order). */
    private static void mark(long[] v, int from, int count, long sum, boolean[] chosen) {
        int mask = 0;
        long s = 0;
        for (int step = 1; step < 1 << count && s != sum; step++) {
            int bit = Integer.numberOfTrailingZeros(step);
            mask ^= 1 << bit;
            s += (mask >> bit & 1) == 1 ? v[from + bit] : -v[from + bit];
        }
        for (int k = 0; k < count; k++) {
            chosen[from + k] = (mask >> k & 1) == 1;
        }
    }
}
