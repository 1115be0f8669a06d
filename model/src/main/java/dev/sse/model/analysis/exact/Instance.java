package dev.sse.model.analysis.exact;

import java.util.Arrays;
import java.util.List;

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
        for (int s = 0; s < m; s++) {
            total[s] = Arrays.stream(weight[s]).sum();
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
        for (int v = 0; v < n; v++) {
            chainsOf[v] = new int[count[v]];
            amountOn[v] = new long[count[v]];
            count[v] = 0;
        }
        for (int s = 0; s < m; s++) {
            for (int k = 0; k < members[s].length; k++) {
                int v = members[s][k];
                chainsOf[v][count[v]] = s;
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

    /** σ(V) in units. */
    public long totalStake() {
        return Arrays.stream(stake).sum();
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

    /** Cost and profit of an attacking coalition, in units. */
    public record Evaluation(long cost, long profit) {
        public long net() {
            return profit - cost;
        }
    }
}
