package dev.sse.model.analysis.milp;

import dev.sse.model.analysis.exact.Coalition;
import dev.sse.model.analysis.exact.Instance;
import dev.sse.model.analysis.exact.LocalSearch;
import java.util.stream.IntStream;

/**
 * Improves a large network's attack by neighbourhood solves guided by the LP relaxation (issue 20, seventh session):
 * with the attack's chains pinned (y = 1; the other chains stay free) the LP is solved once ({@link LpGuide}); each
 * round then fixes every validator where the incumbent agrees with an integral LP value and whose reduced cost per unit
 * of stake is not among the {@link #CORE} smallest, and CP-SAT solves the rest, hinted with the incumbent. This joins
 * RINS (Danna, Rothberg, Le Pape, "Exploring relaxation induced neighborhoods to improve MIP solutions", Math. Prog.
 * 102, 2005: fix where incumbent and LP agree) and the core of a multi-dimensional knapsack (Puchinger, Raidl, Pferschy,
 * "The multidimensional knapsack problem: structure and algorithms", INFORMS J. Comput. 22, 2010: the items whose
 * efficiency is near the LP's are the ones worth deciding). Rounds go on while one improves; each improvement is
 * polished by {@link LocalSearch}.
 *
 * <p>Measured on pooled 1,900 × 42 (seed 7, profits × 1, every chain pinned): from a 1-unit CP-SAT attack (2.6799 B
 * polished), rounds of 1 unit reach 2.7535 B after 1 unit and 2.7557 B after 3.35 (the last neighbourhood proven
 * optimal), where CP-SAT on the whole pinned model stays at 2.7428 B after 10 units and HiGHS finds 2.755 B in 20 s. In
 * {@code analyze} (after the restricted solves, 2.5 units of rounds) the best attack went from 2.7340 to 2.7519 B and
 * its bound's gap from 1.75% to 0.86% (docs/performance.md, seventh session). Every solve is deterministic work and
 * the LP is a simplex without limits, so the answer never depends on the clock.
 */
final class CoreSearch {

    /**
     * Budget of the rounds, as a share of the best attack's budget, not charged to it: the restricted and free solves
     * keep theirs. Measured (whole process, seed 7; attack and bound gap): charged, with the restricted solves cut to
     * a tenth, 1,900 × 42 × 1 gained most (2.7564 B, 0.87%) but pooled 10,000 × 100 lost 5% (20.3088 → 19.2727 B),
     * its rounds pinned to the 89 chains of a shorter restricted solve; not charged, every network measured gained:
     * 1,900 × 42 × 1 / × 2 / × 3 and seed 8, 10,000 × 100 (docs/performance.md, seventh session), for about 2.5 s.
     */
    static final double SHARE = 0.5;
    /** Validators left free by their reduced cost alone, per 1,900 (measured: 100 too few, 200 and 300 both reach 2.755 B). */
    static final int CORE = 200;
    /** Budget of one round, at most what is left. */
    static final double ROUND = 1.0;
    /** Local search moves polishing each improvement ({@link MilpBestAttack#LOCAL_SEARCH_MOVES}). */
    private static final long POLISH = MilpBestAttack.LOCAL_SEARCH_MOVES;

    private CoreSearch() {
    }

    /**
     * Whether the rounds run: on networks of {@link MilpBestAttack#PROBE_BELOW} validators + chains or more where every
     * validator's cost is its whole stake ({@link LocalSearch#applies}: pooled restaking, whose model has only x and y),
     * with CP-SAT. Not with unique stake: its model's u, c and z rows make the LP slow (unique 3,000 × 100, profits × 3:
     * 14,389 variables and 37,067 rows, 13.8 s in GLOP, 16.1 s in HiGHS, 62 s in PDLP, for no better attack; unique
     * 1,000 × 100 × 3 gained 12%, 310.2 → 347.8 M, for 0.7 s of LP).
     */
    static boolean applies(Instance inst, IlpBackend backend) {
        return MilpBestAttack.large(inst) && backend instanceof CpSatBackend && LocalSearch.applies(inst);
    }

    /**
     * Rounds from {@code start} (a full assignment of {@code am}'s model) within {@code budget} units: the best
     * assignment found (start when nothing better).
     */
    static long[] improve(Instance inst, AttackModel am, LinExpr net, long[] start, IlpBackend backend, double budget) {
        Coalition incumbent = am.coalition(start);
        if (incumbent == null || incumbent.chains().isEmpty() || budget <= 0 || Thread.currentThread().isInterrupted()) {
            return start;
        }
        IlpModel pinned = am.model.copy();
        for (int s : incumbent.chains()) {
            pinned.fix(am.y[s], 1);
        }
        LpGuide lp = LpGuide.solve(pinned);
        if (lp == null) {
            return start;
        }
        int core = (int) Math.min(inst.validatorCount(), Math.max(1, (long) CORE * inst.validatorCount() / 1_900));
        boolean[] loose = lp.loosest(am.x, IntStream.range(0, am.x.length).mapToLong(inst::stake).toArray(), core);
        long[] best = start;
        long bestNet = IlpModel.eval(net, start);
        double used = 0;
        while (budget - used > 0.05 && !Thread.currentThread().isInterrupted()) {
            IlpModel round = pinned.copy();
            for (int v = 0; v < am.x.length; v++) {
                double value = lp.value(am.x[v]);
                boolean integral = value < LpGuide.EPS || value > 1 - LpGuide.EPS;
                if (!loose[v] && integral && (value > 0.5) == (best[am.x[v]] == 1)) {
                    round.fix(am.x[v], best[am.x[v]]);
                }
            }
            round.hint(best);
            IlpResult r = backend.solve(round, Math.min(ROUND, budget - used));
            used += r.work();
            Coalition c = r.hasSolution() ? am.coalition(r.values()) : null;
            if (c == null || c.net() <= bestNet) {
                break;
            }
            Coalition polished = LocalSearch.improve(inst, c, POLISH);
            if (polished == null || polished.net() < c.net()) {
                polished = c; // nothing gains (the search keeps only attacks netting more than 0)
            }
            best = RatioStart.hint(inst, am, polished.chains(), polished.validators());
            bestNet = IlpModel.eval(net, best);
            if (!polished.chains().equals(incumbent.chains())) {
                break; // the polish changed the attacked chains: the pinned model no longer describes the incumbent
            }
        }
        return best;
    }
}
