package dev.sse.model.analysis.milp;

import dev.sse.model.analysis.exact.Fraction;
import dev.sse.model.analysis.exact.Instance;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * A joint lower bound on what covering several chains at once costs (issue 20): a coalition attacking chains A ⊆ S
 * pays at least Σ_{s∈A} h_s(S), where h_s(S) is the LP cover of s alone with each validator's cost split over its
 * chains in S in proportion to their profits.
 *
 * <p>Why: v's cost is min(σ_v, Σ_{s∈A} a(v,s)) ≥ Σ_{s∈A∩N(v)} λ_vs·min(σ_v, a(v,s)) for any λ_vs ≥ 0 summing to
 * ≤ 1 over v's chains in S (here λ_vs = π_s / Σ_{t∈S∩N(v)} π_t), and B ∩ N(s) covers s, so the costs charged to s
 * are at least its LP cover with the split costs: a Lagrangian bound with fixed multipliers on shared operators.
 * Measured on pooled 1,900 × 42 (docs/performance.md): Σ_s h_s(all) is 5.12 B with profit shares, 4.50 B with
 * equal shares; the margin's proven lower end at × 2 is −76.5% against −76.9%.
 *
 * <p>The LP cover (min Σ c_v·x_v, Σ w_v·x_v ≥ T_s, 0 ≤ x ≤ 1, each w_v clipped at T_s, valid for 0/1 covers) is
 * the greedy by cost per weight with one fractional member. Costs are scaled by 840 and floored, so every step is
 * exact integer arithmetic and the value is never above the LP's.
 */
public final class SplitCover {

    private static final long SCALE = 840;
    /** Index bits packed under a ratio's double in {@link #byCostPerWeight}. */
    private static final int INDEX_BITS = 12;
    private final Instance inst;
    private final Map<BitSet, long[]> memo = new HashMap<>();

    public SplitCover(Instance inst) {
        this.inst = inst;
    }

    /**
     * Per chain s of {@code inS}, a lower bound on h_s(S) in instance cost units (−1: s can not be attacked;
     * 0 for chains outside S).
     */
    public long[] of(boolean[] inS) {
        BitSet key = new BitSet();
        for (int s = 0; s < inS.length; s++) {
            if (inS[s]) {
                key.set(s);
            }
        }
        return memo.computeIfAbsent(key, k -> compute(inS));
    }

    private long[] compute(boolean[] inS) {
        long[] shared = shared(inS);
        long[] h = new long[inst.chainCount()];
        for (int s = 0; s < h.length; s++) {
            h[s] = inS[s] ? lpCover(s, inS, shared) : 0;
        }
        return h;
    }

    /** Per validator, Σ π_t over its chains in S (its cost is split in that proportion); −1 where that overflows. */
    private long[] shared(boolean[] inS) {
        long[] shared = new long[inst.validatorCount()];
        for (int v = 0; v < shared.length; v++) {
            long sum = 0;
            for (int t : inst.chainsOf(v)) {
                long p = inS[t] ? Math.max(0, inst.profit(t)) : 0;
                sum = sum < 0 || sum > Long.MAX_VALUE - p ? -1 : sum + p;
            }
            shared[v] = sum;
        }
        return shared;
    }

    private long lpCover(int s, boolean[] inS, long[] shared) {
        int[] members = inst.members(s);
        long[] weight = inst.weights(s);
        long[] a = inst.amounts(s);
        long profit = Math.max(0, inst.profit(s));
        int k = members.length;
        long[] c = new long[k];
        for (int i = 0; i < k; i++) {
            int v = members[i];
            long own = Math.min(inst.stake(v), a[i]);
            c[i] = shared[v] == 0 ? 0 : split(own, profit, shared[v], v, inS);
        }
        long cover = lpCover(c, weight, inst.threshold(s));
        return cover < 0 ? -1 : cover / SCALE;
    }

    /**
     * ⌊own·SCALE·π_s / shared⌋, capped at Long.MAX_VALUE; in long arithmetic where the product fits, else exact
     * ({@code shared} −1: v's Σ π_t over S overflowed, summed again in BigInteger).
     */
    private long split(long own, long profit, long shared, int v, boolean[] inS) {
        if (shared > 0 && own <= Long.MAX_VALUE / SCALE) {
            long x = own * SCALE;
            long lo = x * profit;
            if (Math.multiplyHigh(x, profit) == 0 && lo >= 0) {
                return lo / shared;
            }
        }
        BigInteger d = shared > 0 ? BigInteger.valueOf(shared) : sharedBig(v, inS);
        return BigInteger.valueOf(own).multiply(BigInteger.valueOf(SCALE)).multiply(BigInteger.valueOf(profit))
                .divide(d).min(BigInteger.valueOf(Long.MAX_VALUE)).longValue();
    }

    private BigInteger sharedBig(int v, boolean[] inS) {
        BigInteger shared = BigInteger.ZERO;
        for (int t : inst.chainsOf(v)) {
            shared = inS[t] ? shared.add(BigInteger.valueOf(Math.max(0, inst.profit(t)))) : shared;
        }
        return shared;
    }

