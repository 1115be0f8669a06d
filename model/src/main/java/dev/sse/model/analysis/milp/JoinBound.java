package dev.sse.model.analysis.milp;

import dev.sse.model.analysis.exact.Instance;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;

/**
 * A proof, without a solve, that a validator cannot join an optimal attack in {@link MilpBestAttack}'s validator
 * tie-break. There the attacked chains A are fixed, the validators before position i of the id order are decided
 * (those taken are the prefix) and the question is whether some B containing the prefix and validator order[i],
 * the rest from positions after i, covers every chain of A at cost C* exactly. It cannot when
 * <ul>
 *   <li>order[i] attacks no chain of A: the model's canonical row x_v ≤ Σ_{s∋v} y_s then fixes it out;</li>
 *   <li>for some chain s of A, the cheapest fractional cover of what the prefix and order[i] leave of T_s, from the
 *       undecided members of s at their costs under A (the LP bound of {@link dev.sse.model.analysis.exact.CoverSolver},
 *       members taken in increasing cost/weight), exceeds what C* leaves, or they cannot reach T_s at all.</li>
 * </ul>
 * Either way the solve it replaces would have found no solution, so the tie-break's answer is unchanged. Issue 20:
 * on the 350 × 25 pooled network each such solve cost about 5 ms of model building for a propagation-level
 * infeasibility, 326 of them.
 */
final class JoinBound {

    private final Instance inst;
    private final boolean[] inA;
    private final int[] rank;
    private final int[] chains;
    /** Per chain of A: member positions (in inst.members(s)) by increasing cost/weight. */
    private final int[][] byRatio;
    private final long[] cost;

    JoinBound(Instance inst, boolean[] inA, Integer[] order) {
        this.inst = inst;
        this.inA = inA;
        rank = new int[inst.validatorCount()];
        Arrays.fill(rank, -1);
        for (int i = 0; i < order.length; i++) {
            rank[order[i]] = i;
        }
        cost = new long[inst.validatorCount()];
        for (int v = 0; v < cost.length; v++) {
            cost[v] = inst.validatorCost(v, inA);
        }
        chains = java.util.stream.IntStream.range(0, inA.length).filter(s -> inA[s]).toArray();
        byRatio = new int[chains.length][];
        for (int j = 0; j < chains.length; j++) {
            int[] mem = inst.members(chains[j]);
            long[] w = inst.weights(chains[j]);
            byRatio[j] = java.util.stream.IntStream.range(0, mem.length).filter(k -> w[k] > 0).boxed()
                    .sorted((a, b) -> BigInteger.valueOf(cost[mem[a]]).multiply(BigInteger.valueOf(w[b]))
                            .compareTo(BigInteger.valueOf(cost[mem[b]]).multiply(BigInteger.valueOf(w[a]))))
                    .mapToInt(Integer::intValue).toArray();
        }
    }

    /**
     * @param v      the validator asked about
     * @param i      its position in the tie-break's order
     * @param prefix validators decided in (all before position i)
     * @param slack  C* − cost(prefix) − cost(order[i]) (≥ 0)
     * @return true when no optimal attack can contain prefix ∪ {order[i]}
     */
    boolean cannotJoin(int v, int i, List<Integer> prefix, long slack) {
        boolean touches = false;
        for (int s : inst.chainsOf(v)) {
            touches |= inA[s];
        }
        if (!touches) {
            return true;
        }
        for (int j = 0; j < chains.length; j++) {
            int s = chains[j];
            int[] mem = inst.members(s);
            long[] w = inst.weights(s);
            long need = inst.threshold(s);
            for (int k = 0; k < mem.length; k++) {
                if (mem[k] == v || prefix.contains(mem[k])) {
                    need -= w[k];
                }
            }
            if (need > 0 && exceeds(mem, w, byRatio[j], i, need, slack)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the fractional cover of {@code need} by members after position i costs more than {@code slack}. */
    private boolean exceeds(int[] mem, long[] w, int[] sorted, int i, long need, long slack) {
        long spent = 0;
        for (int k : sorted) {
            if (rank[mem[k]] <= i) {
                continue;
            }
            long c = cost[mem[k]];
            if (w[k] >= need) {
                // spent + c·need/w > slack, exactly
                return BigInteger.valueOf(slack - spent).multiply(BigInteger.valueOf(w[k]))
                        .compareTo(BigInteger.valueOf(c).multiply(BigInteger.valueOf(need))) < 0;
            }
            need -= w[k];
            spent += c;
            if (spent > slack) {
                return true;
            }
        }
        return true; // the undecided members cannot reach T_s
    }
}
