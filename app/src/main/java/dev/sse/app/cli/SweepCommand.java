package dev.sse.app.cli;

import dev.sse.model.io.json.NetworkFormatException;
import dev.sse.model.io.json.ScenarioCodec;
import dev.sse.model.io.json.SweepJson;
import dev.sse.model.io.csv.SweepCsv;
import dev.sse.model.network.Network;
import dev.sse.model.simulation.Scenario;
import dev.sse.model.sweep.SweepParameter;
import dev.sse.model.sweep.SweepResult;
import dev.sse.model.sweep.SweepSpec;
import dev.sse.model.sweep.Sweeper;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code sweep NETWORK --param P --from A --to B --steps N [--scenario FILE] [--shock-budget PSI]
 * [--time-limit S] [--json|--csv]}: the analysis at N evenly spaced values of one parameter, A and B included,
 * through the same {@link Sweeper} the window uses. CSV (the default): a header and N rows. Bad input: one line on
 * stderr and exit code 2.
 */
@Command(name = "sweep",
        description = {"Vary one parameter over a range and analyse the network at each value.",
                "Each row: the value, secure, margin, the worst-case loss at that point, the DR bound and per-chain margins.",
                "P is one of: shock-budget, price-drop:ASSET, profit:CHAIN, allocation:VALIDATOR:CHAIN,",
                "adversary-fraction, top-n:CHAIN.",
                "With --scenario or --scenario-name, the scenario is also simulated at every value."},
        footer = {"", "Examples:",
                "  explorer sweep cosmos-hub-ics --param shock-budget --from 0 --to 0.3 --steps 7",
                "  explorer sweep isolated-zones --param price-drop:ZONED --from 0 --to 0.5 --steps 6 --json"})
public final class SweepCommand implements Callable<Integer> {

    @Mixin
    NetworkRun run;

    @Option(names = "--param", required = true, paramLabel = "P", description = "the parameter to vary (see above)")
    String param;

    @Option(names = "--from", required = true, paramLabel = "A", description = "first value")
    double from;

    @Option(names = "--to", required = true, paramLabel = "B", description = "last value")
    double to;

    @Option(names = "--steps", required = true, paramLabel = "N", description = "number of values, A and B included")
    int steps;

    @Mixin
    ScenarioChoice scenario;

    @Option(names = "--shock-budget", paramLabel = "PSI", defaultValue = "0.1",
            description = "ψ of the worst-case loss when P is not shock-budget (default: ${DEFAULT-VALUE})")
    double shockBudget;

    @Mixin
    SolveBudget budget = new SolveBudget("1");

    @ArgGroup(exclusive = true)
    Format format = new Format();

    static final class Format {
        @Option(names = "--csv", description = "print CSV (the default)")
        boolean csv;
        @Option(names = "--json", description = "print one JSON object")
        boolean json;
    }

    @Override
    public Integer call() {
        return run.run(() -> {
            if (scenario.problem() != null) {
                return run.fail(scenario.problem());
            }
            if (budget.problem() != null) {
                return run.fail(budget.problem());
            }
            SweepParameter parameter = SweepParameter.parse(param);
            Network net = run.load();
            SweepSpec sweep = new SweepSpec(parameter, from, to, steps, shockBudget, budget.seconds(), scenario(net));
            List<String> problems = Sweeper.problems(net, sweep);
            if (!problems.isEmpty()) {
                return run.fail(problems.get(0));
            }
            SweepResult result = Sweeper.run(net, sweep, (done, total, row) -> run.progress(done, total, 1), () -> false);
            run.progressDone();
            return run.print(format.json ? SweepJson.write(result) : SweepCsv.write(result));
        });
    }

    private Scenario scenario(Network net) throws IOException, NetworkFormatException {
        if (scenario.file != null) {
            run.reading(scenario.file);
            return ScenarioCodec.read(scenario.file, net);
        }
        if (scenario.name != null) {
            return NetworkSource.stored(run.network, scenario.name,
                    NetworkSource.storedSettings(run.network, scenario.name, net), net);
        }
        return null;
    }
}
