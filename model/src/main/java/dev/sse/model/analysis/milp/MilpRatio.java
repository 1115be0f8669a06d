package dev.sse.model.analysis.milp;

import dev.sse.model.analysis.exact.Coalition;
import dev.sse.model.analysis.exact.CoverSolver;
import dev.sse.model.analysis.exact.Fraction;
import dev.sse.model.analysis.exact.Instance;
import dev.sse.model.analysis.exact.Outcomes;
import java.math.BigInteger;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.FutureTask;

/**
 * min cost(B)/π(A) over attacking coalitions with π(A) &gt; 0 (the margin γ* = that − 1) by Dinkelbach's
 * method on the exact MILP (solvers.md, "Margin γ*").
 *
 * <p>Start: the best {@link dev.sse.model.analysis.exact.Greedy} prefix coalition, or the best attack when its
 * ratio is smaller ({@link RatioStart}); it also hints the first step.
 * Step with incumbent ratio r = N/D: minimise D·cost − N·profit subject to profit ≥ 1 unit, in units of the
 * cost and profit coefficients' gcds. A negative optimum is a coalition with a smaller ratio (the
 * new incumbent); a proven optimum ≥ 0 proves r minimal. When D·Σσ + N·Σπ would not fit in 64 bits, the
 * step uses r rounded down to a grid λ = ⌊r·G⌋/G (G as large as fits): a negative optimum still improves
 * strictly, a non-negative one proves the ratio ≥ λ; a second step just above r then proves r exact when the
 * incumbent is the optimum of both ({@link RatioWindow}, issue 20). Otherwise the answer is the incumbent with
 * {@code exact = false} and the proven lower bound.
 */
public final class MilpRatio {

    static final long FIT = 4_000_000_000_000_000_000L;
    /** Budget of an improving step: this fraction of what is left, at least SLICE_MIN units. */
    private static final double SLICE_FRACTION = 0.1;
    private static final double SLICE_MIN = 0.25;

    private MilpRatio() {
    }

    /**
     * One way of running the Dinkelbach loop. CP-SAT's time to the exact optimum depends chaotically on the
     * formulation (measured on the bundled samples: each of these two proves one of cosmos-hub-ics and
     * eigenlayer-pooled in well under a second and often misses the other in 5 s), so both are raced.
     *
     * @param cuts   add {@link AttackModel#addCoverCuts()}
     * @param slices improving steps get a slice of the time, only the last (proving) step all of it
     * @param greedyStart start from the best {@link Greedy} prefix coalition, else from the best "all of N(s)"
     */
    record Config(boolean cuts, boolean slices, boolean greedyStart) {
    }

    static final Config CUTS_AND_SLICES = new Config(true, true, true);
    static final Config PLAIN = new Config(false, false, true);
    static final Config PLAIN_NAIVE = new Config(false, false, false);

    /**
     * γ* within {@code budget} deterministic units ({@link IlpBackend#solve}) per configuration.
     *
     * @param pool where the two raced runs go (the window's, shut down when it closes, issue #18), or null for
     *             {@link Shared#POOL}; the answer never depends on it
     */
    public static Outcomes.Ratio solve(Instance inst, IlpBackend backend, double budget, Executor pool) {
        return solve(inst, backend, budget, pool, null);
    }

    /**
     * As {@link #solve(Instance, IlpBackend, double, Executor)}, first trying a short run from {@code seed}
     * ({@link #seeded}): the best attack, or null.
     */
    public static Outcomes.Ratio solve(Instance inst, IlpBackend backend, double budget, Executor pool,
            Coalition seed) {
        return solve(inst, backend, budget, pool, seed, null);
    }

