package dev.sse.model.sweep;

import dev.sse.model.analysis.AnalysisOptions;
import dev.sse.model.analysis.AnalysisResult;
import dev.sse.model.analysis.ChainMetrics;
import dev.sse.model.analysis.Margin;
import dev.sse.model.analysis.SecurityAnalyzer;
import dev.sse.model.analysis.WorstCaseLoss;
import dev.sse.model.network.Chain;
import dev.sse.model.network.Network;
import dev.sse.model.simulation.AnalysisAttackFinder;
import dev.sse.model.simulation.Scenario;
import dev.sse.model.simulation.SimTrace;
import dev.sse.model.simulation.Simulation;
import dev.sse.model.simulation.fault.Fault;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * Runs a parameter sweep (issue 9): one {@link SecurityAnalyzer#analyze} per point, with the spec's shock budget
 * and per-solve time limit, and with a scenario one {@link Simulation} per point. The GUI and the CLI call this
 * same code. Points run in order on the calling thread; the result depends only on the inputs (and, for solves
 * that hit the time limit, on how far the solver got: their exact flags say so).
 */
public final class Sweeper {

    /** Told after every point. */
    @FunctionalInterface
    public interface Progress {
        void pointDone(int done, int total, SweepRow row);
    }

    private Sweeper() {
    }

    /** Checks the parameter and every value against the network: empty when the sweep can run. */
    public static List<String> problems(Network network, SweepSpec spec) {
        List<String> out = new ArrayList<>();
        spec.parameter().check(network).ifPresent(out::add);
        if (out.isEmpty()) {
            spec.parameter().checkValue(network, spec.from()).ifPresent(out::add);
            spec.parameter().checkValue(network, spec.to()).ifPresent(out::add);
        }
        if (spec.scenario() != null) {
            spec.scenario().validateAgainst(network).forEach(i -> out.add("scenario: " + i));
        }
        return out;
    }

    /** Runs the whole sweep. */
    public static SweepResult run(Network network, SweepSpec spec) {
        return run(network, spec, (d, t, r) -> { }, () -> false);
    }

    /**
     * Runs the sweep, reporting each point to {@code progress}; stops before the next point once
     * {@code cancelled} says so (the result is then marked incomplete).
     *
     * @throws IllegalArgumentException when {@link #problems} finds any
     */
    public static SweepResult run(Network network, SweepSpec spec, Progress progress, BooleanSupplier cancelled) {
        return run(network, spec, null, progress, cancelled);
    }

    /**
     * As {@link #run(Network, SweepSpec, Progress, BooleanSupplier)}, with every point's margin race on {@code race}
     * ({@link AnalysisOptions#raceExecutor}; issue #18: the window passes its composition root's pool; null: the
     * model's shared one).
     */
    public static SweepResult run(Network network, SweepSpec spec, java.util.concurrent.Executor race, Progress progress,
                                  BooleanSupplier cancelled) {
        List<String> problems = problems(network, spec);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
        List<Double> values = spec.values();
        List<SweepRow> rows = new ArrayList<>();
        boolean complete = true;
        for (double v : values) {
            if (cancelled.getAsBoolean()) {
                complete = false;
                break;
            }
            SweepRow row = point(network, spec, v, race);
            rows.add(row);
            progress.pointDone(rows.size(), values.size(), row);
        }
        if (spec.parameter() instanceof SweepParameter.ShockBudget) {
            rows = new ArrayList<>(shareProvenMargin(rows, null));
        }
        String unit = network.assets().isEmpty() ? "" : "USD";
        return new SweepResult(network.name(), unit, spec, network.chains().stream().map(Chain::id).toList(), rows,
                complete);
    }

    /** The analysis (and simulation) at one value. */
    public static SweepRow point(Network network, SweepSpec spec, double value) {
        return point(network, spec, value, null);
    }

    private static SweepRow point(Network network, SweepSpec spec, double value, java.util.concurrent.Executor race) {
        SweepPoint p = spec.parameter().at(network, spec.baseOptions().withRaceExecutor(race), value);
        AnalysisResult r = SecurityAnalyzer.analyze(p.network(), p.options());
        Margin m = r.margin();
        WorstCaseLoss w = r.worstCaseLoss();
        double psi = p.options().shockBudget() == null ? spec.shockBudget() : p.options().shockBudget();
        Map<String, Double> margins = new LinkedHashMap<>();
        Map<String, Double> captures = new LinkedHashMap<>();
        for (ChainMetrics c : r.chains().values()) {
            margins.put(c.id(), c.securityMargin());
            if (spec.parameter() instanceof SweepParameter.AdversaryFraction && c.backingCaptureProbability() != null) {
                captures.put(c.id(), c.backingCaptureProbability());
            }
        }
        Double scenarioLoss = null;
        List<String> fallen = null;
        if (spec.scenario() != null) {
            SimTrace t = simulate(p, spec.scenario());
            scenarioLoss = t.lostFraction();
            fallen = t.fallenChains();
        }
        return new SweepRow(value, r.secure(), r.secureExact(), m == null ? null : m.value(), m != null && m.exact(),
                proven(m), psi, w == null ? null : w.loss(), w != null && w.exact(), drBound(m, psi),
                w == null ? List.of() : w.shock(), w == null ? null : w.attack(), margins, captures, scenarioLoss, fallen);
    }

    /**
     * Durvasula–Roughgarden Theorem 1: a network secure with γ-slack, γ &gt; 0, loses less than (1 + 1/γ)·ψ of its
     * stake after any shock of ψ. γ is the proven margin: γ* when exact, else its proven lower bound; null when
     * that is not positive.
     */
    public static Double drBound(Margin margin, double psi) {
        return drBound(proven(margin), psi);
    }

    /** (1 + 1/γ)·ψ for a proven γ &gt; 0, else null. */
    public static Double drBound(Double gamma, double psi) {
        return gamma == null || !(gamma > 0) ? null : (1 + 1 / gamma) * psi;
    }

    private static Double proven(Margin m) {
        return m == null || m.value() == null ? null : m.exact() ? m.value() : m.lowerBound();
    }

    /**
     * A ψ sweep analyses one network, whose margin does not depend on ψ: the best proof found at any point (the
     * largest proven γ) holds at every point, so every row's DR bound uses it.
     */
    private static List<SweepRow> shareProvenMargin(List<SweepRow> rows, Double alsoProven) {
        Double best = java.util.stream.Stream.concat(rows.stream().map(SweepRow::marginProven),
                        java.util.stream.Stream.of(alsoProven)).filter(g -> g != null).max(Double::compare).orElse(null);
        return rows.stream().map(r -> r.withDrBound(drBound(best, r.shockBudget()))).toList();
    }

    /**
     * A ψ sweep's DR bounds recomputed with a margin proven elsewhere on the same network (e.g. by an analysis with
     * a longer time limit): the bound uses the largest proven γ. Other sweeps are returned unchanged.
     */
    public static SweepResult withProvenMargin(SweepResult r, Margin proven) {
        if (!(r.spec().parameter() instanceof SweepParameter.ShockBudget)) {
            return r;
        }
        return new SweepResult(r.network(), r.valueUnit(), r.spec(), r.chains(), shareProvenMargin(r.rows(), proven(proven)),
                r.complete());
    }

    private static SimTrace simulate(SweepPoint p, Scenario scenario) {
        List<Fault> faults = new ArrayList<>(p.leadingFaults());
        faults.addAll(scenario.faults());
        Scenario s = new Scenario(scenario.name(), faults, scenario.policy(), scenario.seed());
        // the price drop is a leading fault here, so the finder must not apply it a second time
        AnalysisOptions plain = AnalysisOptions.defaults().withTimeLimit(p.options().timeLimitSeconds())
                .withSolver(p.options().solver()).withRaceExecutor(p.options().raceExecutor());
        return Simulation.runAll(p.network(), s, new AnalysisAttackFinder(plain));
    }
}