    /**
     * The LP cover min Σ c_i·x_i, Σ w_i·x_i ≥ need, 0 ≤ x ≤ 1, each w_i clipped at need (valid for 0/1 covers;
     * tightens the LP on big members), rounded down: the greedy by cost per weight with one fractional member, in
     * exact integer arithmetic. −1 when all members together do not reach {@code need}.
     */
    static long lpCover(long[] c, long[] weight, long need) {
        int k = c.length;
        long[] w = Arrays.stream(weight).map(x -> Math.min(x, need)).toArray();
        int[] order = byCostPerWeight(c, w);
        long left = need;
        BigInteger sum = BigInteger.ZERO;
        for (int i : order) {
            if (left <= 0) {
                break;
            }
            if (w[i] <= left) {
                sum = sum.add(BigInteger.valueOf(c[i]));
                left -= w[i];
            } else {
                BigInteger part = BigInteger.valueOf(c[i]).multiply(BigInteger.valueOf(left));
                sum = sum.add(part.divide(BigInteger.valueOf(w[i])));
                left = 0;
            }
        }
        return left > 0 ? -1 : sum.longValueExact();
    }

    /**
     * The members with weight in ascending order of c_i/w_i (c_i/w_i &lt; c_j/w_j ⇔ c_i·w_j &lt; c_j·w_i), equal
     * ratios in index order: the order a stable sort with the exact comparison gives. Sorted first as primitives by
     * the ratio's double (correctly rounded, so never out of order, and equal ratios get equal doubles) with the
     * index in the low bits, then an insertion pass with the exact comparison fixes the near-ties the double cannot
     * tell apart. On stress (50 chains of ~400 members, 31 sets S per first answer) the boxed sort was most of
     * {@code Engine.byNetBound}'s time.
     */
    static int[] byCostPerWeight(long[] c, long[] w) {
        int k = c.length;
        if (k >= 1 << INDEX_BITS || Arrays.stream(c).anyMatch(x -> x < 0)) { // the index does not fit, or a
            // negative double would not sort as its bits: the boxed stable sort
            return IntStream.range(0, k).filter(i -> w[i] > 0).boxed()
                    .sorted((i, j) -> Fraction.compareProducts(c[i], w[j], c[j], w[i])).mapToInt(Integer::intValue).toArray();
        }
        int[] order = IntStream.range(0, k).filter(i -> w[i] > 0).toArray();
        long[] keys = new long[order.length];
        for (int x = 0; x < keys.length; x++) {
            int i = order[x]; // a ratio ≥ 0: its bits sort as a long; the low 12 mantissa bits make room
            keys[x] = Double.doubleToLongBits((double) c[i] / w[i]) >>> INDEX_BITS << INDEX_BITS | i;
        }
        Arrays.sort(keys);
        for (int x = 0; x < keys.length; x++) {
            order[x] = (int) (keys[x] & (1 << INDEX_BITS) - 1);
        }
        for (int x = 1; x < order.length; x++) { // exact and stable: only neighbours the doubles could not separate move
            int i = order[x];
            int y = x - 1;
            for (; y >= 0 && Fraction.compareProducts(c[order[y]], w[i], c[i], w[order[y]]) > 0; y--) {
                order[y + 1] = order[y];
            }
            order[y + 1] = i;
        }
        return order;
    }

    /**
     * {@link RatioBound.Cap} in a step's units (cost/gc, profit/gp): the largest profit of chains in S whose h's,
     * taken fractionally, sum to at most k (the LP knapsack, greedy by h per profit, exact rationals).
     */
    public RatioBound.Cap cap(long gc, long gp) {
        return (inS, k) -> {
            long[] h = of(inS);
            int m = h.length;
            long[] hs = new long[m];
            long[] ps = new long[m];
            for (int s = 0; s < m; s++) {
                hs[s] = h[s] < 0 ? -1 : h[s] / gc;
                ps[s] = Math.max(0, inst.profit(s)) / gp;
            }
            return knapsack(inS, hs, ps, k);
        };
    }

    /** max Σ p_s·t_s over s ∈ S, t ∈ [0, 1], Σ h_s·t_s ≤ k; chains with h &lt; 0 are left out. */
    static Fraction knapsack(boolean[] inS, long[] h, long[] p, long k) {
        Integer[] order = IntStream.range(0, h.length).filter(s -> inS[s] && h[s] >= 0 && p[s] > 0)
                .boxed().toArray(Integer[]::new);
        Arrays.sort(order, (i, j) -> Fraction.compareProducts(h[i], p[j], h[j], p[i]));
        BigInteger whole = BigInteger.ZERO;
        long left = Math.max(0, k);
        for (int s : order) {
            if (h[s] <= left) {
                whole = whole.add(BigInteger.valueOf(p[s]));
                left -= h[s];
            } else {
                BigInteger part = BigInteger.valueOf(p[s]).multiply(BigInteger.valueOf(left));
                return new Fraction(whole.multiply(BigInteger.valueOf(h[s])).add(part), BigInteger.valueOf(h[s]));
            }
        }
        return new Fraction(whole, BigInteger.ONE);
    }
}
