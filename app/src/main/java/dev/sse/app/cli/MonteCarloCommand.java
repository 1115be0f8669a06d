package dev.sse.app.cli;

import dev.sse.model.analysis.AnalysisOptions;
import dev.sse.model.io.json.MonteCarloCodec;
import dev.sse.model.io.json.MonteCarloJson;
import dev.sse.model.io.json.ScenarioCodec;
import dev.sse.model.io.csv.MonteCarloCsv;
import dev.sse.model.montecarlo.MonteCarloResult;
import dev.sse.model.montecarlo.MonteCarloRun;
import dev.sse.model.montecarlo.MonteCarloSpec;
import dev.sse.model.network.Network;
import dev.sse.model.simulation.AnalysisAttackFinder;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code montecarlo NETWORK [--draws N] [--seed S] [--scenario FILE] [--threads T] [--time-limit U]
 * [--json|--csv|--draw K]} (issue 24): N random draws of the scenario's shock models (docs/scenario-format.md,
 * "Monte Carlo"), each played by the simulation to the end of its cascade, on T threads. JSON (the default): the
 * summary ({@link MonteCarloJson}); CSV: one line per draw ({@link MonteCarloCsv}); {@code --draw K}: draw K as an
 * ordinary scenario file, to replay with {@code simulate --scenario}. The output does not depend on T. Bad input:
 * one line on stderr and exit code 2.
 */
@Command(name = "montecarlo",
        description = {"Run many random shocks through the simulation and report the distribution of stake lost.",
                "The shock models come from the scenario's \"montecarlo\" block; without one, each validator fails with probability 1%%."},
        footer = {"", "Examples:",
                "  explorer montecarlo kusama --draws 10000 --seed 7",
                "  explorer montecarlo eigenlayer-unique --scenario avs-bugs.json --csv > draws.csv",
                "  explorer montecarlo kusama --seed 7 --draw 42 > draw42.json && explorer simulate kusama.json --scenario draw42.json"})
public final class MonteCarloCommand implements Callable<Integer> {

    @Mixin
    NetworkRun run;

    @Option(names = "--draws", paramLabel = "N", description = "number of draws (default: the scenario's, else 1000)")
    Integer draws;

    @Option(names = "--seed", paramLabel = "S", description = "seed of the run (default: the scenario's, else 0)")
    Long seed;

    @Option(names = "--scenario", paramLabel = "FILE", description = "scenario file: base faults and a \"montecarlo\" block")
    Path scenarioFile;

    @Option(names = "--threads", paramLabel = "T", description = "worker threads (default: all cores); never changes the output")
    Integer threads;

    @Mixin
    SolveBudget budget = new SolveBudget("0.05");

    @ArgGroup(exclusive = true)
    Format format = new Format();

    static final class Format {
        @Option(names = "--json", description = "print the summary as one JSON object (the default)")
        boolean json;
        @Option(names = "--csv", description = "print one CSV line per draw")
        boolean csv;
        @Option(names = "--draw", paramLabel = "K", description = "print draw K as a scenario file, to replay with simulate")
        Integer draw;
    }

    @Override
    public Integer call() {
        return run.run(() -> {
            if (draws != null && draws < 1) {
                return run.fail("--draws must be at least 1, got " + draws);
            }
            if (threads != null && threads < 1) {
                return run.fail("--threads must be at least 1, got " + threads);
            }
            if (budget.problem() != null) {
                return run.fail(budget.problem());
            }
            Network net = run.load();
            run.reading(scenarioFile);
            MonteCarloSpec mc = scenarioFile == null ? MonteCarloCodec.defaults(MonteCarloSpec.DEFAULT_DRAWS, 0)
                    : MonteCarloCodec.read(scenarioFile, net);
            mc = draws == null ? mc : mc.withDraws(draws);
            mc = seed == null ? mc : mc.withSeed(seed);
            if (format.draw != null) {
                if (format.draw < 0 || format.draw >= mc.draws()) {
                    return run.fail("--draw must be a draw number from 0 to " + (mc.draws() - 1) + ", got " + format.draw);
                }
                return run.print(ScenarioCodec.write(mc.draw(net, format.draw)));
            }
            AnalysisAttackFinder finder = new AnalysisAttackFinder(AnalysisOptions.defaults().withTimeLimit(budget.seconds()));
            int step = Math.max(1, mc.draws() / 100);
            MonteCarloResult result = dev.sse.app.concurrency.CommandLineDraws.run(MonteCarloRun.prepare(net, mc, finder),
                    threads == null ? Runtime.getRuntime().availableProcessors() : threads,
                    (done, total) -> run.progress(done, total, step));
            run.progressDone();
            return run.print(format.csv ? MonteCarloCsv.write(result) : MonteCarloJson.write(result));
        });
    }
}
