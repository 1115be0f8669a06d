package dev.sse.app.cli;

import dev.sse.model.analysis.AnalysisOptions;
import dev.sse.model.io.json.MonteCarloCodec;
import dev.sse.model.io.json.MonteCarloJson;
import dev.sse.model.io.json.NetworkFormatException;
import dev.sse.model.io.json.ScenarioCodec;
import dev.sse.model.io.csv.MonteCarloCsv;
import dev.sse.model.montecarlo.MonteCarloResult;
import dev.sse.model.montecarlo.MonteCarloRun;
import dev.sse.model.montecarlo.MonteCarloSpec;
import dev.sse.model.network.Network;
import dev.sse.model.simulation.AnalysisAttackFinder;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code montecarlo NETWORK [--draws N] [--seed S] [--scenario FILE] [--threads T] [--time-limit U]
 * [--json|--csv|--draw K]} (issue 24): N random draws of the scenario's shock models (docs/scenario-format.md,
 * "Monte Carlo"), each played by the simulation to the end of its cascade, on T threads. JSON (the default): the
 * summary ({@link MonteCarloJson}); CSV: one line per draw ({@link MonteCarloCsv}); {@code --draw K}: draw K as an
 * ordinary scenario file, to replay with {@code simulate --scenario}. The output does not depend on T. Bad input:
 * one line on stderr and exit code 2.
 */
@Command(name = "montecarlo", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Run many random shocks through the simulation and report the distribution of stake lost.",
                "The shock models come from the scenario's \"montecarlo\" block; without one, each validator fails with probability 1%%."},
        footer = {"", "Examples:",
                "  explorer montecarlo kusama --draws 10000 --seed 7",
                "  explorer montecarlo eigenlayer-unique --scenario avs-bugs.json --csv > draws.csv",
                "  explorer montecarlo kusama --seed 7 --draw 42 > draw42.json && explorer simulate kusama.json --scenario draw42.json"})
public final class MonteCarloCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "NETWORK", description = "network file, or the id of a bundled sample")
    String network;

    @Option(names = "--draws", paramLabel = "N", description = "number of draws (default: the scenario's, else 1000)")
    Integer draws;

    @Option(names = "--seed", paramLabel = "S", description = "seed of the run (default: the scenario's, else 0)")
    Long seed;

    @Option(names = "--scenario", paramLabel = "FILE", description = "scenario file: base faults and a \"montecarlo\" block")
    Path scenarioFile;

    @Option(names = "--threads", paramLabel = "T", description = "worker threads (default: all cores); never changes the output")
    Integer threads;

    @Option(names = "--time-limit", paramLabel = "UNITS", defaultValue = "0.05",
            description = "deterministic budget per exact solve in a cascade round (default: ${DEFAULT-VALUE}); the summary counts proven rounds")
    double timeLimit;

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

    @Spec
    CommandSpec spec;

    private boolean loaded;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        try {
            if (draws != null && draws < 1) {
                return fail("--draws must be at least 1, got " + draws);
            }
            if (threads != null && threads < 1) {
                return fail("--threads must be at least 1, got " + threads);
            }
            if (!(timeLimit > 0)) {
                return fail("--time-limit must be a positive number, got " + timeLimit);
            }
            Network net = NetworkSource.load(network);
            loaded = true;
            MonteCarloSpec mc = scenarioFile == null ? MonteCarloCodec.defaults(MonteCarloSpec.DEFAULT_DRAWS, 0)
                    : MonteCarloCodec.read(scenarioFile, net);
            mc = draws == null ? mc : mc.withDraws(draws);
            mc = seed == null ? mc : mc.withSeed(seed);
            PrintWriter out = spec.commandLine().getOut();
            if (format.draw != null) {
                if (format.draw < 0 || format.draw >= mc.draws()) {
                    return fail("--draw must be a draw number from 0 to " + (mc.draws() - 1) + ", got " + format.draw);
                }
                out.print(ScenarioCodec.write(mc.draw(net, format.draw)));
                out.flush();
                return 0;
            }
            AnalysisAttackFinder finder = new AnalysisAttackFinder(AnalysisOptions.defaults().withTimeLimit(timeLimit));
            MonteCarloRun run = MonteCarloRun.prepare(net, mc, finder);
            boolean console = System.console() != null;
            int step = Math.max(1, mc.draws() / 100);
            MonteCarloResult result = dev.sse.app.concurrency.CommandLineDraws.run(run, threads == null ? Runtime.getRuntime().availableProcessors() : threads,
                    (done, total) -> {
                        if (console && (done % step == 0 || done == total)) {
                            synchronized (err) {
                                err.print("\rmontecarlo: " + done + "/" + total);
                                err.flush();
                            }
                        }
                    });
            if (console) {
                err.println();
            }
            out.print(format.csv ? MonteCarloCsv.write(result) : MonteCarloJson.write(result));
            out.flush();
            return 0;
        } catch (IllegalArgumentException e) {
            return fail(e.getMessage());
        } catch (NetworkFormatException | IOException e) {
            return fail(NetworkSource.describe(scenarioFile != null && loaded ? scenarioFile : network, e));
        }
    }

    private int fail(String message) {
        CliSupport.error(spec.commandLine().getErr(), "montecarlo: " + message);
        return CliSupport.BAD_INPUT;
    }
}
