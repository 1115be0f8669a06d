package dev.sse.model.analysis;

import dev.sse.model.analysis.exact.BruteForce;
import dev.sse.model.analysis.exact.Coalition;
import dev.sse.model.analysis.exact.Components;
import dev.sse.model.analysis.exact.Fraction;
import dev.sse.model.analysis.exact.Instance;
import dev.sse.model.analysis.exact.Outcomes;
import dev.sse.model.analysis.exact.UniformPooled;
import dev.sse.model.analysis.milp.CpSatBackend;
import dev.sse.model.analysis.milp.IlpBackend;
import dev.sse.model.analysis.milp.MilpBestAttack;
import dev.sse.model.analysis.milp.MilpRatio;
import dev.sse.model.analysis.milp.MilpWorstCase;
import dev.sse.model.analysis.milp.OjAlgoBackend;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Dispatches the exact searches: brute force for small instances (or when asked), otherwise per connected
 * component the {@link UniformPooled} fast path where it applies, else the MILP on the chosen backend
 * (CP-SAT; ojAlgo when asked or when CP-SAT's natives cannot load). Records which engines answered.
 */
final class Engine {

    private final AnalysisOptions.Solver choice;
    private final double seconds;
    private final Set<String> used = new LinkedHashSet<>();
    private IlpBackend backend;

    Engine(AnalysisOptions.Solver choice, double seconds) {
        this.choice = choice;
        this.seconds = seconds;
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

    private <T> T note(String name, T value) {
        used.add(name);
        return value;
    }

    Outcomes.Attack bestAttack(Instance inst) {
        if (brute(inst)) {
            return note("brute force", new Outcomes.Attack(new BruteForce(inst).bestAttack(), true, 0, "brute force"));
        }
        List<Integer> chains = new ArrayList<>();
        List<Integer> validators = new ArrayList<>();
        long cost = 0;
        long profit = 0;
        long bound = 0;
        boolean exact = true;
        for (Components.Sub sub : Components.parts(inst)) {
            Outcomes.Attack a = bestAttackComponent(sub.instance());
            exact &= a.exact();
            bound = bound == Long.MAX_VALUE || a.netBound() == Long.MAX_VALUE ? Long.MAX_VALUE
                    : bound + Math.max(0, a.netBound());
            Coalition c = sub.lift(a.attack());
            if (c != null && c.net() > 0) {
                chains.addAll(c.chains());
                validators.addAll(c.validators());
                cost += c.cost();
                profit += c.profit();
            }
        }
        Coalition all = chains.isEmpty() ? null : new Coalition(sorted(chains), sorted(validators), cost, profit);
        return new Outcomes.Attack(all, exact, Math.max(bound, all == null ? 0 : all.net()), solverName());
    }

    private static List<Integer> sorted(List<Integer> xs) {
        return xs.stream().sorted().toList();
    }

    private Outcomes.Attack bestAttackComponent(Instance sub) {
        if (brute(sub)) {
            return note("brute force", new Outcomes.Attack(new BruteForce(sub).bestAttack(), true, 0, "brute force"));
        }
        if (UniformPooled.applies(sub)) {
            return note("exact cover", UniformPooled.bestAttack(sub));
        }
        IlpBackend b = backend();
        return note(b.name(), MilpBestAttack.solve(sub, b, seconds));
    }

    Outcomes.Ratio minRatio(Instance inst) {
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
            } else {
                IlpBackend b = backend();
                r = note(b.name(), MilpRatio.solve(sub, b, seconds));
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
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if ((mask >> i & 1) == 1) {
                out.add(i);
            }
        }
        return out;
    }
}
