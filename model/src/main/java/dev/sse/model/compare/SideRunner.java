package dev.sse.model.compare;

import dev.sse.model.analysis.AnalysisOptions;
import dev.sse.model.analysis.AnalysisResult;
import dev.sse.model.analysis.SecurityAnalyzer;
import dev.sse.model.network.Network;
import dev.sse.model.simulation.AnalysisAttackFinder;
import dev.sse.model.simulation.Scenario;
import dev.sse.model.simulation.SimTrace;
import dev.sse.model.simulation.Simulation;
import java.util.List;

/**
 * Computes one side of a comparison with the engines: {@link SecurityAnalyzer#analyze} with the given options and,
 * when a scenario is given, the part of it that fits this network ({@link ScenarioFit}) simulated with the
 * analysis-backed cascade finder. The GUI runs this off the FX thread; the CLI calls it directly.
 */
public final class SideRunner {

    private SideRunner() {
    }

    /** Analyses and (with a scenario) simulates one side. */
    public static Side run(String label, Network network, Scenario scenario, AnalysisOptions options) {
        AnalysisResult analysis = SecurityAnalyzer.analyze(network, options);
        if (scenario == null) {
            return new Side(label, network, analysis);
        }
        ScenarioFit.Fitted fitted = ScenarioFit.fit(scenario, network);
        SimTrace trace = simulate(network, fitted.scenario(), options);
        return new Side(label, network, analysis, trace, fitted.skipped());
    }

    /** Simulates a scenario that fits {@code network}, with the finder the GUI and {@code simulate} use. */
    public static SimTrace simulate(Network network, Scenario fitted, AnalysisOptions options) {
        AnalysisOptions finder = AnalysisOptions.defaults().withTimeLimit(options.timeLimitSeconds())
                .withSolver(options.solver()).withRaceExecutor(options.raceExecutor());
        return Simulation.runAll(network, fitted, new AnalysisAttackFinder(finder));
    }

    /** Both sides of one comparison, in order. */
    public static List<Side> runBoth(String leftLabel, Network left, String rightLabel, Network right, Scenario scenario,
                                     AnalysisOptions options) {
        return List.of(run(leftLabel, left, scenario, options), run(rightLabel, right, scenario, options));
    }
}
