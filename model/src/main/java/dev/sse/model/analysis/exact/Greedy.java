package dev.sse.model.analysis.exact;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Cheap good coalitions, used only as starting points and solver hints (never as answers): validators are
 * added one by one in a fixed order (by stake, then by profit reach per unit of stake, both descending); after
 * each addition A is every chain whose threshold the prefix B meets, and the prefix is scored by its exact
 * cost and profit. Each chain's cheapest single-chain cover is scored too, alone and with every chain it
 * also meets. Heavy-tailed networks are usually attacked by their largest validators, so one of these
 * prefixes is often optimal or close to it.
 */
public final class Greedy {

    private Greedy() {
    }

    /**
     * Found coalitions.
     *
     * @param bestRatio the prefix coalition with the least cost/profit (profit &gt; 0), or null
     * @param bestNet   the prefix coalition with the largest profit − cost, or null when none is positive
     */
    public record Found(Coalition bestRatio, Coalition bestNet) {
    }

    /** Prefix coalitions and single-chain covers. */
    public static Found of(Instance inst) {
        return of(inst, true);
    }

    /**
     * @param covers also score the single-chain covers (else prefixes only: as a Dinkelbach start they proved
     *               slower on the bundled samples, their ratios being close to the optimum yet hard to improve)
     */
    public static Found of(Instance inst, boolean covers) {
        int n = inst.validatorCount();
        Integer[] byStake = new Integer[n];
        Integer[] byReach = new Integer[n];
        double[] reach = new double[n];
        for (int v = 0; v < n; v++) {
            byStake[v] = v;
            byReach[v] = v;
            int[] cs = inst.chainsOf(v);
            int[] at = inst.positionsOf(v);
            for (int k = 0; k < cs.length; k++) {
                int s = cs[k];
                int pos = at[k];
                long t = Math.max(1, inst.threshold(s));
                reach[v] += (double) inst.profit(s) * Math.min(1.0, (double) inst.weights(s)[pos] / t);
            }
            reach[v] /= Math.max(1, inst.stake(v));
        }
        Arrays.sort(byStake, (a, b) -> inst.stake(a) != inst.stake(b) ? Long.compare(inst.stake(b), inst.stake(a))
                : Integer.compare(a, b));
        Arrays.sort(byReach, (a, b) -> reach[a] != reach[b] ? Double.compare(reach[b], reach[a]) : Integer.compare(a, b));
        Found f1 = prefixes(inst, byStake);
        Found f2 = prefixes(inst, byReach);
        Found f3 = covers ? covers(inst) : new Found(null, null);
        return new Found(betterRatio(betterRatio(f1.bestRatio, f2.bestRatio), f3.bestRatio),
                betterNet(betterNet(f1.bestNet, f2.bestNet), f3.bestNet));
    }

    /**
     * For each chain s, B = its cheapest single-chain cover ({@link Instance#chainCover}), scored attacking s
     * alone and attacking every chain whose threshold B meets.
     */
    private static Found covers(Instance inst) {
        Coalition bestRatio = null;
        Coalition bestNet = null;
        for (int s = 0; s < inst.chainCount(); s++) {
            CoverSolver.Cover cover = inst.chainCover(s, CoverSolver.DEFAULT_NODES);
            if (cover == null) {
                continue;
            }
            List<Integer> b = new ArrayList<>();
            for (int k : cover.items()) {
                b.add(inst.members(s)[k]);
            }
            b.sort(null);
            for (List<Integer> a : List.of(List.of(s), met(inst, b))) {
                Instance.Evaluation e = inst.evaluate(a, b);
                if (e == null || e.profit() <= 0) {
                    continue;
                }
                boolean[] inA = new boolean[inst.chainCount()];
                a.forEach(x -> inA[x] = true);
                Coalition c = new Coalition(a, canonical(inst, b, inA), e.cost(), e.profit());
                bestRatio = betterRatio(bestRatio, c);
                bestNet = c.net() > 0 ? betterNet(bestNet, c) : bestNet;
            }
        }
        return new Found(bestRatio, bestNet);
    }

    /** The chains whose threshold the validators b meet. */
    private static List<Integer> met(Instance inst, List<Integer> b) {
        long[] reached = new long[inst.chainCount()];
        for (int v : b) {
            int[] cs = inst.chainsOf(v);
            int[] at = inst.positionsOf(v);
            for (int k = 0; k < cs.length; k++) {
                reached[cs[k]] += inst.weights(cs[k])[at[k]];
            }
        }
        List<Integer> a = new ArrayList<>();
        for (int s = 0; s < inst.chainCount(); s++) {
            if (reached[s] >= inst.threshold(s)) {
                a.add(s);
            }
        }
        return a;
    }

    private static Found prefixes(Instance inst, Integer[] order) {
        int m = inst.chainCount();
        long[] reached = new long[m];
        boolean[] inA = new boolean[m];
        List<Integer> a = new ArrayList<>();
        List<Integer> b = new ArrayList<>();
        long profit = 0;
        long cost = 0;
        Coalition bestRatio = null;
        Coalition bestNet = null;
        // chains with T_s = 0 are met by the empty coalition
        for (int s = 0; s < m; s++) {
            if (inst.threshold(s) <= 0) {
                inA[s] = true;
                a.add(s);
                profit += inst.profit(s);
            }
        }
        for (Integer v : order) {
            b.add(v);
            int[] cs = inst.chainsOf(v);
            int[] at = inst.positionsOf(v);
            boolean grew = false;
            for (int k = 0; k < cs.length; k++) {
                int s = cs[k];
                reached[s] += inst.weights(s)[at[k]];
                if (!inA[s] && reached[s] >= inst.threshold(s)) {
                    inA[s] = true;
                    a.add(s);
                    profit += inst.profit(s);
                    grew = true;
                }
            }
            if (grew) {
                cost = 0;
                for (int u : b) {
                    cost += inst.validatorCost(u, inA);
                }
            } else {
                cost += inst.validatorCost(v, inA);
            }
            if (profit <= 0) {
                continue;
            }
            if (bestRatio == null || (double) cost * bestRatio.profit() < (double) bestRatio.cost() * profit) {
                bestRatio = new Coalition(List.copyOf(a), canonical(inst, b, inA), cost, profit);
            }
            if (profit - cost > 0 && (bestNet == null || profit - cost > bestNet.net())) {
                bestNet = new Coalition(List.copyOf(a), canonical(inst, b, inA), cost, profit);
            }
        }
        return new Found(bestRatio, bestNet);
    }

    /** B without validators that secure no attacked chain (they add nothing and cost nothing). */
    private static List<Integer> canonical(Instance inst, List<Integer> b, boolean[] inA) {
        List<Integer> out = new ArrayList<>();
        for (int v : b) {
            for (int s : inst.chainsOf(v)) {
                if (inA[s]) {
                    out.add(v);
                    break;
                }
            }
        }
        out.sort(null);
        return out;
    }

    private static Coalition betterRatio(Coalition x, Coalition y) {
        if (x == null || y == null) {
            return x == null ? y : x;
        }
        return Fraction.of(y.cost(), y.profit()).compareTo(Fraction.of(x.cost(), x.profit())) < 0 ? y : x;
    }

    private static Coalition betterNet(Coalition x, Coalition y) {
        if (x == null || y == null) {
            return x == null ? y : x;
        }
        return y.net() > x.net() ? y : x;
    }
}
