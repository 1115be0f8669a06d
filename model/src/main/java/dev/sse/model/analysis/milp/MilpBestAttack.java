package dev.sse.model.analysis.milp;

import dev.sse.model.analysis.exact.Coalition;
import dev.sse.model.analysis.exact.Greedy;
import dev.sse.model.analysis.exact.Instance;
import dev.sse.model.analysis.exact.LocalSearch;
import dev.sse.model.analysis.exact.Separable;
import dev.sse.model.analysis.exact.Outcomes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.stream.IntStream;

/**
 * The best attack by MILP, exactly, with the tie rules:
 * <ol>
 *   <li>max net = Σπ_s·y_s − Σc_v (hinted with the best {@link Greedy} prefix attack when it gains something,
 *       or, when costs add up over chains, {@link Separable#unionOfCovers} if it gains more, else the empty attack,
 *       net 0); net* ≤ 0 proven ⇒ no valid attack. On large networks the hint is first polished and a solve with
 *       its chains pinned improves it ({@link RestrictedSolves}), and on pooled networks of {@link #PROBE_BELOW} or
 *       more neighbourhood solves guided by the LP relaxation improve that ({@link CoreSearch}); then the chains {@link ChainProbe} proves every
 *       attack at least as good attacks (or none does) are fixed, which changes no answer below;</li>
 *   <li>with net = net* fixed, min cost ⇒ C* (so every tied attack has profit P* = net* + C*);</li>
 *   <li>lexicographic tie-break on sorted chain ids, then on sorted validator ids, by feasibility solves
 *       with the decided variables fixed. Walking ids in order, "stop here" (A = decided prefix) is tried
 *       first — a prefix sorts before its extensions — then "include this id". Most questions are answered
 *       without a solve: by the current incumbent, by profit arithmetic (the prefix's profit must reach P*
 *       exactly), or, for validators, by direct evaluation (A is fixed, so each validator's cost is known) or by
 *       {@link JoinBound} (no optimal B can hold the validator: it attacks no chain of A, or covering some chain of A
 *       with it would cost more than C*; issue 20: on a 350 × 25 pooled network all 326 such solves, a third of the
 *       best attack's time, ended infeasible).</li>
 * </ol>
 * If the budget runs out during the tie-break, the incumbent (optimal in net and cost) is returned with
 * {@code exact = false}. The budget is deterministic work ({@link IlpBackend#solve}): every solve spends what its
 * backend reports, so where the search stops never depends on the clock (issue 17 item 5).
 */
public final class MilpBestAttack {

    /** Local search moves polishing the greedy attack on large networks ({@link LocalSearch}; about 0.2 s). */
    static final long LOCAL_SEARCH_MOVES = 1_000_000;
    /** Networks with this many validators + chains or more are not probed ({@link RestrictedSolves}). */
    static final int PROBE_BELOW = 1_000;

    /**
     * Whether {@code inst} has {@link #PROBE_BELOW} validators + chains or more: the size from which the chains are not
     * probed beside the restricted solve (a second, wider restricted solve runs instead), the margin's rounds start
     * beside the best attack, and the bisection's steps shorten once the interval is close enough.
     */
    static boolean large(Instance inst) {
        return inst.validatorCount() + inst.chainCount() >= PROBE_BELOW;
    }
    private final Instance inst;
    private final IlpBackend backend;
    private final double budget;
    private double used;
    private boolean proven = true;
    private final boolean polish;
    private final String ceiling;
    /** Where the restricted solve runs beside the probe; null: the margin race's shared pool. */
    private final Executor pool;
    /** Lower an unproven net bound by {@link LagrangeBound#netBound} where the chains' probe did not run ({@link #lowered}). */
    private final boolean lagrange;
    /** The chains' probe ({@link ChainProbe}; null: none) and the bound on every attack it proves (MAX: none). */
    private ChainProbe chainProbe;
    private long probeBound = Long.MAX_VALUE;

    private MilpBestAttack(Instance inst, IlpBackend backend, double seconds, String ceiling, boolean polish, Executor pool,
                           boolean lagrange) {
        this.inst = inst;
        this.lagrange = lagrange;
        this.polish = polish;
        this.pool = pool;
        this.backend = backend;
        this.budget = seconds;
        this.ceiling = ceiling;
    }

