package dev.sse.model.analysis;

import dev.sse.model.analysis.exact.BruteForce;
import dev.sse.model.analysis.exact.CoverSolver;
import dev.sse.model.analysis.exact.Fraction;
import dev.sse.model.analysis.exact.Instance;
import dev.sse.model.analysis.exact.InstanceBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Brute force for the bound tests (issue 20): every attacking coalition (A, B) of a small instance with its cost and
 * profit, and each chain's proven cover and profit, the figures {@code RatioBound}, {@code SplitCover},
 * {@code LagrangeBound} and {@code MilpRatio.stepBound} are checked against.
 */
final class Coalitions {

    private Coalitions() {
    }

    /** The members of {@code mask} among 0..n−1, in order. */
    static List<Integer> bits(int mask, int n) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if ((mask >> i & 1) == 1) {
                out.add(i);
            }
        }
        return out;
    }

    /** Each non-empty set of chains A with each set of validators B that attacks it, with the evaluation. */
    static void forEach(Instance inst, BiConsumer<List<Integer>, Instance.Evaluation> each) {
        int n = inst.validatorCount();
        int m = inst.chainCount();
        for (int a = 1; a < 1 << m; a++) {
            List<Integer> chains = bits(a, m);
            for (int bs = 0; bs < 1 << n; bs++) {
                Instance.Evaluation e = inst.evaluate(chains, bits(bs, n));
                if (e != null) {
                    each.accept(chains, e);
                }
            }
        }
    }

    /** A Dinkelbach step's true minimum of g·cost − num·profit over the coalitions with profit ≥ 1 (MAX if none). */
    static long stepMinimum(Instance inst, long g, long num) {
        long[] min = {Long.MAX_VALUE};
        forEach(inst, (chains, e) -> {
            if (e.profit() >= 1) {
                min[0] = Math.min(min[0], g * e.cost() - num * e.profit());
            }
        });
        return min[0];
    }

    /** Each chain's proven cover (its search's lower bound; 0 where none). */
    static long[] covers(Instance inst) {
        long[] cover = new long[inst.chainCount()];
        for (int s = 0; s < cover.length; s++) {
            CoverSolver.Cover c = inst.chainCover(s, CoverSolver.DEFAULT_NODES);
            cover[s] = c == null ? 0 : c.lowerBound();
        }
        return cover;
    }

    /** Each chain's profit. */
    static long[] profits(Instance inst) {
        long[] profit = new long[inst.chainCount()];
        for (int s = 0; s < profit.length; s++) {
            profit[s] = inst.profit(s);
        }
        return profit;
    }

    /**
     * A random small instance ({@link BruteForceVsMilpTest#random}) with its brute-force min cost/profit and the best
     * attack's net (0 when no attack nets anything).
     */
    record Truth(Instance inst, Fraction ratio, long net) {
    }

    /** The brute-force truth of the random instance of {@code seed}; null when no coalition has a ratio. */
    static Truth random(long seed) {
        Instance inst = InstanceBuilder.build(BruteForceVsMilpTest.random(seed), Map.of(), Set.of(), Set.of()).instance();
        BruteForce bf = new BruteForce(inst);
        long[] best = bf.minRatio();
        if (best == null) {
            return null;
        }
        var attack = bf.bestAttack();
        return new Truth(inst, Fraction.of(best[0], best[1]), attack == null ? 0 : attack.net());
    }
}
