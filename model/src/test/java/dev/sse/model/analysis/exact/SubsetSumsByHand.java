package dev.sse.model.analysis.exact;

import java.util.Random;
import java.util.function.ToLongFunction;

/** Exhaustive search for the subset-sum tests (AllHalves, BranchHalves): what every subset of a few items gives. */
final class SubsetSumsByHand {

    private SubsetSumsByHand() {
    }

    /** The smallest sum of a subset of {@code v} that is at least {@code t} (Long.MAX_VALUE if none), over all 2^n. */
    static long smallestAtLeast(long[] v, long t) {
        long best = Long.MAX_VALUE;
        for (int mask = 0; mask < 1 << v.length; mask++) {
            long s = 0;
            for (int i = 0; i < v.length; i++) {
                s += (mask >> i & 1) == 1 ? v[i] : 0;
            }
            if (s >= t) {
                best = Math.min(best, s);
            }
        }
        return best;
    }

    /** The sum of the items {@code chosen} marks. */
    static long sum(long[] v, boolean[] chosen) {
        long s = 0;
        for (int i = 0; i < v.length; i++) {
            s += chosen[i] ? v[i] : 0;
        }
        return s;
    }

    /** A random subset-sum instance: the items and the target. */
    record Case(long[] v, long t) {
    }

    /**
     * 1 to {@code maxItems} items, each 1 + {@code leaf} drawn from {@code r}, and a target from 1 to their total,
     * drawn from {@code r} in that order.
     */
    static Case random(Random r, int maxItems, ToLongFunction<Random> leaf) {
        int n = 1 + r.nextInt(maxItems);
        long[] v = new long[n];
        long total = 0;
        for (int i = 0; i < n; i++) {
            v[i] = 1 + leaf.applyAsLong(r);
            total += v[i];
        }
        return new Case(v, 1 + (long) (r.nextDouble() * total));
    }
}