    public static Outcomes.Attack solve(Instance inst, IlpBackend backend, double seconds) {
        return solve(inst, backend, seconds, null);
    }

    /**
     * As {@link #solve(Instance, IlpBackend, double)} for one component of a larger network whose other
     * components attack chains up to id {@code ceiling}: the chain tie-break then compares the merged id lists,
     * so a zero-profit chain of this component with an id below the ceiling joins when it costs nothing more
     * (without it, a foreign chain would take its place in the sorted list).
     *
     * @param ceiling the largest chain id attacked in other components, or null
     */
    public static Outcomes.Attack solve(Instance inst, IlpBackend backend, double seconds, String ceiling) {
        return solve(inst, backend, seconds, ceiling, (Executor) null, false);
    }

    /**
     * As {@link #solve(Instance, IlpBackend, double, String)}, saying whether to polish the greedy hint first
     * ({@link LocalSearch}, then a solve with its chains pinned, {@link RestrictedSolves}). The default polishes
     * networks of at least {@code CpSatBackend.SMALL} validators + chains only (smaller ones are proven without it).
     */
    public static Outcomes.Attack solve(Instance inst, IlpBackend backend, double seconds, String ceiling,
                                        boolean polish) {
        return new MilpBestAttack(inst, backend, seconds, ceiling, polish, null, false).run();
    }

    /**
     * As {@link #solve(Instance, IlpBackend, double, String)}, the restricted solve running on {@code pool} beside a
     * probe ({@link RestrictedSolves}); null: the margin race's shared pool. The answer never depends on the pool.
     *
     * @param lagrange lower an unproven net bound to the Lagrangian bound with optimised multipliers when that is
     *                 tighter ({@link #lowered})
     */
    public static Outcomes.Attack solve(Instance inst, IlpBackend backend, double seconds, String ceiling, Executor pool,
                                        boolean lagrange) {
        boolean polish = inst.validatorCount() + inst.chainCount() >= CpSatBackend.SMALL;
        return new MilpBestAttack(inst, backend, seconds, ceiling, polish, pool, lagrange).run();
    }

    private double left() {
        return Math.max(0.05, budget - used);
    }

    private IlpResult spend(IlpResult r) {
        used += r.work();
        return r;
    }

    private Outcomes.Attack run() {
        Outcomes.Attack a = search();
        return lagrange ? lowered(a) : a;
    }

    /**
     * An unproven attack's net bound, lowered to the Lagrangian bound with optimised multipliers
     * ({@link LagrangeBound#netBound}, 300 steps) when that is tighter (issue 20: it helps when the solve's budget is
     * short). Not where the chains' probe bounded every attack ({@link ChainProbe#fix}): its bound over the fixes, from 800 steps and the steps per chain left
     * out, was lower on all seven 1,900 × 42 networks measured (docs/performance.md, fifth session), and the 300 steps
     * cost 0.7–0.9 s on this thread there.
     */
    private Outcomes.Attack lowered(Outcomes.Attack a) {
        if (a.exact() || probeBound != Long.MAX_VALUE || !LagrangeBound.applies(inst, budget)
                || Thread.currentThread().isInterrupted()) { // a superseded analysis asks for no bound
            return a;
        }
        long found = a.attack() == null ? 0 : a.attack().net();
        long bound = Math.max(found, LagrangeBound.netBound(inst, found));
        // a bound meeting the attack proves its net, not the tie-break among equal nets: exact stays as it was
        return bound >= a.netBound() ? a : new Outcomes.Attack(a.attack(), false, bound, a.solver());
    }