    /**
     * As {@link #solve(Instance, IlpBackend, double, Executor, Coalition)}, with the race's rounds started earlier by
     * {@link #start} with the same backend, budget and pool (used only when started for {@code inst}, else they start now
     * when they apply; null: none started). The answer is the same either way.
     */
    public static Outcomes.Ratio solve(Instance inst, IlpBackend backend, double budget, Executor pool,
            Coalition seed, Rounds started) {
        Rounds rounds = started != null && started.inst() == inst ? started : start(inst, backend, budget, pool);
        if (rounds != null) {
            return ahead(inst, backend, budget, seed, rounds);
        }
        boolean racing = backend instanceof CpSatBackend cp && cp.workers() >= 2 && CpSatBackend.available();
        Outcomes.Ratio seeded = seeded(inst, backend, budget, seed);
        if (seeded != null) {
            return seeded;
        }
        if (racing) {
            return race(inst, budget, backend.name(), CpSatBackend.pool(pool));
        }
        return run(inst, backend, budget, CUTS_AND_SLICES, null);
    }

    /**
     * A run of the first round's budget from the best attack, when its ratio is below the greedy's, kept only when
     * it proves its ratio exact (issue 20: on pooled 350 × 25 the best attack is the margin's argmin, proven with
     * {@link RatioWindow} in 0.22 units, where the race spent 7.5). Otherwise null and the race runs as before:
     * seeding the race itself moved the proven lower ends of the 1,900 × 42 networks down by 0.1–0.2 points
     * ({@link LagrangeRatio}'s bisection depends on the interval it starts from).
     */
    private static Outcomes.Ratio seeded(Instance inst, IlpBackend backend, double budget, Coalition seed) {
        if (seed == null || !(backend instanceof CpSatBackend) || !CpSatBackend.available()
                || !RatioStart.belowGreedy(inst, seed)) {
            return null;
        }
        Outcomes.Ratio r = run(inst, backend, quick(budget), CUTS_AND_SLICES, seed);
        return r.exact() ? r : null;
    }

    private static double quick(double budget) {
        return Math.min(budget, Math.max(QUICK_MIN, budget * QUICK_FRACTION));
    }

