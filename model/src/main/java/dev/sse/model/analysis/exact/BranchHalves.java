package dev.sse.model.analysis.exact;

import java.util.Arrays;

/**
 * The smallest subset sum ≥ T over up to {@value #MAX_ITEMS} items, exactly, by branching on the largest items and a
 * meet in the middle once at most {@value #LEAF} items are left (issue 20: the 59-member cover of the 350 × 25 pooled
 * restaking network and the 46-member one with 18-decimal stakes, over {@link AllHalves}' 44 items, were "best found,
 * not proven minimal"; here they are proven at T + 20 cents and at T in well under a second).
 *
 * <p>Items are taken largest first. At a node that still needs {@code lo} more and may add at most {@code hi} (the
 * incumbent's sum − 1 − what is taken), two moves are forced and change nothing: an item above {@code hi} is left out
 * (any sum with it is no better), an item without which the others miss {@code lo} is taken. Otherwise both branches
 * are searched, first the one whose need lies nearer the middle of what is left, where subset sums are densest and
 * an exact hit of T (which ends the search: T is a lower bound) is likeliest. Below {@value #LEAF} items, all sums of
 * the two halves (one sorted, the other looked up by binary search) give the node's smallest sum ≥ {@code lo}
 * exactly. Pruned: nodes whose items sum below {@code lo}, or whose window [lo, hi] is empty. The search is bounded
 * by a budget of half sums; past it the answer is null and the caller keeps its bounded search.
 */
final class BranchHalves {

    /** Largest item count (the recursion is one frame per item). */
    static final int MAX_ITEMS = 64;
    /** Items left at which a node is finished by meet in the middle (2^17 sums per half). */
    static final int LEAF = 34;
    /** Budget in half sums generated (about 0.2 s of CPU). */
    static final long BUDGET = 1L << 25;

    private final int leaf;
    private final long[] w;
    private final int[] pos;
    private final long[] suffix;
    private final long target;
    private final boolean[] taken;
    private boolean[] best;
    private long bestSum;
    private long work;

    private BranchHalves(long[] v, long target, int leaf) {
        this.leaf = leaf;
        int n = v.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> v[a] != v[b] ? Long.compare(v[b], v[a]) : Integer.compare(a, b));
        w = new long[n];
        pos = new int[n];
        suffix = new long[n + 1];
        for (int i = 0; i < n; i++) {
            pos[i] = order[i];
            w[i] = v[order[i]];
        }
        for (int i = n - 1; i >= 0; i--) {
            suffix[i] = suffix[i + 1] + w[i];
        }
        this.target = target;
        taken = new boolean[n];
        best = new boolean[n];
        Arrays.fill(best, true);
        bestSum = suffix[0];
    }

    /**
     * @param v      weights &gt; 0 whose total fits in 62 bits
     * @param target T &gt; 0 with Σv ≥ T
     * @return the chosen items (by position in {@code v}) of a smallest subset sum ≥ T, or null when there are more
     *         than {@link #MAX_ITEMS} items or the budget ran out
     */
    static boolean[] smallestAtLeast(long[] v, long target) {
        return smallestAtLeast(v, target, LEAF);
    }

    /** As {@link #smallestAtLeast(long[], long)} with leaves of at most {@code leaf} items (tests: small leaves). */
    static boolean[] smallestAtLeast(long[] v, long target, int leaf) {
        long total = 0;
        for (long x : v) {
            total += x;
            if (v.length > MAX_ITEMS || x <= 0 || total >= 1L << 62) {
                return null;
            }
        }
        BranchHalves b = new BranchHalves(v, target, leaf);
        if (!b.search(0, 0, target)) {
            return null;
        }
        boolean[] chosen = new boolean[v.length];
        for (int i = 0; i < v.length; i++) {
            chosen[b.pos[i]] = b.best[i];
        }
        return chosen;
    }

    /** Searches the items from {@code i} on with {@code sum} taken and {@code lo} still needed; false past the budget. */
    private boolean search(int i, long sum, long lo) {
        int n = w.length;
        int first = i;
        while (true) {
            if (lo <= 0) {
                record(sum, first, i);
                return true;
            }
            long hi = bestSum - 1 - sum;
            if (hi < lo || suffix[i] < lo || bestSum == target) {
                undo(first, i);
                return true;
            }
            if (w[i] > hi) {
                i++;
            } else if (suffix[i + 1] < lo) {
                taken[i] = true;
                sum += w[i];
                lo -= w[i];
                i++;
            } else {
                break;
            }
        }
        boolean ok;
        if (n - i <= leaf) {
            ok = leaf(i, sum, lo);
        } else {
            double mid = suffix[i + 1] / 2.0;
            boolean takeFirst = Math.abs((lo - w[i]) - mid) <= Math.abs(lo - mid);
            ok = branch(i, sum, lo, takeFirst) && branch(i, sum, lo, !takeFirst);
        }
        undo(first, i);
        return ok;
    }

    private boolean branch(int i, long sum, long lo, boolean take) {
        taken[i] = take;
        boolean ok = take ? search(i + 1, sum + w[i], lo - w[i]) : search(i + 1, sum, lo);
        taken[i] = false;
        return ok;
    }

    private void undo(int from, int to) {
        for (int k = from; k < to; k++) {
            taken[k] = false;
        }
    }

    private void record(long sum, int from, int to) {
        if (sum < bestSum) {
            bestSum = sum;
            best = taken.clone();
        }
        undo(from, to);
    }

    /** The smallest sum ≥ lo of items i.. (all of them, meet in the middle); records it if it beats the incumbent. */
    private boolean leaf(int i, long sum, long lo) {
        int m = w.length - i;
        int h1 = m / 2;
        int h2 = m - h1;
        work += (1L << h1) + (1L << h2);
        if (work > BUDGET) {
            return false;
        }
        // the smallest sum ≥ lo from the halves' sorted sums in one linear pass; only when it beats the incumbent is
        // the first half-2 mask (in mask order) with a partner at that sum looked up, the one a walk of the half-2
        // masks, each with its smallest partner reaching lo, would keep first
        long[] sortedA = HalfSums.sorted(w, i, h1);
        long found = SortedHalves.smallestPair(sortedA, HalfSums.sorted(w, i + h1, h2), lo)[0];
        if (found == Long.MAX_VALUE || sum + found >= bestSum) {
            return true;
        }
        long[] b = sums(i + h1, h2);
        int foundB = 0;
        while (Arrays.binarySearch(sortedA, found - b[foundB]) < 0) {
            foundB++;
        }
        long foundA = found - b[foundB];
        long[] a = sums(i, h1);
        int ma = 0;
        while (a[ma] != foundA) {
            ma++;
        }
        for (int k = 0; k < h1; k++) {
            taken[i + k] = (ma >> k & 1) == 1;
        }
        for (int k = 0; k < h2; k++) {
            taken[i + h1 + k] = (foundB >> k & 1) == 1;
        }
        bestSum = sum + found;
        best = taken.clone();
        Arrays.fill(taken, i, w.length, false);
        return true;
    }

    /** Sums of every subset of w[from .. from+count), indexed by mask. */
    private long[] sums(int from, int count) {
        long[] s = new long[1 << count];
        for (int m = 1; m < s.length; m++) {
            s[m] = s[m & (m - 1)] + w[from + Integer.numberOfTrailingZeros(m)];
        }
        return s;
    }
}
