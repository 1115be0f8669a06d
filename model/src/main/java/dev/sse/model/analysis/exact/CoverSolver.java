package dev.sse.model.analysis.exact;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The cheapest coalition against one chain: min Σ_{v∈B} c_v subject to Σ_{v∈B} w_v ≥ T (a min-cost
 * knapsack cover; with c = w, as for unshaped chains, it is "the smallest subset sum ≥ T", a subset-sum
 * problem on which greedy is not exact).
 *
 * <p>When every item costs its weight (c = w, a subset-sum problem) {@link SubsetSum} answers exactly (gcd
 * scaling, a meet-in-the-middle core, a bitset DP). Otherwise, or when that DP would be too large: exact
 * depth-first branch and bound: identical (w, c) items are grouped with a count; groups are taken in increasing
 * c/w (the LP-relaxation order) and each node is pruned with the LP bound (current cost plus the fractional
 * greedy cover of what is still missing, rounded up). The search stops as soon as the incumbent meets the root
 * bound (rounded up to a multiple of the costs' gcd). After {@code nodeLimit} nodes it stops and reports the
 * incumbent as not proven, with the root bound as its proven lower bound. Among equal costs the cover found first wins;
 * callers that need a canonical validator set sort its ids.
 */
public final class CoverSolver {

    /** Branch-and-bound budget used by the analysis when the exact DPs do not apply. */
    public static final long DEFAULT_NODES = 50_000;

    /** Result: chosen item indices, their cost, whether proven minimal, and a proven lower bound. */
    public record Cover(int[] items, long cost, boolean exact, long lowerBound) {
    }

    private final long[] gw;
    private final long[] gc;
    private final int[][] gItems;
    private final long nodeLimit;
    private long nodes;
    private long bestCost = Long.MAX_VALUE;
    private int[] bestCounts;
    private final int[] counts;
    private final long[] prefW;
    private final long[] prefC;
    private long rootBound;

    private CoverSolver(long[] w, long[] c, long nodeLimit) {
        Map<Long, List<Integer>> groups = new LinkedHashMap<>();
        Map<Long, long[]> key = new LinkedHashMap<>();
        Map<String, Long> ids = new LinkedHashMap<>();
        for (int i = 0; i < w.length; i++) {
            if (w[i] <= 0) {
                continue;
            }
            long id = ids.computeIfAbsent(w[i] + ":" + c[i], k -> (long) ids.size());
            groups.computeIfAbsent(id, k -> new ArrayList<>()).add(i);
            key.put(id, new long[] {w[i], c[i]});
        }
        Long[] order = groups.keySet().toArray(Long[]::new);
        // increasing c/w; for equal ratios the heavier item first
        Arrays.sort(order, ((Comparator<Long>) (g1, g2) -> {
                    long[] a = key.get(g1);
                    long[] b = key.get(g2);
                    int r = java.math.BigInteger.valueOf(a[1]).multiply(java.math.BigInteger.valueOf(b[0]))
                            .compareTo(java.math.BigInteger.valueOf(b[1]).multiply(java.math.BigInteger.valueOf(a[0])));
                    return r != 0 ? r : Long.compare(b[0], a[0]);
                }));
        gw = new long[order.length];
        gc = new long[order.length];
        gItems = new int[order.length][];
        for (int g = 0; g < order.length; g++) {
            gw[g] = key.get(order[g])[0];
            gc[g] = key.get(order[g])[1];
            gItems[g] = groups.get(order[g]).stream().mapToInt(Integer::intValue).toArray();
        }
        counts = new int[order.length];
        prefW = new long[order.length + 1];
        prefC = new long[order.length + 1];
        for (int g = 0; g < order.length; g++) {
            prefW[g + 1] = prefW[g] + gw[g] * gItems[g].length;
            prefC[g + 1] = prefC[g] + gc[g] * gItems[g].length;
        }
        this.nodeLimit = nodeLimit;
    }

    /**
     * Solves one cover problem.
     *
     * @param w         weights (≥ 0)
     * @param c         costs (≥ 0)
     * @param threshold T; 0 gives the empty cover
     * @param nodeLimit search budget in nodes (e.g. 200,000)
     * @return the cover, or null when even all items together miss T
     */
    public static Cover solve(long[] w, long[] c, long threshold, long nodeLimit) {
        if (threshold <= 0) {
            return new Cover(new int[0], 0, true, 0);
        }
        long total = 0;
        boolean subsetSum = true;
        long costGcd = 0;
        for (int i = 0; i < w.length; i++) {
            if (w[i] > 0) {
                total += w[i];
                subsetSum &= c[i] == w[i];
                costGcd = SubsetSum.gcd(costGcd, c[i]);
            }
        }
        if (total < threshold) {
            return null;
        }
        if (subsetSum) {
            Cover exact = SubsetSum.solve(w, threshold);
            if (exact != null) {
                return exact;
            }
        }
        CoverSolver s = new CoverSolver(w, c, nodeLimit);
        s.rootBound = roundUp(s.lpBound(0, threshold), costGcd);
        s.search(0, threshold, 0);
        boolean exact = s.nodes < nodeLimit || s.bestCost == s.rootBound;
        List<Integer> items = new ArrayList<>();
        for (int g = 0; g < s.gw.length; g++) {
            for (int k = 0; k < s.bestCounts[g]; k++) {
                items.add(s.gItems[g][k]);
            }
        }
        return new Cover(items.stream().mapToInt(Integer::intValue).sorted().toArray(), s.bestCost, exact,
                exact ? s.bestCost : s.rootBound);
    }

    /** The least multiple of g (&gt; 0) that is ≥ x; every cover's cost is a multiple of the costs' gcd. */
    private static long roundUp(long x, long g) {
        if (g <= 1 || x == Long.MAX_VALUE) {
            return x;
        }
        long r = x % g;
        return r == 0 ? x : x + (g - r);
    }

    /**
     * ⌈LP cover cost⌉ of {@code need} using groups from {@code g} on, exactly, in O(log groups) with prefix
     * sums of group weights and costs; MAX_VALUE if infeasible.
     */
    private long lpBound(int g, long need) {
        long base = prefW[g];
        if (prefW[gw.length] - base < need) {
            return Long.MAX_VALUE;
        }
        // first j with prefW[j+1] - base >= need
        int lo = g;
        int hi = gw.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (prefW[mid + 1] - base >= need) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        long full = prefC[lo] - prefC[g];
        long left = need - (prefW[lo] - base);
        if (Math.multiplyHigh(gc[lo], left) == 0 && gc[lo] * left >= 0) {
            long prod = gc[lo] * left;
            return full + prod / gw[lo] + (prod % gw[lo] > 0 ? 1 : 0);
        }
        java.math.BigInteger[] qr = java.math.BigInteger.valueOf(gc[lo]).multiply(java.math.BigInteger.valueOf(left))
                .divideAndRemainder(java.math.BigInteger.valueOf(gw[lo]));
        return full + qr[0].longValueExact() + (qr[1].signum() > 0 ? 1 : 0);
    }

    private boolean search(int g, long need, long cost) {
        if (need <= 0) {
            if (cost < bestCost) {
                bestCost = cost;
                bestCounts = counts.clone();
            }
            return bestCost <= rootBound;
        }
        if (g == gw.length || ++nodes > nodeLimit) {
            return false;
        }
        long lb = lpBound(g, need);
        if (lb == Long.MAX_VALUE || cost + lb >= bestCost) {
            return false;
        }
        int max = (int) Math.min(gItems[g].length, (need + gw[g] - 1) / gw[g]);
        for (int k = max; k >= 0; k--) {
            counts[g] = k;
            if (search(g + 1, need - k * gw[g], cost + k * gc[g])) {
                counts[g] = 0;
                return true;
            }
        }
        counts[g] = 0;
        return false;
    }
}
