package dev.sse.model.analysis.milp;

import dev.sse.model.analysis.exact.Coalition;
import dev.sse.model.analysis.exact.Fraction;
import dev.sse.model.analysis.exact.Greedy;
import dev.sse.model.analysis.exact.Instance;
import java.util.ArrayList;
import java.util.List;

/**
 * A starting coalition of {@link MilpRatio}'s Dinkelbach loop: its cost, profit and full assignment (the first
 * step's hint).
 */
record RatioStart(long cost, long profit, long[] hint) {

    /** The best {@link Greedy} prefix coalition with profit &gt; 0, or null. */
    static RatioStart greedy(Instance inst, AttackModel am) {
        Coalition greedy = Greedy.of(inst, false).bestRatio();
        if (greedy == null) {
            return null;
        }
        RatioStart start = of(inst, am, greedy.chains(), greedy.validators());
        if (start == null) {
            throw new IllegalStateException("greedy coalition failed exact re-verification");
        }
        return start;
    }

    /**
     * Whether the {@code seed} (the best attack) attacks with a ratio below the greedy start's (issue 20: on pooled
     * 350 × 25 the best attack's coalition is the margin's argmin, and the greedy's ratio is 10% above it); asked
     * before any model is built, so a seed that would not be used costs two evaluations.
     */
    static boolean belowGreedy(Instance inst, Coalition seed) {
        Instance.Evaluation s = inst.evaluate(seed.chains(), seed.validators());
        if (s == null || s.profit() <= 0) {
            return false;
        }
        Coalition greedy = Greedy.of(inst, false).bestRatio();
        Instance.Evaluation g = greedy == null ? null : inst.evaluate(greedy.chains(), greedy.validators());
        return g == null || g.profit() <= 0 || Fraction.compareProducts(s.cost(), g.profit(), g.cost(), s.profit()) < 0;
    }

    /** The {@code seed} as a start (null when it does not attack with a profit). */
    static RatioStart seeded(Instance inst, AttackModel am, Coalition seed) {
        return of(inst, am, seed.chains(), seed.validators());
    }

    /**
     * The best single-chain coalition "all of N(s)": a poor ratio, yet the first step from it (a large λ)
     * often jumps straight to a deep optimum on large networks, where the greedy start stalls.
     */
    static RatioStart naive(Instance inst, AttackModel am) {
        RatioStart best = null;
        for (int s = 0; s < inst.chainCount(); s++) {
            if (inst.profit(s) <= 0) {
                continue;
            }
            List<Integer> b = new ArrayList<>();
            for (int v : inst.members(s)) {
                b.add(v);
            }
            RatioStart e = of(inst, am, List.of(s), b);
            if (e != null && (best == null || Fraction.compareProducts(e.cost, best.profit, best.cost, e.profit) < 0)) {
                best = e;
            }
        }
        return best;
    }

    /** The coalition (A, B) re-evaluated exactly, or null when B does not attack A or A has no profit. */
    private static RatioStart of(Instance inst, AttackModel am, List<Integer> chains, List<Integer> validators) {
        Instance.Evaluation e = inst.evaluate(chains, validators);
        if (e == null || e.profit() <= 0) {
            return null;
        }
        return new RatioStart(e.cost(), e.profit(), hint(inst, am, chains, validators));
    }

    static long[] hint(Instance inst, AttackModel am, List<Integer> chains, List<Integer> validators) {
        boolean[] inA = new boolean[inst.chainCount()];
        boolean[] inB = new boolean[inst.validatorCount()];
        chains.forEach(s -> inA[s] = true);
        validators.forEach(v -> inB[v] = true);
        return am.assignment(inA, inB, null);
    }
}