    private Outcomes.Attack search() {
        AttackModel am = AttackModel.of(inst);
        am.addCoverCuts();
        LinExpr net = am.net();
        am.model.objective(net, true);
        // hint: the best greedy prefix attack when one gains something, else the empty attack (net 0)
        Coalition greedy = Greedy.of(inst).bestNet();
        Coalition union = Separable.applies(inst) ? Separable.unionOfCovers(inst) : null;
        if (union != null && union.net() > 0 && (greedy == null || union.net() > greedy.net())) {
            greedy = union;
        }
        if (polish && greedy != null) {
            greedy = LocalSearch.improve(inst, greedy, LOCAL_SEARCH_MOVES);
        }
        am.model.hint(greedy == null ? new long[am.model.size()]
                : RatioStart.hint(inst, am, greedy.chains(), greedy.validators()));
        RestrictedSolves before = polish && greedy != null ? new RestrictedSolves(inst, backend, budget, pool) : null;
        IlpResult r = before == null ? null : before.run(am, net, greedy);
        used += before == null ? 0 : before.used();
        if (r == null) {
            long[] restricted = before == null ? null : before.hint();
            if (before != null && CoreSearch.applies(inst, backend)) {
                // the restricted solves' attack, improved in the LP's neighbourhoods before the probe fixes chains at it;
                // beside the budget, as the wide restricted solve is: the free solve keeps what it had (CoreSearch.SHARE)
                long[] from = restricted != null ? restricted : RatioStart.hint(inst, am, greedy.chains(), greedy.validators());
                long[] found = CoreSearch.improve(inst, am, net, from, backend, budget * CoreSearch.SHARE);
                if (IlpModel.eval(net, found) > IlpModel.eval(net, from)) {
                    restricted = found;
                }
            }
            chainProbe = before == null ? null : before.probe();
            if (restricted != null) {
                am.model.hint(restricted);
            }
            if (chainProbe != null) {
                // the answers stay the free model's, the bound is max(incumbent, the fixed model's): ChainProbe
                probeBound = chainProbe.fix(am, restricted == null ? greedy.net() : IlpModel.eval(net, restricted));
            }
            r = spend(backend.solve(am.model, left()));
            if (restricted != null && (!r.hasSolution() || IlpModel.eval(net, restricted) > IlpModel.eval(net, r.values()))) {
                // the free solve did not keep the restricted solve's attack: that attack stays the incumbent
                r = new IlpResult(IlpResult.Status.FEASIBLE, restricted,
                        Double.isNaN(r.bound()) ? Double.POSITIVE_INFINITY : r.bound(), 0);
            }
        }
        if (!r.hasSolution()) {
            return new Outcomes.Attack(null, false, Long.MAX_VALUE, backend.name());
        }
        long bestNet = IlpModel.eval(net, r.values());
        long netBound = r.status() == IlpResult.Status.OPTIMAL ? bestNet
                : Math.max(bestNet, Math.min(probeBound, (long) Math.ceil(r.bound())));
        proven = r.status() == IlpResult.Status.OPTIMAL && backend instanceof CpSatBackend;
        if (bestNet <= 0) {
            return new Outcomes.Attack(null, proven, netBound, backend.name()); // netBound ≥ bestNet
        }
        am.model.equal(net, bestNet);
        am.model.objective(am.cost, false);
        am.model.hint(r.values());
        IlpResult r2 = spend(backend.solve(am.model, left()));
        long[] incumbent = r2.hasSolution() ? r2.values() : r.values();
        proven &= r2.status() == IlpResult.Status.OPTIMAL;
        long bestCost = IlpModel.eval(am.cost, incumbent);
        am.model.equal(am.cost, bestCost);
        am.model.objective(new LinExpr(), true);
        if (proven) {
            incumbent = tieBreakChains(am, incumbent, bestNet + bestCost);
        }
        if (proven) {
            incumbent = tieBreakValidators(am, incumbent, bestCost);
        }
        Coalition c = am.coalition(incumbent);
        if (c == null || c.net() != bestNet) {
            throw new IllegalStateException("MILP attack failed exact re-verification");
        }
        return new Outcomes.Attack(c, proven, netBound, backend.name());
    }

    private long[] tieBreakChains(AttackModel am, long[] incumbent, long targetProfit) {
        Integer[] order = IntStream.range(0, inst.chainCount()).boxed().toArray(Integer[]::new);
        java.util.Arrays.sort(order, Comparator.comparing(inst::chainId));
        long prefixProfit = 0;
        for (int i = 0; i < order.length; i++) {
            if (prefixProfit == targetProfit && (ceiling == null || inst.chainId(order[i]).compareTo(ceiling) > 0)) {
                boolean incumbentEnds = true;
                for (int j = i; j < order.length; j++) {
                    incumbentEnds &= incumbent[am.y[order[j]]] == 0;
                }
                long[] sol = incumbentEnds ? incumbent : trySolve(am, order, i, am.y);
                if (sol != null) {
                    for (int j = i; j < order.length; j++) {
                        am.model.fix(am.y[order[j]], 0);
                    }
                    return sol;
                }
                if (!proven) {
                    return incumbent;
                }
            }
            int s = order[i];
            long[] with = null;
            if (prefixProfit + inst.profit(s) <= targetProfit) {
                with = incumbent[am.y[s]] == 1 ? incumbent : trySolveWith(am, am.y[s]);
            }
            if (!proven) {
                return incumbent;
            }
            am.model.fix(am.y[s], with != null ? 1 : 0);
            if (with != null) {
                incumbent = with;
                prefixProfit += inst.profit(s);
            }
        }
        return incumbent;
    }