    /**
     * The default race pool for callers that own none (the command line, tests): daemon threads named
     * "margin-race", created on first use. The one static executor of the model (ModelArchitectureTest).
     */
    static final class Shared {
        static final ExecutorService POOL = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "margin-race");
            t.setDaemon(true);
            return t;
        });

        private Shared() {
        }
    }

    /**
     * The second round of the rounds started ahead ({@link #start}: networks of {@link MilpBestAttack#PROBE_BELOW}
     * validators + chains or more) gets this share of the budget, at least the first round's. Measured (issue 20, eighth
     * session; whole process, seed-7 networks, docs/performance.md "The margin's work: halved and moved beside the best
     * attack"): on all of it, its two runs were 10 of the ~27 CP-SAT units of pooled 1,900 × 42 × 1; on half, × 1 / × 2
     * / × 3 give the same attacks, bounds and margins with proven lower ends of −32.005 / −66.095 / −77.537% (−32.011 /
     * −66.170 / −77.581% on all of it), in about 5 CPU-seconds less; seed 8 and 10,000 × 100 gain too, 5,000 × 100
     * loses 0.1 point of its lower end. A quarter or less left × 1's lower end at −32.26 to −32.37%.
     */
    static final double SECOND_SHARE = 0.5;
    /** The first round of the race gets this fraction of the budget, at least QUICK_MIN units. */
    private static final double QUICK_FRACTION = 0.1;
    private static final double QUICK_MIN = 0.25;

    /**
     * Both configurations at once, one CP-SAT worker each (the two cores a two-worker solve would use), on networks
     * under {@link MilpBestAttack#PROBE_BELOW} validators + chains ({@link #ahead} on the others). The answer depends
     * only on what each run returns, never on which finishes first (issue 17 item 5). Steps in the best attack's form
     * ({@link OpenSteps}, issue 20) run on this thread from the greedy start in place of a first round (pooled 350 × 25
     * with 18 decimals: round 1 only took its ratio from 1.373 to 1.057, which the open steps' first step above the
     * argmin does in 0.1 units; without a greedy start, after a first round giving each configuration a tenth of the
     * budget); only if they do not prove does a round run both again on the whole budget (the better answer is kept),
     * followed by a bisection for the lower end.
     */
    private static Outcomes.Ratio race(Instance inst, double budget, String name, Executor pool) {
        double quick = quick(budget);
        Outcomes.Ratio start = greedyStart(inst, name);
        Outcomes.Ratio open;
        if (start != null) {
            open = OpenSteps.solve(inst, new CpSatBackend(1), budget, start, pool);
        } else {
            open = RaceRound.start(inst, quick, name, pool).join();
            if (open.exact() || quick >= budget) {
                return open;
            }
            open = OpenSteps.solve(inst, new CpSatBackend(1), budget, open, pool);
        }
        if (open.exact()) {
            return open;
        }
        Outcomes.Ratio raced = RaceRound.better(RaceRound.start(inst, budget, name, pool).join(), open, name);
        return OpenSteps.solve(inst, new CpSatBackend(1), budget, raced, false, pool);
    }

    /**
     * {@link #race} on networks of {@link MilpBestAttack#PROBE_BELOW} validators + chains or more, with the rounds
     * started by {@link #start} and what follows them (the bisection after the second round): none of it depends on the
     * seeded run or on the other round, only whether it is needed does (an exact seeded run needs none of it, an exact
     * first round no second). What is not needed is stopped and dropped, so the answer is the serial order's (issue 20:
     * pooled 1,900 × 42 spent 0.5 + 1 + 5 units one after the other, then the bisection).
     */
    private static Outcomes.Ratio ahead(Instance inst, IlpBackend backend, double budget, Coalition seed, Rounds rounds) {
        try {
            Outcomes.Ratio seeded = seeded(inst, backend, budget, seed);
            return seeded != null ? seeded : RaceRound.take(rounds.raced());
        } finally {
            rounds.cancel(); // nothing that is still running is needed any more
        }
    }

    /**
     * The race's two rounds on a network of {@link MilpBestAttack#PROBE_BELOW} validators + chains or more, started on
     * {@code pool} before the seed is known ({@link #ahead}: they need nothing from it), and the bisection for the lower
     * end that follows the second round, started on the pool as soon as both rounds have answered; or null where the
     * race does not run so. Whoever starts them hands them to
     * {@link #solve(Instance, IlpBackend, double, Executor, Coalition, Rounds)} or {@link Rounds#cancel}s them. The
     * bisection needs nothing from the best attack either: begun when the rounds end, not when the margin is asked for,
     * it runs on the core the best attack's last single-thread solves leave idle (issue 20, eighth session: on pooled
     * 1,900 × 42 the pool was idle for the 6 s of the LP rounds and the free solve, and the bisection then ran 4.6 s
     * alone after them). The answers are the same.
     */
    public static Rounds start(Instance inst, IlpBackend backend, double budget, Executor pool) {
        if (!(backend instanceof CpSatBackend cp && cp.workers() >= 2) || !CpSatBackend.available()
                || !MilpBestAttack.large(inst)) {
            return null;
        }
        double quick = quick(budget);
        Executor on = CpSatBackend.pool(pool);
        RaceRound one = RaceRound.start(inst, quick, backend.name(), on);
        RaceRound two = quick >= budget ? null
                : RaceRound.start(inst, Math.max(quick, budget * SECOND_SHARE), backend.name(), on);
        CpSatBackend steps = new CpSatBackend(1);
        FutureTask<Outcomes.Ratio> raced = new FutureTask<>(() -> {
            Outcomes.Ratio open = one.join();
            return open.exact() || two == null ? open
                    : OpenSteps.solve(inst, steps, budget, RaceRound.better(two.join(), open, backend.name()), false, on);
        });
        on.execute(raced);
        return new Rounds(inst, one, two, steps, raced);
    }

    /**
     * The rounds {@link #start} began for {@code inst}: the first on a tenth of the budget, the second (null: none) on
     * {@link #SECOND_SHARE} of it, and the bisection after them ({@code raced}, its CP-SAT backend {@code steps}).
     */
    public record Rounds(Instance inst, RaceRound one, RaceRound two, CpSatBackend steps, FutureTask<Outcomes.Ratio> raced) {
        /** Stops both rounds' runs and the bisection (a run not begun returns at once); their answers are dropped. */
        public void cancel() {
            steps.cancel();
            for (RaceRound r : two == null ? List.of(one) : List.of(one, two)) {
                r.cancel();
            }
        }
    }

    /** The greedy start ({@link RatioStart#greedy}) as an unproven ratio with lower end 0, or null when it has none. */
    private static Outcomes.Ratio greedyStart(Instance inst, String name) {
        RatioStart s = RatioStart.greedy(inst, AttackModel.of(inst));
        return s == null ? null : new Outcomes.Ratio(s.cost(), s.profit(), false, Fraction.ZERO, name);
    }

    /**
     * @param seed start from this coalition ({@link #seeded} has checked its ratio is below the greedy's), only to
     *             prove it: a run from a seed stops, not exact, at the first better ratio
     */
    static Outcomes.Ratio run(Instance inst, IlpBackend backend, double budget, Config config, Coalition seed) {
        AttackModel am = AttackModel.of(inst);
        if (config.cuts()) {
            am.addCoverCuts();
        }
        RatioStart first = seed != null ? RatioStart.seeded(inst, am, seed)
                : config.greedyStart() ? RatioStart.greedy(inst, am) : RatioStart.naive(inst, am);
        if (first == null && seed != null) {
            return new Outcomes.Ratio(0, 0, false, Fraction.ZERO, backend.name());
        }
        if (first == null) {
            return new Outcomes.Ratio(0, 0, true, Fraction.ZERO, "none");
        }
        long[] inc = {first.cost(), first.profit()};
        am.model.hint(first.hint());
        am.model.atLeast(am.profit, 1);
        StepUnits units = StepUnits.of(inst, am);
        long gc = units.gc();
        long gp = units.gp();
        LinExpr cost = units.cost();
        LinExpr profit = units.profit();
        long costUb = units.costUb();
        long profitUb = units.profitUb();
        Fraction unit = Fraction.of(gc, gp);
        Fraction lower = Fraction.ZERO;
        boolean full = false;
        double used = 0;
        for (int step = 0; step < 60; step++) {
            // the incumbent ratio in scaled units, n/d in lowest terms
            long n = inc[0] / gc;
            long d = inc[1] / gp;
            long common = Math.max(1, StepUnits.gcd(new long[] {n, d}));
            n /= common;
            d /= common;
            Fraction r = Fraction.of(n, d);
            long g;
            long num;
            if (fits(d, costUb, n, profitUb)) {
                g = d;
                num = n;
            } else {
                g = units.grid(n, d);
                num = r.floorTimes(g);
            }
            LinExpr obj = new LinExpr().addAll(cost, g).addAll(profit, -num);
            am.model.objective(obj, false);
            double left = budget - used;
            if (left <= 0.02) {
                break;
            }
            // an improving step needs any coalition below the ratio, not a proven argmin (proving it is slow when
            // the ratio is already close): give it a slice of the time; only the last step must prove
            double slice = full || !config.slices() ? left : Math.min(left, Math.max(SLICE_MIN, left * SLICE_FRACTION));
            IlpResult res = backend.solve(am.model, slice);
            used += res.work();
            if (!res.hasSolution() || res.status() != IlpResult.Status.OPTIMAL
                    && IlpModel.eval(obj, res.values()) >= 0) {
                if (!Double.isNaN(res.bound()) && res.hasSolution()) {
                    lower = Fraction.max(lower, times(stepBound(inst, num, g, res.bound(), gc, gp), unit));
                }
                if (slice < left) {
                    full = true; // nothing better found in the slice: the rest of the time goes to the proof
                    step--;
                    continue;
                }
                break;
            }
            long val = IlpModel.eval(obj, res.values());
            if (val < 0 && seed != null) {
                break; // the seed is not the argmin: the race, not this short run, looks further (pooled 1,900 × 42)
            }
            if (val < 0) {
                long c = IlpModel.eval(am.cost, res.values());
                long p = IlpModel.eval(am.profit, res.values());
                StepUnits.verify(am, res.values(), c, p);
                inc = new long[] {c, p};
                am.model.hint(res.values());
                full = false;
                continue;
            }
            boolean proven = res.status() == IlpResult.Status.OPTIMAL && backend instanceof CpSatBackend;
            Fraction original = Fraction.of(inc[0], inc[1]);
            if (proven) {
                Fraction lambda = Fraction.of(num, g);
                boolean exact = lambda.compareTo(r) == 0;
                if (!exact && budget - used > 0.02) {
                    // the exact step did not fit (g is the grid's largest denominator): a second step just above r
                    RatioWindow.Step up = RatioWindow.above(am, backend, cost, profit, new long[] {n, d, g},
                            new long[] {costUb, profitUb}, budget - used);
                    used += up == null ? 0 : up.result().work();
                    if (up != null && up.result().hasSolution()) {
                        long[] values = up.result().values();
                        long c = IlpModel.eval(am.cost, values);
                        long p = IlpModel.eval(am.profit, values);
                        if (Fraction.compareProducts(c, inc[1], inc[0], p) < 0) {
                            lower = Fraction.max(lower, times(lambda, unit)); // still proven: every ratio is ≥ λ
                            StepUnits.verify(am, values, c, p);
                            inc = new long[] {c, p};
                            am.model.hint(values);
                            full = false;
                            continue;
                        }
                        exact = up.result().status() == IlpResult.Status.OPTIMAL
                                && RatioWindow.closes(n, d, num, g, val, up.num(), up.g(), up.value());
                    }
                }
                return new Outcomes.Ratio(inc[0], inc[1], exact,
                        exact ? original : Fraction.max(lower, times(lambda, unit)),
                        backend.name());
            }
            if (!Double.isNaN(res.bound())) {
                lower = Fraction.max(lower, times(stepBound(inst, num, g, res.bound(), gc, gp), unit));
            }
            break;
        }
        return new Outcomes.Ratio(inc[0], inc[1], false, lower, backend.name());
    }

    /**
     * The ratio bound (scaled units) proven by a step that minimised g·cost' − num·profit' to a bound ≥ {@code bound}:
     * {@link RatioBound}, with each chain's cover lower bound (the rows of {@link AttackModel#addCoverCuts()}) and
     * profit in the step's units, and a coalition's profit capped by the joint cover of its chains
     * ({@link SplitCover#cap}, issue 20: the stress sample's proven margin rose from 0% to 19.1%). Valid because
     * cost' = cost/gc ≥ Σ_{s∈A} ⌊h_s/gc⌋ and profit' = profit/gp exactly (costs and profits are multiples of gc, gp).
     */
    public static Fraction stepBound(Instance inst, long num, long g, double bound, long gc, long gp) {
        long b = (long) Math.floor(Math.min(bound, 0));
        long[] cover = new long[inst.chainCount()];
        long[] profit = new long[inst.chainCount()];
        for (int s = 0; s < cover.length; s++) {
            CoverSolver.Cover c = inst.chainCover(s, CoverSolver.DEFAULT_NODES);
            long lb = c == null ? 0 : Math.max(0, c.lowerBound());
            cover[s] = lb / gc + (lb % gc == 0 ? 0 : 1); // cost' is a whole number ≥ lb/gc
            profit[s] = Math.max(0, inst.profit(s)) / gp;
        }
        return RatioBound.lower(num, g, b, cover, profit, new SplitCover(inst).cap(gc, gp));
    }

    private static Fraction times(Fraction a, Fraction b) {
        return new Fraction(a.num().multiply(b.num()), a.den().multiply(b.den()));
    }


    static boolean fits(long d, long costUb, long n, long profitUb) {
        BigInteger t = BigInteger.valueOf(d).multiply(BigInteger.valueOf(costUb))
                .add(BigInteger.valueOf(n).multiply(BigInteger.valueOf(profitUb)));
        return t.compareTo(BigInteger.valueOf(FIT)) <= 0;
    }
}
