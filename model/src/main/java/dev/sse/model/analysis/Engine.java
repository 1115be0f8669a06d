package dev.sse.model.analysis;

import dev.sse.model.analysis.exact.BruteForce;
import dev.sse.model.analysis.exact.Coalition;
import dev.sse.model.analysis.exact.Components;
import dev.sse.model.analysis.exact.CoverSolver;
import dev.sse.model.analysis.exact.Fraction;
import dev.sse.model.analysis.exact.Instance;
import dev.sse.model.analysis.exact.Outcomes;
import dev.sse.model.analysis.exact.Separable;
import dev.sse.model.analysis.exact.UniformPooled;
import dev.sse.model.analysis.milp.CpSatBackend;
import dev.sse.model.analysis.milp.IlpBackend;
import dev.sse.model.analysis.milp.LagrangeBound;
import dev.sse.model.analysis.milp.LagrangeRatio;
import dev.sse.model.analysis.milp.MilpBestAttack;
import dev.sse.model.analysis.milp.MilpRatio;
import dev.sse.model.analysis.milp.MilpWorstCase;
import dev.sse.model.analysis.milp.RatioBound;
import dev.sse.model.analysis.milp.SplitCover;
import dev.sse.model.analysis.milp.OjAlgoBackend;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Dispatches the exact searches: brute force for small instances (or when asked), otherwise per connected
 * component the {@link UniformPooled} or {@link Separable} exact shortcut where it applies, else the MILP on the chosen backend
 * (CP-SAT; ojAlgo when asked or when CP-SAT's natives cannot load). Records which engines answered.
 */
final class Engine {

    private final AnalysisOptions.Solver choice;
    private final double seconds;
    private final java.util.concurrent.Executor race;
    private final Set<String> used = new LinkedHashSet<>();
    private IlpBackend backend;
    /** Whether the margin follows the best attack ({@link #startAhead}). */
    private boolean marginFollows;
    /** The margin race's rounds started beside the best attack ({@link #marginAhead}), or null. */
    private MilpRatio.Rounds ahead;

    /** @param race where the margin's raced runs go ({@link AnalysisOptions#raceExecutor()}; null: shared pool) */
    Engine(AnalysisOptions.Solver choice, double seconds, java.util.concurrent.Executor race) {
        this.choice = choice;
        this.seconds = seconds;
        this.race = race;
    }

    /** The engines used so far, e.g. "brute force" or "cp-sat 9.15.6755 + exact cover". */
    String solverName() {
        return used.isEmpty() ? "none" : String.join(" + ", used);
    }

    private boolean brute(Instance inst) {
        if (choice == AnalysisOptions.Solver.BRUTE_FORCE) {
            if (!BruteForce.fits(inst)) {
                throw new IllegalArgumentException("brute force needs ≤ " + BruteForce.MAX_VALIDATORS
                        + " validators and ≤ " + BruteForce.MAX_CHAINS + " chains");
            }
            return true;
        }
        return choice == AnalysisOptions.Solver.AUTO && BruteForce.fits(inst);
    }

    private IlpBackend backend() {
        if (backend == null) {
            if (choice == AnalysisOptions.Solver.OJALGO) {
                backend = new OjAlgoBackend();
            } else if (CpSatBackend.available()) {
                backend = new CpSatBackend();
            } else {
                backend = new OjAlgoBackend();
                used.add("ojalgo 57.1.0 (cp-sat unavailable: " + CpSatBackend.failure() + ")");
            }
        }
        return backend;
    }

    /**
     * Starts what can run ahead, for a caller that asks for the best attack and then the margin
     * ({@code SecurityAnalyzer}): CP-SAT's natives load on the race's executor while the caller goes on, when CP-SAT
     * may be asked (not for a network where nothing pays, kusama-era-1827 or the imported Hub, whose best attack and
     * margin need no solve), and on large networks the margin race's rounds start beside the best attack
     * ({@link #marginAhead}).
     */
    void startAhead(Instance inst) {
        marginFollows = true;
        if ((choice == AnalysisOptions.Solver.AUTO || choice == AnalysisOptions.Solver.CP_SAT) && !noProfit(inst)) {
            CpSatBackend.loadAhead(race);
        }
    }

    private <T> T note(String name, T value) {
        used.add(name);
        return value;
    }

    /**
     * The best attack: per component, then combined. Nets and costs add up over components; the issue's
     * lexicographic tie rule compares the merged sorted chain ids, so a component whose own tie-break stopped
     * before a zero-profit chain is solved again when another component attacks a larger id (then that chain
     * joins if it costs nothing more), and chains nobody secures (T_s = 0) with π_s = 0 join when their id
     * sorts before the largest attacked one.
     */
    Outcomes.Attack bestAttack(Instance inst) {
        if (brute(inst)) {
            return note("brute force", new Outcomes.Attack(new BruteForce(inst).bestAttack(), true, 0, "brute force"));
        }
        marginAhead(inst);
        Outcomes.Attack a = bestAttackParts(inst);
        if (Thread.currentThread().isInterrupted()) {
            stop(ahead); // a superseded analysis asks for no margin
            ahead = null;
        }
        return a;
    }

    private static void stop(MilpRatio.Rounds rounds) {
        if (rounds != null) {
            rounds.cancel();
        }
    }

    /**
     * Starts the margin race's rounds ({@link MilpRatio#start}) when the margin follows ({@link #startAhead}) and is
     * raced on one component, the network's only one (no exact shortcut, something to gain): they need nothing from the
     * best attack, so they use the core its single-thread solves leave idle (issue 20, pooled 1,900 × 42). Each run is
     * deterministic: the answers are the same.
     */
    private void marginAhead(Instance inst) {
        List<Components.Sub> parts = Components.parts(inst);
        Instance sub = parts.size() == 1 ? parts.get(0).instance() : null;
        if (marginFollows && ahead == null && sub != null && !brute(sub) && !noProfit(sub) && !UniformPooled.applies(sub)
                && !Separable.applies(sub)) {
            ahead = MilpRatio.start(sub, backend(), seconds, race);
        }
    }

    private Outcomes.Attack bestAttackParts(Instance inst) {
        List<Components.Sub> parts = Components.parts(inst);
        Outcomes.Attack[] found = new Outcomes.Attack[parts.size()];
        Coalition[] lifted = new Coalition[parts.size()];
        long bound = 0;
        boolean exact = true;
        for (int i = 0; i < found.length; i++) {
            found[i] = bestAttackComponent(parts.get(i).instance(), null);
            exact &= found[i].exact();
            bound = bound == Long.MAX_VALUE || found[i].netBound() == Long.MAX_VALUE ? Long.MAX_VALUE
                    : bound + Math.max(0, found[i].netBound());
            Coalition c = parts.get(i).lift(found[i].attack());
            lifted[i] = c != null && c.net() > 0 ? c : null;
        }
        for (int i = 0; i < found.length; i++) {
            if (lifted[i] == null) {
                continue;
            }
            String ceiling = null;
            for (int j = 0; j < found.length; j++) {
                String top = j == i || lifted[j] == null ? null : maxId(lifted[j].chains(), inst);
                ceiling = top != null && (ceiling == null || top.compareTo(ceiling) > 0) ? top : ceiling;
            }
            String own = maxId(lifted[i].chains(), inst);
            if (ceiling != null && ceiling.compareTo(own) > 0 && zeroProfitBetween(parts.get(i).instance(), own, ceiling)) {
                Outcomes.Attack again = bestAttackComponent(parts.get(i).instance(), ceiling);
                Coalition c = parts.get(i).lift(again.attack());
                if (c != null && c.net() == lifted[i].net() && c.cost() == lifted[i].cost()) {
                    lifted[i] = c;
                    exact &= again.exact();
                }
            }
        }
        List<Integer> chains = new ArrayList<>();
        List<Integer> validators = new ArrayList<>();
        long cost = 0;
        long profit = 0;
        for (Coalition c : lifted) {
            if (c != null) {
                chains.addAll(c.chains());
                validators.addAll(c.validators());
                cost += c.cost();
                profit += c.profit();
            }
        }
        if (!chains.isEmpty()) {
            String top = maxId(chains, inst);
            for (int s = 0; s < inst.chainCount(); s++) {
                if (inst.threshold(s) == 0 && inst.profit(s) == 0 && inst.chainId(s).compareTo(top) < 0
                        && !chains.contains(s)) {
                    chains.add(s);
                }
            }
        }
        Coalition all = chains.isEmpty() ? null
                : new Coalition(chains.stream().sorted().toList(), validators.stream().sorted().toList(), cost, profit);
        return new Outcomes.Attack(all, exact, Math.max(bound, all == null ? 0 : all.net()), solverName());
    }

    private static String maxId(List<Integer> chains, Instance inst) {
        String top = null;
        for (int s : chains) {
            top = top == null || inst.chainId(s).compareTo(top) > 0 ? inst.chainId(s) : top;
        }
        return top;
    }

    private static boolean zeroProfitBetween(Instance sub, String low, String high) {
        for (int s = 0; s < sub.chainCount(); s++) {
            String id = sub.chainId(s);
            if (sub.profit(s) == 0 && id.compareTo(low) > 0 && id.compareTo(high) < 0) {
                return true;
            }
        }
        return false;
    }

    private Outcomes.Attack bestAttackComponent(Instance sub, String ceiling) {
        if (brute(sub)) {
            return note("brute force", new Outcomes.Attack(new BruteForce(sub).bestAttack(ceiling), true, 0,
                    "brute force"));
        }
        // before the covers' search: with nothing to gain no coalition nets > 0, whether or not every cover is proven
        // minimal (kusama-era-1827: 899 validators at 12 decimals, the relay's cover unproven, read "none found
        // within the time limit" though no attack can exist)
        if (noProfit(sub)) {
            return note("exact cover", new Outcomes.Attack(null, true, 0, "exact cover"));
        }
        if (UniformPooled.applies(sub)) {
            return note("exact cover", UniformPooled.bestAttack(sub, ceiling));
        }
        if (Separable.applies(sub)) {
            Outcomes.Attack none = Separable.noAttack(sub);
            if (none != null) {
                return note("exact cover", none);
            }
            IlpBackend b = backend();
            Outcomes.Attack a = MilpBestAttack.solve(sub, b, seconds, ceiling, race, false);
            // costs add up over chains: Σ max(0, π_s − cover(s)) bounds the net, often far below the MILP's bound
            long found = a.attack() == null ? 0 : a.attack().net();
            long bound = Math.max(found, Math.min(a.netBound(), Separable.netBound(sub)));
            return note(b.name(), new Outcomes.Attack(a.attack(), a.exact(), bound, a.solver()));
        }
        IlpBackend b = backend();
        // an unproven bound lowered by the Lagrangian one where the chains' probe did not bound it (MilpBestAttack#lowered)
        return note(b.name(), MilpBestAttack.solve(sub, b, seconds, ceiling, race, true));
    }

    /**
     * As {@link #minRatio(Instance)}, with the lower bound also raised by the best attack's proven net bound
     * ({@link RatioBound#fromNetBound}; issue 20: on the insecure 1,900 × 42 networks the Dinkelbach steps alone left
     * γ* "proven ≥ −100%") and by optimised Lagrange multipliers ({@link LagrangeRatio}; pooled 1,900 × 42: −50.9%
     * to −40.6%).
     *
     * @param netBound a proven upper bound on every coalition's profit − cost, or Long.MAX_VALUE when unknown
     * @param seed     the best attack's coalition, or null: the MILP's Dinkelbach loop may start from it
     *                 ({@link MilpRatio#solve(Instance, IlpBackend, double, java.util.concurrent.Executor, Coalition)})
     */
    Outcomes.Ratio minRatio(Instance inst, long netBound, Coalition seed) {
        Outcomes.Ratio r = minRatio(inst, seed);
        if (r.exact() || !r.exists()) {
            return r;
        }
        Fraction value = Fraction.of(r.cost(), r.profit());
        Fraction lower = r.lowerBound();
        // a net bound ≤ 0 gives ratio ≥ 1, which the verdict already implies (Conclusion)
        if (netBound != Long.MAX_VALUE && netBound > 0) {
            lower = Fraction.max(lower, byNetBound(inst, netBound));
        }
        if (lower.compareTo(value) < 0 && LagrangeBound.applies(inst, seconds)) {
            lower = Fraction.max(lower, LagrangeRatio.lower(inst, lower, value, covers(inst)));
        }
        if (lower.compareTo(r.lowerBound()) <= 0) {
            return r;
        }
        boolean exact = lower.compareTo(value) >= 0;
        return new Outcomes.Ratio(r.cost(), r.profit(), exact, exact ? value : lower, r.solver());
    }

    /** Per chain, its cover's proven lower bound, from the covers the chain metrics already computed (memoised). */
    private static long[] covers(Instance inst) {
        long[] cover = new long[inst.chainCount()];
        for (int s = 0; s < cover.length; s++) {
            CoverSolver.Cover c = inst.chainCover(s, ChainMetricsBuilder.COVER_NODES);
            cover[s] = c == null ? 0 : c.lowerBound();
        }
        return cover;
    }

    /**
     * min cost/profit ≥ this, from a proven net bound ({@link RatioBound#fromNetBound}) with each chain's cover bound
     * and the coalition's profit capped by the joint cover of its chains ({@link SplitCover}, issue 20: on pooled
     * 1,900 × 42 the margin's proven lower end rose from −66.7% to −50.9%).
     */
    static Fraction byNetBound(Instance inst, long netBound) {
        long[] profit = new long[inst.chainCount()];
        for (int s = 0; s < profit.length; s++) {
            profit[s] = inst.profit(s);
        }
        return RatioBound.fromNetBound(netBound, covers(inst), profit, new SplitCover(inst).cap(1, 1));
    }

    /**
     * Whether no chain of {@code sub} pays anything when corrupted (π_s = 0 for all s, as every importer writes).
     * Issue 20 ("nothing reads 'not proven' when a one-line argument proves it") and issue 22 (speed):
     * then every coalition nets profit − cost ≤ 0, no attack is valid and the MILP (with OR-Tools' native loading,
     * a fifth of a one-shot {@code analyze} of the imported Hub, issue 22) has nothing to find.
     */
    private static boolean noProfit(Instance sub) {
        for (int s = 0; s < sub.chainCount(); s++) {
            if (sub.profit(s) > 0) {
                return false;
            }
        }
        return true;
    }

    Outcomes.Ratio minRatio(Instance inst) {
        return minRatio(inst, (Coalition) null);
    }

    private Outcomes.Ratio minRatio(Instance inst, Coalition seed) {
        MilpRatio.Rounds started = ahead;
        ahead = null;
        try {
            return minRatio(inst, seed, started);
        } finally {
            stop(started); // the race has joined what it needs: stops only runs it did not need
        }
    }

    private Outcomes.Ratio minRatio(Instance inst, Coalition seed, MilpRatio.Rounds started) {
        if (brute(inst)) {
            long[] r = new BruteForce(inst).minRatio();
            return note("brute force", r == null ? new Outcomes.Ratio(0, 0, true, Fraction.ZERO, "brute force")
                    : new Outcomes.Ratio(r[0], r[1], true, Fraction.of(r[0], r[1]), "brute force"));
        }
        Outcomes.Ratio best = null;
        Fraction lower = null;
        boolean allExact = true;
        for (Components.Sub part : Components.parts(inst)) {
            Instance sub = part.instance();
            Outcomes.Ratio r;
            if (brute(sub)) {
                long[] x = new BruteForce(sub).minRatio();
                r = note("brute force", x == null ? new Outcomes.Ratio(0, 0, true, Fraction.ZERO, "brute force")
                        : new Outcomes.Ratio(x[0], x[1], true, Fraction.of(x[0], x[1]), "brute force"));
            } else if (UniformPooled.applies(sub)) {
                r = note("exact cover", UniformPooled.minRatio(sub));
            } else if (Separable.applies(sub)) {
                r = note("exact cover", Separable.minRatio(sub));
            } else if (noProfit(sub)) {
                continue; // no coalition has profit > 0: no ratio to minimise
            } else {
                IlpBackend b = backend();
                // the seed's indices are the instance's: it seeds the one part that is the whole instance
                r = note(b.name(), MilpRatio.solve(sub, b, seconds, race, sub == inst ? seed : null, started));
            }
            if (!r.exists()) {
                continue;
            }
            allExact &= r.exact();
            lower = lower == null || r.lowerBound().compareTo(lower) < 0 ? r.lowerBound() : lower;
            if (best == null || Fraction.of(r.cost(), r.profit()).compareTo(Fraction.of(best.cost(), best.profit())) < 0) {
                best = r;
            }
        }
        if (best == null) {
            return new Outcomes.Ratio(0, 0, true, Fraction.ZERO, solverName());
        }
        Fraction value = Fraction.of(best.cost(), best.profit());
        boolean exact = allExact || lower.compareTo(value) == 0;
        return new Outcomes.Ratio(best.cost(), best.profit(), exact, exact ? value : lower, solverName());
    }

    Outcomes.Worst worstCase(Instance inst, Fraction psi) {
        if (brute(inst)) {
            long[] w = new BruteForce(inst).worstCase(psi);
            List<Integer> shock = bits(w[1], inst.validatorCount());
            Coalition attack = null;
            if (w[2] != 0) {
                List<Integer> a = bits(w[2], inst.chainCount());
                List<Integer> b = bits(w[3], inst.validatorCount());
                attack = new Coalition(a, b, w[4], a.stream().mapToLong(inst::profit).sum());
            }
            return note("brute force", new Outcomes.Worst(w[0], shock, attack, true, w[0], "brute force"));
        }
        IlpBackend b = backend();
        return note(b.name(), MilpWorstCase.solve(inst, psi, b, seconds));
    }

    private static List<Integer> bits(long mask, int n) {
        return new ArrayList<>(java.util.stream.IntStream.range(0, n).filter(i -> (mask >> i & 1) == 1).boxed().toList());
    }
}
