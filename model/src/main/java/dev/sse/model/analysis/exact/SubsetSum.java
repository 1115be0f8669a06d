package dev.sse.model.analysis.exact;

import java.util.Arrays;

/**
 * The cover problem when every item costs its weight (c = w: unshaped chains, pooled or unique stake): the
 * smallest subset sum ≥ T. Exact and usually sub-millisecond on the bundled samples.
 *
 * <p>All weights are divided by their gcd g, so T becomes T' = ⌈T/g⌉ and T'·g is a proven lower bound.
 * <ol>
 *   <li><b>Core.</b> k items form the core (the k smallest, then k spread evenly over the sorted weights;
 *       k = 24, then 32); the others are taken greedily, largest first, while their sum stays ≤ T' − Σcore/2.
 *       What is missing, r, then lies in the middle of the core's subset-sum range, where 2^k subsets make sums
 *       dense. Meet in the middle (2^(k/2) sums per half, both in order, {@link HalfSums}) finds a core subset summing to
 *       exactly r: the cover then costs T'·g, the lower bound, and is optimal. With n ≤ 32 the core is every
 *       item and the smallest sum ≥ T' it finds (by a sorted search) is the optimum.</li>
 *   <li><b>Sorted halves.</b> {@link SortedHalves}: up to 46 items whose sums near T are sparse
 *       ({@link SortedHalves#fewHits}), every subset by meet in the middle over sorted half sums, answering only when
 *       one subset attains the optimum (so it picks no cover the steps below would not; issue 20).</li>
 *   <li><b>Wide core.</b> {@link WideCore}: the 40 smallest items as the core, each half's 2^20 sums listed in order once and
 *       up to 64 varied greedy fills of the others, for real stake tables in micro-units (the June 2024 Hub) where
 *       24 or 32 items give too sparse a range of sums to hit T' exactly.</li>
 *   <li><b>Full DP.</b> Otherwise, when n × range/64 word operations fit {@link #DP_WORDS} (range = the smaller
 *       of T' + max w' and Σw' − T' + 1, the latter on the complement), a bitset DP over all items decides the
 *       optimum exactly.</li>
 *   <li><b>Branch and halves.</b> {@link BranchHalves}: up to 64 items, branching on the largest items with a meet in
 *       the middle below 34, on a budget (issue 20).</li>
 *   <li><b>All halves.</b> {@link AllHalves}: up to 44 items, every subset by meet in the middle (issue 20).</li>
 *   <li><b>Pair swaps.</b> {@link PairSwaps}: an exact hit of T' reached from an even fill by exchanges of one or
 *       two items, for hundreds of items with fine weights (issue 20: the 899 validators of kusama-era-1827).</li>
 *   <li>Otherwise {@code null}: the caller runs its node-limited branch and bound.</li>
 * </ol>
 * The full DP's reconstruction records, for each sum, the item that first reached it (items are processed once
 * each, so following the records back never reuses an item).
 */
final class SubsetSum {

    /** Core sizes tried in turn (meet in the middle: 2^(k/2) sums per half). */
    private static final int[] CORE_SIZES = {24, 32};
    /** Work budget of the full DP, in 64-bit word operations (about 10–30 ms). */
    static final long DP_WORDS = 1L << 25;
    /** Largest range of the full DP in bits (its reconstruction array holds one char per sum). */
    static final int DP_BITS = 1 << 23;

    private SubsetSum() {
    }

