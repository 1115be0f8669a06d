package dev.sse.model.analysis.exact;

import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The Durvasula–Roughgarden restaking graph of a network in exact integers, as every solver sees it.
 *
 * <p>Units: every value (stakes σ_v, securing amounts a(v,s), profits π_s) is a whole number of
 * 10^−{@link #scale} value units (scale 2 = cents). Thresholds count weights w(v,s): the securing amount,
 * or the ICS power on power-capped chains. C_s = Σ_{v∈N(s)} w(v,s) and T_s = ⌈α_s·C_s⌉ exactly, so a
 * coalition meets "Σ_{v∈B∩N(s)} w(v,s) ≥ α_s·C_s" iff it meets "≥ T_s" (the left side is an integer).
 *
 * <p>Indices: validators 0..n−1 and chains 0..m−1 in network file order; arrays are shared, never
 * modified after construction. Built by {@link InstanceBuilder}.
 */
public final class Instance {

    final int scale;
    final boolean rounded;
    final String[] validatorIds;
    final long[] stake;
    final String[] chainIds;
    final long[] profit;
    final Fraction[] alpha;
    final int[][] members;
    final long[][] weight;
    final long[][] amount;
    final long[] total;
    final long[] threshold;
    final int[][] chainsOf;
    final long[][] amountOn;
    final int[][] positionIn;

    Instance(int scale, boolean rounded, String[] validatorIds, long[] stake, String[] chainIds, long[] profit,
             Fraction[] alpha, int[][] members, long[][] weight, long[][] amount) {
        this.scale = scale;
        this.rounded = rounded;
        this.validatorIds = validatorIds;
        this.stake = stake;
        this.chainIds = chainIds;
        this.profit = profit;
        this.alpha = alpha;
        this.members = members;
        this.weight = weight;
        this.amount = amount;
        int m = chainIds.length;
        this.total = new long[m];
        this.threshold = new long[m];
        Map<long[], Long> sums = new IdentityHashMap<>();
        for (int s = 0; s < m; s++) {
            total[s] = sums.computeIfAbsent(weight[s], w -> Arrays.stream(w).sum());
            threshold[s] = alpha[s].ceilTimes(total[s]);
        }
        int n = validatorIds.length;
        int[] count = new int[n];
        for (int[] mem : members) {
            for (int v : mem) {
                count[v]++;
            }
        }
        this.chainsOf = new int[n][];
        this.amountOn = new long[n][];
        this.positionIn = new int[n][];
        for (int v = 0; v < n; v++) {
            chainsOf[v] = new int[count[v]];
            amountOn[v] = new long[count[v]];
            positionIn[v] = new int[count[v]];
            count[v] = 0;
        }
        for (int s = 0; s < m; s++) {
            for (int k = 0; k < members[s].length; k++) {
                int v = members[s][k];
                chainsOf[v][count[v]] = s;
                positionIn[v][count[v]] = k;
                amountOn[v][count[v]++] = amount[s][k];
            }
        }
    }

    public int scale() { return scale; }
    /** True when some value needed more decimals than the scale keeps (rounded half-even). */
    public boolean rounded() { return rounded; }
    public int validatorCount() { return validatorIds.length; }
    public int chainCount() { return chainIds.length; }
    public String validatorId(int v) { return validatorIds[v]; }
    public String chainId(int s) { return chainIds[s]; }
    public long stake(int v) { return stake[v]; }
    public long profit(int s) { return profit[s]; }
    public Fraction alpha(int s) { return alpha[s]; }
    public int[] members(int s) { return members[s]; }
    public long[] weights(int s) { return weight[s]; }
    public long[] amounts(int s) { return amount[s]; }
    /** C_s: total weight securing chain s. */
    public long total(int s) { return total[s]; }
    /** T_s = ⌈α_s·C_s⌉. */
    public long threshold(int s) { return threshold[s]; }
    public int[] chainsOf(int v) { return chainsOf[v]; }
    public long[] amountsOf(int v) { return amountOn[v]; }
    /** positionsOf(v)[k]: v's index in {@code members(chainsOf(v)[k])}. */
    public int[] positionsOf(int v) { return positionIn[v]; }

    /** σ(V) in units. */
    public long totalStake() {
        return Arrays.stream(stake).sum();
    }

    /**
     * False for a chain's security from outside the file ({@link InstanceBuilder#EXTERNAL} block): it can be bought
     * by an attack like a validator, but a shock to the file's validators cannot remove it.
     */
    public boolean shockable(int v) {
        return !validatorIds[v].startsWith(InstanceBuilder.EXTERNAL);
    }

    /** The stake a shock of budget ψ is a fraction of: the file's validators, not external security. */
    public long shockableStake() {
        long sum = 0;
        for (int v = 0; v < stake.length; v++) {
            sum += shockable(v) ? stake[v] : 0;
        }
        return sum;
    }

    /** cost_v(A) = min(σ_v, Σ_{s∈A} a(v,s)) for the chains flagged in {@code inA}. */
    public long validatorCost(int v, boolean[] inA) {
        long sum = 0;
        for (int k = 0; k < chainsOf[v].length; k++) {
            if (inA[chainsOf[v][k]]) {
                sum += amountOn[v][k];
            }
        }
        return Math.min(stake[v], sum);
    }

    /** True when v's cost can never reach σ_v: Σ over all its chains of a(v,s) ≤ σ_v. */
    public boolean neverCapped(int v) {
        return Arrays.stream(amountOn[v]).sum() <= stake[v];
    }

    /** True when every a(v,s) ≥ σ_v (pooled everywhere): cost is σ_v as soon as one chain is attacked. */
    public boolean pooledEverywhere(int v) {
        return Arrays.stream(amountOn[v]).allMatch(a -> a >= stake[v]);
    }

    /**
     * Exact evaluation of a coalition (A, B): whether it is attacking, its cost and profit.
     *
     * @return null when A is empty or some s ∈ A misses its threshold
     */
    public Evaluation evaluate(List<Integer> chains, List<Integer> validators) {
        if (chains.isEmpty()) {
            return null;
        }
        boolean[] inA = new boolean[chainIds.length];
        chains.forEach(s -> inA[s] = true);
        boolean[] inB = new boolean[validatorIds.length];
        validators.forEach(v -> inB[v] = true);
        for (int s : chains) {
            long sum = 0;
            for (int k = 0; k < members[s].length; k++) {
                if (inB[members[s][k]]) {
                    sum += weight[s][k];
                }
            }
            if (sum < threshold[s]) {
                return null;
            }
        }
        long cost = 0;
        for (int v : validators) {
            cost += validatorCost(v, inA);
        }
        long prof = 0;
        for (int s : chains) {
            prof += profit[s];
        }
        return new Evaluation(cost, prof);
    }

    /**
     * The cheapest coalition against chain s alone (valid or not): min Σ c_v, c_v = min(σ_v, a(v,s)), subject to
     * Σ w(v,s) ≥ T_s; item indices are positions in {@link #members(int)}. Solved once per distinct (members,
     * weights, amounts, threshold) — chains inheriting one securing set share those arrays — and remembered.
     *
     * @param nodeLimit the branch-and-bound budget when the exact DPs do not apply ({@link CoverSolver})
     */
    public CoverSolver.Cover chainCover(int s, long nodeLimit) {
        CoverKey key = new CoverKey(members[s], weight[s], amount[s], threshold[s], nodeLimit);
        return memo(key, () -> {
            int[] mem = members[s];
            long[] c = new long[mem.length];
            for (int k = 0; k < mem.length; k++) {
                c[k] = Math.min(stake[mem[k]], amount[s][k]);
            }
            return CoverSolver.solve(weight[s], c, threshold[s], nodeLimit);
        });
    }

    /** Identity of the arrays (shared between chains with one securing set), not their content. */
    private record CoverKey(int[] members, long[] weight, long[] amount, long threshold, long nodeLimit) {
        @Override
        public boolean equals(Object o) {
            return o instanceof CoverKey k && members == k.members && weight == k.weight && amount == k.amount
                    && threshold == k.threshold && nodeLimit == k.nodeLimit;
        }

        @Override
        public int hashCode() {
            return (System.identityHashCode(members) * 31 + System.identityHashCode(weight)) * 31
                    + System.identityHashCode(amount) + Long.hashCode(threshold * 31 + nodeLimit);
        }
    }

    /**
     * A value derived only from this (immutable) instance, computed once: covers, components, uniform levels.
     * Thread-safe; a value may be computed twice by racing threads, and either result is kept.
     */
    @SuppressWarnings("unchecked")
    <T> T memo(Object key, Supplier<T> compute) {
        Object v = memo.get(key);
        if (v == null) {
            v = compute.get();
            Object prev = memo.putIfAbsent(key, v == null ? NULL : v);
            v = prev != null ? prev : v == null ? NULL : v;
        }
        return v == NULL ? null : (T) v;
    }

    private static final Object NULL = new Object();
    private final Map<Object, Object> memo = new ConcurrentHashMap<>();

    /** Cost and profit of an attacking coalition, in units. */
    public record Evaluation(long cost, long profit) {
        public long net() {
            return profit - cost;
        }
    }
}
