package dev.sse.model.analysis.milp;

import dev.sse.model.analysis.exact.Fraction;
import dev.sse.model.analysis.exact.Instance;

/**
 * A proven lower bound on the margin's ratio min cost/profit from optimised Lagrange multipliers (issue 20).
 *
 * <p>For multipliers c in Π_v P_v ({@link LagrangeBound}) every coalition A pays at least Σ_{s∈A} L_s(c), so at a
 * ratio ρ = num/g it has g·cost − num·P ≥ b = −Σ_s max(0, num·π_s − g·L_s(c)): the bound of a Dinkelbach step,
 * which {@link RatioBound#lower} turns into a ratio bound with the chains' covers and the {@link SplitCover} cap.
 * When b = 0 the ratio is ≥ ρ outright. ρ is bisected between the bound already held and the incumbent ratio, each
 * trial a fixed number of subgradient steps aiming at U_ρ = 0 (warm-started from the last multipliers), so the
 * search is deterministic; a trial holds when its bound is within a grid step of ρ. The answer is the best trial's.
 */
public final class LagrangeRatio {

    /** Bisection rounds on ρ and subgradient steps per round (measured on pooled 1,900 × 42, docs/performance.md). */
    static final int ROUNDS = 8;
    static final int STEPS = 60;
    /** ρ's denominator: ratios on a grid of 1/1024. */
    private static final long GRID = 1024;

    /** Largest Σ_s |N(s)| searched (the stress sample, 20,190, is in): each step sorts every chain's members. */
    static final long MAX_ALLOCATIONS = 25_000;

    private LagrangeRatio() {
    }

    /** Whether the network is small enough for {@link #lower} (about 1 s of CPU per 7,000 allocations). */
    public static boolean fits(Instance inst) {
        long sum = 0;
        for (int s = 0; s < inst.chainCount(); s++) {
            sum += inst.members(s).length;
        }
        return sum <= MAX_ALLOCATIONS;
    }

    /**
     * @param known     a proven lower bound already held, the lower end for ρ
     * @param incumbent the best ratio found (cost/profit of a coalition), the upper end for ρ
     * @param cover     per chain, a proven lower bound on the cost of any coalition attacking it
     * @return a proven lower bound on min cost/profit over coalitions with profit ≥ 1 (at least 0; the bisection's
     *         best, which may be below {@code known})
     */
    public static Fraction lower(Instance inst, Fraction known, Fraction incumbent, long[] cover) {
        int m = inst.chainCount();
        long[] profit = new long[m];
        for (int s = 0; s < m; s++) {
            profit[s] = inst.profit(s);
        }
        LagrangeBound lb = new LagrangeBound(inst);
        RatioBound.Cap cap = new SplitCover(inst).cap(1, 1);
        Fraction best = Fraction.ZERO;
        long lo = known.floorTimes(GRID);
        long hi = incumbent.floorTimes(GRID) + 1;
        for (int round = 0; round < ROUNDS && hi - lo > 1; round++) {
            long num = (lo + hi) / 2;
            lb.descend((double) num / GRID, STEPS, 0);
            long b;
            try {
                b = lb.stepBound(num, GRID);
            } catch (ArithmeticException e) {
                return best;
            }
            Fraction here = RatioBound.lower(num, GRID, b, cover, profit, cap);
            best = here.compareTo(best) > 0 ? here : best;
            // the trial "holds" when its bound is within one grid step of ρ (U_ρ ≈ 0 up to rounding)
            if (here.compareTo(Fraction.of(num - 1, GRID)) >= 0) {
                lo = num;
            } else {
                hi = num;
            }
        }
        return best;
    }
}
