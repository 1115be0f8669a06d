package dev.sse.model.analysis.milp;

import dev.sse.model.analysis.exact.Fraction;
import dev.sse.model.analysis.exact.Instance;
import dev.sse.model.analysis.exact.Outcomes;
import java.math.BigInteger;
import java.util.concurrent.Executor;

/**
 * Dinkelbach steps in the best attack's form (issue 20, fifth session): at a ratio ρ = num/g, maximise
 * num·profit − g·cost over every coalition, the empty one (value 0) included, on the model with the cover cuts. A
 * proven optimum of 0 proves cost/profit ≥ ρ for every coalition with a profit; a positive value is a coalition
 * below ρ. It is the best attack's model with profits × num and costs × g, and CP-SAT proves it about as quickly
 * (measured on pooled 350 × 25 with 18-decimal stakes: proven at ρ = 1.045 in 0.04 units and at the optimum's grid
 * value in 0.27), where {@link MilpRatio}'s step, min g·cost − num·profit subject to profit ≥ 1, proves nothing in 5
 * units at ρ = 1.04: leaving the empty coalition out, its LP relaxation still reaches profit ≥ 1 with y ≈ 0.
 *
 * <p>From an incumbent r: steps halfway between the proven lower end and r, each proven one raising the lower end and
 * each finding a coalition lowering r, until a step proven optimal has found r (or r is within 1/1024 of the lower
 * end); then Dinkelbach's steps at the best approximation of r from below whose coefficients fit 64 bits (r itself
 * when it fits; {@link RatioWindow#bracket}); once one proves 0, {@link RatioWindow}'s two steps (this form above r,
 * MilpRatio's below it, hinted with the incumbent) may prove r exact. When a step near r ends unproven, ρ is bisected
 * between the proven lower end and that step, each unproven step giving {@link MilpRatio#stepBound}. Budgets are
 * deterministic work, so is the answer.
 *
 * <p>Budgets (issue 20, fifth session, s9margin): a halving step first gets a short slice (2% of the budget) and the
 * whole slice only when that leaves it open. Measured on pooled 350 × 25 with 18 decimals: a step far above the argmin
 * (ρ = 1.20 or 1.19 against 1.0479) finds a coalition below ρ in 0.1 units but is not proven optimal in 2; on the whole
 * slice it spent 2 units, and the descent went on from wherever that search had got to, which is why starting from the
 * greedy's ratio was exact in 4.4 units with lower end 0 and not exact in 5 with lower end 1. The bisection's steps get
 * only the short slice once the interval is within 1/{@link #TARGET} of γ ({@link #closeEnough()}).
 */
public final class OpenSteps {

    /** Budget of one step: this fraction of the whole, at least STEP_MIN units. */
    private static final double STEP_FRACTION = 0.4;
    private static final double STEP_MIN = 0.25;
    private static final int BISECTIONS = 8;
    /** The bisection is close enough once the interval is within 1/TARGET of γ (see {@link #closeEnough()}). */
    private static final long TARGET = 200;
    /** A halving step's first try (see {@link #shortSlice()}). */
    private static final double SHORT_FRACTION = 0.02;
    /** Below this many units left no further step is started. */
    private static final double SPENT = 0.02;
    /** The descent bisects while the incumbent is more than 1/CLOSE of itself above the lower end. */
    private static final long CLOSE = 1024;

    private final Instance inst;
    private final IlpBackend backend;
    private final double budget;
    /** Where MilpRatio's step of the window runs beside this thread's ({@link CpSatBackend#pool}). */
    private final Executor pool;
    private final AttackModel am;
    private final StepUnits units;
    private double used;
    private long cost;
    private long profit;
    private long[] values;
    /** Whether the last step was proven optimal. */
    private boolean optimal;
    /** The proven lower end in the steps' units. */
    private Fraction lower;

    private OpenSteps(Instance inst, IlpBackend backend, double budget, Outcomes.Ratio from, Executor pool) {
        this.inst = inst;
        this.backend = backend;
        this.budget = budget;
        this.pool = pool;
        am = AttackModel.of(inst);
        am.addCoverCuts();
        units = StepUnits.of(inst, am);
        cost = from.cost();
        profit = from.profit();
        lower = scaled(from.lowerBound());
    }