    /**
     * The cheapest cover when c = w.
     *
     * @param w items' weights (entries ≤ 0 are never chosen)
     * @param t threshold &gt; 0 with Σ_{w&gt;0} w ≥ t
     * @return the proven optimal cover, or null when none of the steps settles it
     */
    static CoverSolver.Cover solve(long[] w, long t) {
        int n = 0;
        long g = 0;
        for (long x : w) {
            if (x > 0) {
                n++;
                g = gcd(g, x);
            }
        }
        int[] idx = new int[n];
        long[] v = new long[n];
        long total = 0;
        long max = 0;
        for (int i = 0, k = 0; i < w.length; i++) {
            if (w[i] > 0) {
                idx[k] = i;
                v[k] = w[i] / g;
                total += v[k];
                max = Math.max(max, v[k]);
                k++;
            }
        }
        long target = t / g + (t % g == 0 ? 0 : 1);
        // sort by weight ascending, ties by index (deterministic)
        Integer[] order = new Integer[n];
        for (int k = 0; k < n; k++) {
            order[k] = k;
        }
        long[] vv = v;
        Arrays.sort(order, (a, b) -> vv[a] != vv[b] ? Long.compare(vv[a], vv[b]) : Integer.compare(a, b));
        boolean[] chosen = core(v, order, target);
        if (chosen == null && SortedHalves.fewHits(v, target)) {
            chosen = SortedHalves.uniqueSmallestAtLeast(v, target);
        }
        if (chosen == null) {
            chosen = WideCore.hit(v, order, target);
        }
        if (chosen == null) {
            chosen = fullDp(v, order, target, total, max);
        }
        if (chosen == null) {
            chosen = BranchHalves.smallestAtLeast(v, target);
        }
        if (chosen == null) {
            chosen = AllHalves.smallestAtLeast(v, target);
        }
        if (chosen == null) {
            chosen = PairSwaps.hit(v, target);
        }
        if (chosen == null) {
            return null;
        }
        long sum = 0;
        int count = 0;
        for (int k = 0; k < n; k++) {
            if (chosen[k]) {
                sum += v[k];
                count++;
            }
        }
        int[] items = new int[count];
        for (int k = 0, j = 0; k < n; k++) {
            if (chosen[k]) {
                items[j++] = idx[k];
            }
        }
        Arrays.sort(items);
        long cost = Math.multiplyExact(sum, g);
        return new CoverSolver.Cover(items, cost, true, cost);
    }

    /**
     * Step 1: an exact hit of T' through a core: the 24 smallest items, 24 items spread evenly over the sorted
     * weights (near-uniform weights cluster the small core's sums around multiples of the mean), then 32 of each.
     */
    private static boolean[] core(long[] v, Integer[] order, long target) {
        int n = v.length;
        for (int size : CORE_SIZES) {
            int k = Math.min(size, n);
            for (boolean spread : new boolean[] {false, true}) {
                int[] core = new int[k];
                for (int i = 0; i < k; i++) {
                    core[i] = spread ? (int) ((2L * i + 1) * n / (2L * k)) : i;
                }
                boolean[] chosen = coreHit(v, order, target, core);
                if (chosen != null || k == n) {
                    return chosen;
                }
            }
        }
        return null;
    }

    /**
     * The core (positions in {@code order}, increasing) is kept aside; the other items are taken largest first
     * while their sum stays ≤ T' − Σcore/2; the rest, r, must be an exact subset sum of the core (meet in the
     * middle).
     */
    private static boolean[] coreHit(long[] v, Integer[] order, long target, int[] core) {
        int n = v.length;
        int k = core.length;
        long[] cv = new long[k];
        boolean[] inCore = new boolean[n];
        long coreSum = 0;
        for (int j = 0; j < k; j++) {
            cv[j] = v[order[core[j]]];
            inCore[core[j]] = true;
            coreSum += cv[j];
        }
        boolean[] chosen = new boolean[n];
        long goal = target - coreSum / 2;
        long sum = 0;
        for (int j = n - 1; j >= 0; j--) {
            long x = v[order[j]];
            if (!inCore[j] && sum + x <= goal) {
                sum += x;
                chosen[order[j]] = true;
            }
        }
        long r = target - sum;
        if (r < 0 || r > coreSum || k < n && !HalfSums.inSomeBand(cv, r)) {
            return null; // only an exact hit counts, and no subset of the core sums to r
        }
        int h1 = k / 2;
        int h2 = k - h1;
        long[] a = HalfSums.sums(cv, 0, h1);
        long[] b = HalfSums.sums(cv, h1, h2);
        if (b[b.length - 1] >= 1L << 47) {
            return null;
        }
        // with every item in the core (k = n, r = T') the smallest sum ≥ r is the exact optimum (sorted search);
        // otherwise only an exact hit counts (the first pair by mask)
        boolean exhaustive = k == n;
        long best = Long.MAX_VALUE;
        int bestM1 = -1;
        int bestM2 = -1;
        if (exhaustive) {
            long[] packed = new long[b.length];
            for (int m = 0; m < b.length; m++) {
                packed[m] = b[m] << 16 | m;
            }
            Arrays.sort(packed);
            for (int m1 = 0; m1 < a.length && best != r; m1++) {
                long need = Math.max(0, r - a[m1]);
                if (need > b[b.length - 1]) {
                    continue;
                }
                int at = Arrays.binarySearch(packed, need << 16);
                at = at >= 0 ? at : -at - 1;
                long total = a[m1] + (packed[at] >>> 16);
                if (total < best) {
                    best = total;
                    bestM1 = m1;
                    bestM2 = (int) (packed[at] & 0xFFFF);
                }
            }
        } else {
            int[] masks = HalfSums.of(cv).first(r);
            if (masks != null) {
                bestM1 = masks[0];
                bestM2 = masks[1];
            }
        }
        if (bestM1 < 0) {
            return null;
        }
        for (int j = 0; j < h1; j++) {
            chosen[order[core[j]]] |= (bestM1 >> j & 1) == 1;
        }
        for (int j = 0; j < h2; j++) {
            chosen[order[core[h1 + j]]] |= (bestM2 >> j & 1) == 1;
        }
        return chosen;
    }

