package dev.sse.model.analysis.exact;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Local search over the attacking validators B on networks where every validator is pooled everywhere (its cost
 * is its whole stake σ_v as soon as it joins), the EigenLayer pooled case of issue 20. For a given B the best A
 * is every chain with π_s &gt; 0 whose threshold B meets, so the search moves B only: drop one validator, add one,
 * or swap one in B for one outside, taking the first move that raises the net; when none does, an iterated
 * local search kick (drop a few validators of B, seeded) restarts it, and the best B seen is kept.
 * Every move is evaluated exactly in the instance's integer units, and the work is counted in moves tried
 * (never the clock), so the same instance and budget give the same coalition. Results are starting points and
 * solver hints only; callers re-verify them ({@link Instance#evaluate}).
 */
public final class LocalSearch {

    private final Instance inst;
    private final boolean[] inB;
    private final long[] covered;
    private long net;
    private long work;
    private final long budget;

    private LocalSearch(Instance inst, long budget) {
        this.inst = inst;
        this.inB = new boolean[inst.validatorCount()];
        this.covered = new long[inst.chainCount()];
        this.budget = budget;
    }

    /** Whether every validator's cost is its whole stake (the case this search handles). */
    public static boolean applies(Instance inst) {
        for (int v = 0; v < inst.validatorCount(); v++) {
            if (inst.chainsOf(v).length > 0 && !inst.pooledEverywhere(v)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The best attack the search finds from {@code start} (may be null: from the empty coalition), or
     * {@code start} itself when nothing better turns up; null when neither gains anything.
     *
     * @param budget moves to try (each costs about the degree of the validators it touches)
     */
    public static Coalition improve(Instance inst, Coalition start, long budget) {
        if (!applies(inst)) {
            return start;
        }
        LocalSearch ls = new LocalSearch(inst, budget);
        if (start != null) {
            start.validators().forEach(v -> ls.flip(v));
        }
        boolean[] best = ls.inB.clone();
        long bestNet = ls.net;
        SplittableRandom random = new SplittableRandom(20);
        while (ls.work < budget) {
            ls.descend();
            if (ls.net > bestNet) {
                bestNet = ls.net;
                System.arraycopy(ls.inB, 0, best, 0, best.length);
            }
            ls.kick(random, best);
        }
        return coalition(inst, best, start);
    }

    private static Coalition coalition(Instance inst, boolean[] inB, Coalition start) {
        List<Integer> b = new ArrayList<>();
        for (int v = 0; v < inB.length; v++) {
            if (inB[v]) {
                b.add(v);
            }
        }
        List<Integer> a = new ArrayList<>();
        for (int s = 0; s < inst.chainCount(); s++) {
            long sum = 0;
            int[] mem = inst.members(s);
            for (int k = 0; k < mem.length; k++) {
                sum += inB[mem[k]] ? inst.weights(s)[k] : 0;
            }
            if (inst.profit(s) > 0 && sum >= inst.threshold(s)) {
                a.add(s);
            }
        }
        Instance.Evaluation e = inst.evaluate(a, b);
        if (e == null || e.net() <= 0 || start != null && e.net() <= start.net()) {
            return start != null && start.net() > 0 ? start : null;
        }
        // canonical: only validators of an attacked chain
        boolean[] inA = new boolean[inst.chainCount()];
        a.forEach(s -> inA[s] = true);
        List<Integer> kept = b.stream().filter(v -> inst.validatorCost(v, inA) > 0).toList();
        Instance.Evaluation k = inst.evaluate(a, kept);
        return new Coalition(a, kept, k.cost(), k.profit());
    }

    /** Net of the chains {@code s} contributes when its covered weight moves from {@code before} to {@code after}. */
    private long gain(int s, long before, long after) {
        long t = inst.threshold(s);
        long p = Math.max(0, inst.profit(s));
        return (after >= t ? p : 0) - (before >= t ? p : 0);
    }

    /** Net change of flipping v (in ↔ out), without applying it. */
    private long delta(int v) {
        int[] cs = inst.chainsOf(v);
        int[] at = inst.positionsOf(v);
        long sign = inB[v] ? -1 : 1;
        long d = -sign * inst.stake(v);
        for (int k = 0; k < cs.length; k++) {
            long w = inst.weights(cs[k])[at[k]];
            d += gain(cs[k], covered[cs[k]], covered[cs[k]] + sign * w);
        }
        work += 1 + cs.length;
        return d;
    }

    private void flip(int v) {
        long d = delta(v);
        int[] cs = inst.chainsOf(v);
        int[] at = inst.positionsOf(v);
        long sign = inB[v] ? -1 : 1;
        for (int k = 0; k < cs.length; k++) {
            covered[cs[k]] += sign * inst.weights(cs[k])[at[k]];
        }
        inB[v] = !inB[v];
        net += d;
    }

    /** First-improvement descent over drops, adds and swaps until no move raises the net or the budget ends. */
    private void descend() {
        boolean improved = true;
        int n = inB.length;
        while (improved && work < budget) {
            improved = false;
            for (int v = 0; v < n && work < budget; v++) {
                if (inst.chainsOf(v).length > 0 && delta(v) > 0) {
                    flip(v);
                    improved = true;
                }
            }
            for (int v = 0; v < n && work < budget && !improved; v++) {
                if (!inB[v]) {
                    continue;
                }
                long before = net;
                flip(v);
                for (int u = 0; u < n && work < budget; u++) {
                    if (u != v && !inB[u] && inst.chainsOf(u).length > 0 && net + delta(u) > before) {
                        flip(u);
                        improved = true;
                        break;
                    }
                }
                if (!improved) {
                    flip(v);
                }
            }
        }
    }

    /** Restarts from the best B with a few of its validators dropped (seeded). */
    private void kick(SplittableRandom random, boolean[] best) {
        for (int v = 0; v < inB.length; v++) {
            if (inB[v] != best[v]) {
                flip(v);
            }
        }
        List<Integer> members = new ArrayList<>();
        for (int v = 0; v < inB.length; v++) {
            if (inB[v]) {
                members.add(v);
            }
        }
        for (int i = 0; i < Math.min(3, members.size()); i++) {
            int v = members.get(random.nextInt(members.size()));
            if (inB[v]) {
                flip(v);
            }
        }
        work += inB.length;
    }
}