    /**
     * min cost/profit from {@code from}'s incumbent and lower bound within {@code budget} units: exact, or the
     * incumbent found with the better of the two lower bounds.
     *
     * @param pool where a step may run beside this thread's (null: the margin race's shared pool)
     */
    static Outcomes.Ratio solve(Instance inst, IlpBackend backend, double budget, Outcomes.Ratio from, Executor pool) {
        return solve(inst, backend, budget, from, true, pool);
    }

    /**
     * As {@link #solve(Instance, IlpBackend, double, Outcomes.Ratio, Executor)}; without {@code descend} only the
     * bisection below the incumbent runs (the lower end), no step at the incumbent's ratio.
     */
    public static Outcomes.Ratio solve(Instance inst, IlpBackend backend, double budget, Outcomes.Ratio from,
            boolean descend, Executor pool) {
        if (!from.exists() || from.exact()) {
            return from;
        }
        return new OpenSteps(inst, backend, budget, from, pool).run(from, descend);
    }

    private Outcomes.Ratio run(Outcomes.Ratio from, boolean descend) {
        if (cost % units.gc() != 0 || profit % units.gp() != 0) {
            return from;
        }
        if (!descend) {
            long[] r = ratio();
            bisect(Fraction.of(r[0], r[1]));
            return answer(false);
        }
        boolean aimed = false; // the incumbent is a step's proven optimum above it: at or next to the argmin
        for (int k = 0; k < 60 && left() > SPENT; k++) {
            long[] r = ratio();
            long[] at = aimed ? null : midway(r);
            boolean bisecting = at != null;
            if (!bisecting) {
                at = below(r);
            }
            Fraction lambda = Fraction.of(at[0], at[1]);
            boolean atR = lambda.compareTo(Fraction.of(r[0], r[1])) == 0;
            // the window's step at λ starts beside the step at λ: it is needed whenever that step proves 0
            WindowLow ahead = bisecting || atR ? null : lowAhead(r, at);
            // a halving step first gets a short slice: below the argmin it proves 0 within it, far above it finds a
            // coalition within it; only a step it leaves open (near the argmin) gets the whole slice
            long value = step(at[0], at[1], bisecting ? shortSlice() : slice());
            if (value < 0 && bisecting && left() > SPENT) {
                value = step(at[0], at[1], slice());
            }
            if (value != 0 || atR) {
                WindowLow.cancel(ahead);
            }
            if (value > 0) {
                aimed = optimal; // a smaller ratio: Dinkelbach's next step from it when this one was proven
                continue;
            }
            if (value == 0) {
                lower = Fraction.max(lower, lambda);
                if (bisecting) {
                    continue;
                }
                if (atR) {
                    return answer(true);
                }
                Boolean closed = window(r, at, ahead);
                if (closed == null) {
                    continue; // the step above r found a smaller ratio
                }
                return answer(closed);
            }
            bisect(lambda);
            break;
        }
        return answer(false);
    }

    /**
     * A step halfway between the proven lower end and r on r's grid, while r is more than 1/{@link #CLOSE} of itself
     * above the lower end (measured on pooled 350 × 25 with 18 decimals: steps below the argmin prove in 0.01–0.04
     * units, the first above it finds the argmin, proven, in 0.3, where Dinkelbach's steps from r took 2.5 units to
     * get there); null when the step at r's best approximation from below is next.
     */
    private long[] midway(long[] r) {
        Fraction ratio = Fraction.of(r[0], r[1]);
        Fraction gap = ratio.minus(lower);
        if (gap.compareTo(new Fraction(ratio.num(), ratio.den().multiply(BigInteger.valueOf(CLOSE)))) <= 0) {
            return null;
        }
        long g = units.grid(r[0], r[1]);
        Fraction mid = lower.midpoint(ratio);
        long num = mid.floorTimes(g);
        return Fraction.of(num, g).compareTo(lower) <= 0 ? null : new long[] {num, g};
    }

