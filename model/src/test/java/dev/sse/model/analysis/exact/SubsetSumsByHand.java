package dev.sse.model.analysis.exact;

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
}