    private long[] tieBreakValidators(AttackModel am, long[] incumbent, long targetCost) {
        boolean[] inA = am.decode(incumbent)[0];
        List<Integer> chains = new ArrayList<>();
        for (int s = 0; s < inA.length; s++) {
            if (inA[s]) {
                chains.add(s);
            }
        }
        Integer[] order = IntStream.range(0, inst.validatorCount())
                .filter(v -> am.model.upper(am.x[v]) > 0).boxed().toArray(Integer[]::new);
        java.util.Arrays.sort(order, Comparator.comparing(inst::validatorId));
        List<Integer> prefix = new ArrayList<>();
        long prefixCost = 0;
        JoinBound bound = new JoinBound(inst, inA, order);
        boolean[] ruledOut = new boolean[order.length];
        int batchedTo = -1;
        for (int i = 0; i < order.length; i++) {
            Instance.Evaluation e = inst.evaluate(chains, prefix);
            if (e != null && e.cost() == targetCost) {
                for (int j = i; j < order.length; j++) {
                    am.model.fix(am.x[order[j]], 0);
                }
                boolean[] inB = new boolean[inst.validatorCount()];
                prefix.forEach(v -> inB[v] = true);
                return am.assignment(inA, inB, null);
            }
            int v = order[i];
            long kappa = inst.validatorCost(v, inA);
            long[] with = null;
            if (prefixCost + kappa <= targetCost) {
                if (incumbent[am.x[v]] == 1) {
                    with = incumbent;
                } else if (!ruledOut[i] && !bound.cannotJoin(v, i, prefix, targetCost - prefixCost - kappa)) {
                    if (i > batchedTo) {
                        batchedTo = JoinRun.ruleOut(inst, am, order, i, inA, prefix, targetCost - prefixCost, bound, incumbent,
                                ruledOut, question -> {
                                    long[] sol = feasible(question);
                                    return sol == null && proven;
                                });
                    }
                    with = ruledOut[i] || !proven ? null : trySolveWith(am, am.x[v]);
                }
            }
            if (!proven) {
                return incumbent;
            }
            am.model.fix(am.x[v], with != null ? 1 : 0);
            if (with != null) {
                incumbent = with;
                prefix.add(v);
                prefixCost += kappa;
            }
        }
        return incumbent;
    }

    /** Feasible with vars[order[from..]] all 0? Bounds restored afterwards. */
    private long[] trySolve(AttackModel am, Integer[] order, int from, int[] vars) {
        long[][] saved = new long[order.length][];
        for (int j = from; j < order.length; j++) {
            int var = vars[order[j]];
            saved[j] = new long[] {am.model.lower(var), am.model.upper(var)};
            am.model.fix(var, 0);
        }
        long[] sol = feasible(am.model);
        for (int j = from; j < order.length; j++) {
            am.model.bounds.set(vars[order[j]], saved[j]);
        }
        return sol;
    }

    private long[] trySolveWith(AttackModel am, int var) {
        long[] saved = {am.model.lower(var), am.model.upper(var)};
        am.model.fix(var, 1);
        long[] sol = feasible(am.model);
        am.model.bounds.set(var, saved);
        return sol;
    }

    private long[] feasible(IlpModel model) {
        if (used >= budget) {
            proven = false;
            return null;
        }
        model.hint(null);
        IlpResult r = spend(backend.solve(model, left()));
        if (r.status() == IlpResult.Status.UNKNOWN) {
            proven = false;
            return null;
        }
        return r.hasSolution() ? r.values() : null;
    }
}