    /**
     * ρ halfway between the proven lower end and {@code high} (where a step ended unproven), on the incumbent's grid
     * ({@link StepUnits#grid}): a proven step raises the lower end to ρ, any other lowers the upper end.
     */
    private void bisect(Fraction high) {
        long[] r = ratio();
        long g = units.grid(r[0], r[1]); // ρ ≤ r: its steps fit as r's grid does
        Fraction hi = high;
        for (int round = 0; round < BISECTIONS && left() > SPENT; round++) {
            Fraction mid = lower.midpoint(hi);
            long[] at = {mid.floorTimes(g), g};
            Fraction rho = Fraction.of(at[0], at[1]);
            if (rho.compareTo(lower) <= 0) {
                return;
            }
            long value = step(at[0], at[1], closeEnough() ? shortSlice() : slice());
            if (value == 0) {
                lower = rho;
            } else {
                hi = rho;
            }
        }
    }

    /**
     * Whether the proven interval is already within 1/{@link #TARGET} of the margin's value γ = r − 1 (issue 20 asks
     * for 1/100), on networks of at least {@link MilpBestAttack#PROBE_BELOW} validators + chains: the bisection's
     * further steps then only get a short slice, so the cheap proofs still raise the lower end and the dear ones are not
     * paid for (pooled 1,900 × 42, profits × 2: two unproven steps of 2.0 and 1.3 units, value 0, after the interval was
     * 0.41% of γ). Not on smaller networks: there the long unproven steps still find better coalitions (pooled 350 × 25
     * seed 9: the margin −12.8717% → −12.8810%, measured), for a few seconds at most.
     */
    private boolean closeEnough() {
        if (!MilpBestAttack.large(inst)) {
            return false;
        }
        Fraction r = Fraction.of(cost, profit);
        Fraction gamma = r.minus(Fraction.ONE);
        Fraction width = r.minus(units.unscaled(lower));
        return width.num().multiply(gamma.den()).multiply(BigInteger.valueOf(TARGET))
                .compareTo(gamma.num().abs().multiply(width.den())) <= 0;
    }

    /**
     * RatioWindow's proof that r is the minimum, after a proven step at λ = at below r: the step just above r in this
     * form (its optimum is over coalitions with a profit, as the incumbent's value there is positive) and MilpRatio's
     * step at λ. Null when the step above finds a smaller ratio (it is then the incumbent).
     *
     * <p>MilpRatio's step runs on the pool ({@link WindowLow}) when a step found the incumbent (its values are that
     * step's hint): started with the step at λ ({@link #lowAhead}), or here when the incumbent changed since (issue 20,
     * sixth session: pooled 350 × 25 with 18 decimals, steps of 0.27, 0.31 and 0.46 units on one core before). The
     * answer reads the steps in the same order whichever ends first; a step not needed is stopped and not charged.
     */
    private Boolean window(long[] r, long[] at, WindowLow started) {
        long[] bracket = RatioWindow.bracket(r[0], r[1], units.grid(r[0], r[1]));
        if (bracket[3] == 0 || !MilpRatio.fits(bracket[3], units.costUb(), bracket[2], units.profitUb())) {
            WindowLow.cancel(started);
            return false;
        }
        WindowLow low = started;
        if (low == null || !low.startedFrom(values)) {
            WindowLow.cancel(low);
            low = lowAhead(r, at);
        }
        long before = cost;
        long beforeProfit = profit;
        IlpResult up = solve(bracket[2], bracket[3], values, slice());
        boolean smaller = up.hasSolution() && Fraction.compareProducts(cost, beforeProfit, before, profit) < 0;
        if (smaller || up.status() != IlpResult.Status.OPTIMAL || left() <= SPENT) {
            WindowLow.cancel(low);
            return smaller ? null : false;
        }
        long high = -IlpModel.eval(objective(bracket[2], bracket[3]), up.values());
        LinExpr min = objective(-at[0], -at[1]);
        IlpResult lowResult;
        if (low != null) {
            lowResult = low.result();
            if (lowResult == null) {
                return false; // interrupted: a superseded analysis
            }
            spend(lowResult);
        } else {
            lowResult = spend(backend.solve(WindowLow.model(am, min, values != null ? values : up.values()), slice()));
        }
        return lowResult.status() == IlpResult.Status.OPTIMAL && RatioWindow.closes(r[0], r[1], at[0], at[1],
                IlpModel.eval(min, lowResult.values()), bracket[2], bracket[3], high);
    }

