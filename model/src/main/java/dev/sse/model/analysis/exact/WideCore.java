package dev.sse.model.analysis.exact;

/**
 * A third way for {@link SubsetSum} to hit T' exactly when its 24- and 32-item cores are too sparse: real stake tables
 * in micro-units (cosmoshub-4, June 2024: 180 bonded validators of 5·10^10 to 2·10^13 uatom, issue 22) put 2^32 core
 * sums over a range of ~10^12, so an exact hit is unlikely. Here the core is the 36, then 40, smallest items (2^40
 * sums: about one per unit near the middle of their range), each half's 2^18 or 2^20 sums are listed in order once
 * ({@link HalfSums}), and the greedy fill of the other items is varied up to {@value #VARIANTS} times (leaving out the
 * t-th item the plain greedy took), each variant a fresh residue r to meet by one pass over both lists; the first
 * exact hit proves the cover optimal, since T'·g is a lower bound. Memory: at most 2^20 sums per half, sorted and by
 * mask (about 32 MB), freed on return, and listed only once a fill's residue lies in one of the core's bands ({@link
 * HalfSums#inSomeBand}): near-uniform weights (the kusama sample after a stake drag) leave every residue in a gap, and
 * building and probing the tables (a hash then) for nothing took about 180 ms of CPU per drag preview
 * (docs/performance.md, "Stake drag"; {@code SubsetSumBandsTest}).
 */
final class WideCore {

    /** Core sizes tried in turn: 36 items cost a quarter of 40's work and usually hit within a few fills. */
    static final int[] SIZES = {36, 40};
    static final int VARIANTS = 64;

    private WideCore() {
    }

    /** Chosen items (by position in {@code v}) summing exactly to {@code target}, or null. */
    static boolean[] hit(long[] v, Integer[] order, long target) {
        for (int k : SIZES) {
            boolean[] chosen = v.length <= k + 4 ? null : hit(v, order, target, k);
            if (chosen != null) {
                return chosen;
            }
        }
        return null;
    }

    private static boolean[] hit(long[] v, Integer[] order, long target, int k) {
        int n = v.length;
        long[] cv = new long[k];
        long coreSum = 0;
        for (int j = 0; j < k; j++) {
            cv[j] = v[order[j]];
            coreSum += cv[j];
        }
        if (coreSum >= 1L << 47) {
            return null;
        }
        int h1 = k / 2;
        HalfSums halves = null;
        long goal = target - coreSum / 2;
        for (int skip = -1; skip < VARIANTS; skip++) {
            boolean[] chosen = new boolean[n];
            long sum = 0;
            int taken = 0;
            for (int j = n - 1; j >= k; j--) {
                long x = v[order[j]];
                if (sum + x <= goal) {
                    if (taken++ == skip) {
                        continue;
                    }
                    sum += x;
                    chosen[order[j]] = true;
                }
            }
            if (skip >= taken) {
                return null;
            }
            long r = target - sum;
            if (r < 0 || r > coreSum || !HalfSums.inSomeBand(cv, r)) {
                continue; // no subset of the core sums to r: nothing to look up
            }
            if (halves == null) {
                halves = HalfSums.of(cv);
            }
            int[] masks = halves.first(r);
            if (masks != null) {
                for (int j = 0; j < h1; j++) {
                    chosen[order[j]] |= (masks[0] >> j & 1) == 1;
                }
                for (int j = 0; j < k - h1; j++) {
                    chosen[order[h1 + j]] |= (masks[1] >> j & 1) == 1;
                }
                return chosen;
            }
        }
        return null;
    }
}
