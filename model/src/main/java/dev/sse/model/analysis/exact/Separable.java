package dev.sse.model.analysis.exact;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Exact shortcut for a component whose costs add up over chains: every validator has a single chain or never
 * reaches its stake cap (Σ_s a(v,s) ≤ σ_v, e.g. ELIP-002 unique stake split over AVSs). Then an attack (A, B)
 * costs Σ_{s∈A} Σ_{v∈B∩N(s)} min(σ_v, a(v,s)), and B ∩ N(s) must reach T_s for each attacked s, so
 * cost(A, B) ≥ Σ_{s∈A} cover(s), the chains' cheapest single-chain covers. Hence:
 * <ul>
 *   <li>net(A, B) ≤ Σ_{s∈A} (π_s − cover(s)): when no chain has π_s &gt; cover(s) (with the covers' proven lower
 *       bounds) no valid attack exists — proven without a MILP. Otherwise the caller runs the MILP.</li>
 *   <li>cost/profit ≥ Σ cover(s) / Σ π_s ≥ min_s cover(s)/π_s (a mediant), and the single chain s with its
 *       cheapest cover attains it: the minimum ratio is exactly min_s cover(s)/π_s.</li>
 * </ul>
 */
public final class Separable {

    private Separable() {
    }

    /** Whether every validator's cost is additive over the chains it secures. */
    public static boolean applies(Instance inst) {
        for (int v = 0; v < inst.validatorCount(); v++) {
            if (inst.chainsOf(v).length > 1 && !inst.neverCapped(v)) {
                return false;
            }
        }
        return inst.chainCount() > 0;
    }

    /** The proven absence of a valid attack, or null when some chain alone might be attacked at a profit. */
    public static Outcomes.Attack noAttack(Instance inst) {
        for (int s = 0; s < inst.chainCount(); s++) {
            CoverSolver.Cover cover = inst.chainCover(s, CoverSolver.DEFAULT_NODES);
            if (cover == null || inst.profit(s) > cover.lowerBound()) {
                return null;
            }
        }
        return new Outcomes.Attack(null, true, 0, "exact cover");
    }

    /**
     * A proven upper bound on the best attack's net, Σ_s max(0, π_s − cover(s)) with the covers' proven lower
     * bounds (issue 20: the MILP's own bound on unique-stake 1,000 × 100 with profits × 3 was 8× the attack).
     */
    public static long netBound(Instance inst) {
        long bound = 0;
        for (int s = 0; s < inst.chainCount(); s++) {
            CoverSolver.Cover cover = inst.chainCover(s, CoverSolver.DEFAULT_NODES);
            if (cover != null && inst.profit(s) > cover.lowerBound()) {
                bound = Math.addExact(bound, inst.profit(s) - cover.lowerBound());
            }
        }
        return bound;
    }

    /**
     * Every chain whose cheapest cover costs less than its profit, attacked with that cover, evaluated exactly: its
     * net reaches {@link #netBound} unless a validator of one cover also secures another attacked chain (it is then
     * slashed there too). A starting point and hint for the MILP; null when no chain gains.
     */
    public static Coalition unionOfCovers(Instance inst) {
        List<Integer> a = new ArrayList<>();
        TreeSet<Integer> b = new TreeSet<>();
        for (int s = 0; s < inst.chainCount(); s++) {
            CoverSolver.Cover cover = inst.chainCover(s, CoverSolver.DEFAULT_NODES);
            if (cover != null && inst.profit(s) > cover.cost()) {
                a.add(s);
                for (int k : cover.items()) {
                    b.add(inst.members(s)[k]);
                }
            }
        }
        Instance.Evaluation e = a.isEmpty() ? null : inst.evaluate(a, List.copyOf(b));
        return e == null ? null : new Coalition(a, List.copyOf(b), e.cost(), e.profit());
    }

    /** min_s cover(s)/π_s over chains with π_s &gt; 0; exact when those covers are. */
    public static Outcomes.Ratio minRatio(Instance inst) {
        long[] best = null;
        Fraction lower = null;
        boolean exact = true;
        for (int s = 0; s < inst.chainCount(); s++) {
            if (inst.profit(s) <= 0) {
                continue;
            }
            CoverSolver.Cover cover = inst.chainCover(s, CoverSolver.DEFAULT_NODES);
            if (cover == null) {
                continue;
            }
            exact &= cover.exact();
            Fraction r = Fraction.of(cover.cost(), inst.profit(s));
            Fraction lb = Fraction.of(cover.lowerBound(), inst.profit(s));
            if (best == null || r.compareTo(Fraction.of(best[0], best[1])) < 0) {
                best = new long[] {cover.cost(), inst.profit(s)};
            }
            lower = lower == null || lb.compareTo(lower) < 0 ? lb : lower;
        }
        if (best == null) {
            return new Outcomes.Ratio(0, 0, true, Fraction.ZERO, "exact cover");
        }
        Fraction r = Fraction.of(best[0], best[1]);
        return new Outcomes.Ratio(best[0], best[1], exact, exact ? r : lower, "exact cover");
    }
}