    /**
     * MilpRatio's step of the window at λ = at, started on the pool, when it can run there: a step found the
     * incumbent (the hint), the backend is CP-SAT and the step above r fits 64 bits; else null.
     */
    private WindowLow lowAhead(long[] r, long[] at) {
        if (values == null || !(backend instanceof CpSatBackend)) {
            return null;
        }
        long[] bracket = RatioWindow.bracket(r[0], r[1], units.grid(r[0], r[1]));
        if (bracket[3] == 0 || !MilpRatio.fits(bracket[3], units.costUb(), bracket[2], units.profitUb())) {
            return null;
        }
        return WindowLow.start(am, objective(-at[0], -at[1]), values, slice(), pool);
    }

    /**
     * One step at num/g: its proven optimum when that is 0, a positive value when it found a coalition below num/g
     * (the new incumbent), else −1 (unproven; the lower end then takes the step's bound).
     */
    private long step(long num, long g, double slice) {
        IlpResult r = solve(num, g, null, slice);
        optimal = r.status() == IlpResult.Status.OPTIMAL;
        long value = r.hasSolution() ? IlpModel.eval(objective(num, g), r.values()) : -1;
        if (value > 0) {
            return value;
        }
        if (r.status() == IlpResult.Status.OPTIMAL && r.hasSolution()) {
            return 0;
        }
        if (!Double.isNaN(r.bound()) && r.hasSolution()) {
            lower = Fraction.max(lower,
                    MilpRatio.stepBound(inst, num, g, -Math.ceil(r.bound()), units.gc(), units.gp()));
        }
        return -1;
    }

    /** Solves max num·profit − g·cost; a solution below the incumbent's ratio becomes the incumbent (verified). */
    private IlpResult solve(long num, long g, long[] hint, double slice) {
        am.model.objective(objective(num, g), true);
        am.model.hint(hint != null ? hint : new long[am.model.size()]);
        IlpResult r = spend(backend.solve(am.model, slice));
        if (r.hasSolution()) {
            long c = IlpModel.eval(am.cost, r.values());
            long p = IlpModel.eval(am.profit, r.values());
            if (p > 0 && Fraction.compareProducts(c, profit, cost, p) < 0) {
                StepUnits.verify(am, r.values(), c, p);
                cost = c;
                profit = p;
                values = r.values();
            }
        }
        return r;
    }

    private LinExpr objective(long num, long g) {
        return new LinExpr().addAll(units.profit(), num).addAll(units.cost(), -g);
    }

    /** The incumbent's ratio in the steps' units, in lowest terms. */
    private long[] ratio() {
        long n = cost / units.gc();
        long d = profit / units.gp();
        long common = Math.max(1, StepUnits.gcd(new long[] {n, d}));
        return new long[] {n / common, d / common};
    }

    /** n/d itself when its step fits 64 bits, else its best approximation from below that fits. */
    private long[] below(long[] r) {
        if (MilpRatio.fits(r[1], units.costUb(), r[0], units.profitUb())) {
            return r;
        }
        long[] bracket = RatioWindow.bracket(r[0], r[1], units.grid(r[0], r[1]));
        return new long[] {bracket[0], bracket[1]};
    }

    private Outcomes.Ratio answer(boolean exact) {
        Fraction value = Fraction.of(cost, profit);
        return new Outcomes.Ratio(cost, profit, exact, exact ? value : units.unscaled(lower), backend.name());
    }

    private Fraction scaled(Fraction raw) {
        return new Fraction(raw.num().multiply(BigInteger.valueOf(units.gp())),
                raw.den().multiply(BigInteger.valueOf(units.gc())));
    }

    private IlpResult spend(IlpResult r) {
        used += r.work();
        return r;
    }

    private double left() {
        return budget - used;
    }

    /** The first try of a halving step: SHORT_FRACTION of the budget, at most a whole slice. */
    private double shortSlice() {
        return Math.min(slice(), budget * SHORT_FRACTION);
    }

    private double slice() {
        return Math.min(left(), Math.max(STEP_MIN, budget * STEP_FRACTION));
    }

}