    /** Step 2: the exact optimum by a DP over every item, or null when over budget. */
    private static boolean[] fullDp(long[] v, Integer[] order, long target, long total, long max) {
        int n = v.length;
        long included = target + max;
        long excluded = total - target + 1;
        long bits = Math.min(included, excluded);
        if (bits > DP_BITS || n * ((bits >> 6) + 1) > DP_WORDS || n > Short.MAX_VALUE * 2) {
            return null;
        }
        int range = (int) bits - 1;
        long[] reach = new long[(range >> 6) + 1];
        char[] from = new char[range + 1];
        reach[0] = 1;
        for (int j = 0; j < n; j++) {
            // a weight beyond the range reaches no new sum (and must not wrap when cast to int)
            shiftOrWide(reach, (int) Math.min(v[order[j]], range + 1L), range, from, j);
        }
        boolean[] chosen = new boolean[n];
        if (included <= excluded) {
            // smallest reachable sum ≥ target (exists below target + max)
            int s = (int) target;
            while (s <= range && (reach[s >> 6] >>> (s & 63) & 1) == 0) {
                s++;
            }
            for (; s > 0; ) {
                int j = from[s];
                chosen[order[j]] = true;
                s -= (int) v[order[j]];
            }
        } else {
            // largest excluded sum ≤ total − target; the cover is everything else
            int s = range;
            while ((reach[s >> 6] >>> (s & 63) & 1) == 0) {
                s--;
            }
            Arrays.fill(chosen, true);
            for (; s > 0; ) {
                int j = from[s];
                chosen[order[j]] = false;
                s -= (int) v[order[j]];
            }
        }
        return chosen;
    }

    /** reach |= reach << shift on bits [0, limit], recording newly reached sums as reached by item j. */
    private static void shiftOrWide(long[] reach, int shift, int limit, char[] from, int j) {
        if (shift > limit) {
            return;
        }
        int q = shift >> 6;
        int r = shift & 63;
        int top = limit >> 6;
        for (int i = top; i >= q; i--) {
            long lo = i - q - 1 >= 0 && r != 0 ? reach[i - q - 1] >>> (64 - r) : 0;
            long shifted = (reach[i - q] << r) | lo;
            long fresh = shifted & ~reach[i];
            if (i == top) {
                fresh &= (limit & 63) == 63 ? -1L : (1L << ((limit & 63) + 1)) - 1;
            }
            if (fresh != 0) {
                reach[i] |= fresh;
                while (fresh != 0) {
                    int b = Long.numberOfTrailingZeros(fresh);
                    from[(i << 6) + b] = (char) j;
                    fresh &= fresh - 1;
                }
            }
        }
    }

    static long gcd(long a, long b) {
        while (b != 0) {
            long t = a % b;
            a = b;
            b = t;
        }
        return a;
    }
}
