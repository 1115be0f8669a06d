package dev.sse.app.cli;

import dev.sse.model.io.json.NetworkFormatException;
import dev.sse.model.io.json.ScenarioCodec;
import dev.sse.model.io.json.TraceJsonWriter;
import dev.sse.model.network.Network;
import dev.sse.model.simulation.CascadeAttackFinder;
import dev.sse.model.simulation.CascadePolicy;
import dev.sse.model.simulation.Scenario;
import dev.sse.model.simulation.SimTrace;
import dev.sse.model.simulation.Simulation;
import dev.sse.model.simulation.TraceText;
import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code simulate NETWORK [--scenario FILE | --scenario-name NAME | --shock ID,ID] [--policy greedy|myopic]
 * [--seed N] [--json]}: injects a scenario's faults, runs the restaking cascade and prints the explained trace,
 * as text round by round or as one JSON object ({@link TraceJsonWriter}). Bad files or flags: one line on
 * stderr and exit code 2. Needs an attack finder (the analysis engine's), so register it as an instance:
 * {@code addSubcommand(new SimulateCommand(finder))}.
 */
@Command(name = "simulate",
        description = {"Inject faults into a network, run the restaking cascade and explain every step.",
                "Without --scenario, --scenario-name or --shock the cascade runs on the network as it is."})
public final class SimulateCommand implements Callable<Integer> {

    /** Exit code for bad input files or flags. */
    static final int BAD_INPUT = 2;

    @Parameters(index = "0", paramLabel = "NETWORK",
            description = "network file (.json, .graphml, .gexf), or the id of a bundled sample")
    String network;

    @Mixin
    ScenarioChoice scenario;

    @Option(names = "--shock", split = ",", paramLabel = "ID", description = "shock these validators (DR shock)")
    List<String> shock;

    @Option(names = "--policy", paramLabel = "greedy|myopic", description = "cascade policy (default: the scenario's, else greedy)")
    String policy;

    @Option(names = "--seed", paramLabel = "N", description = "override the scenario's seed")
    Long seed;

    @Option(names = "--json", description = "print one JSON object instead of text")
    boolean json;

    @Spec
    CommandSpec spec;

    private final CascadeAttackFinder finder;

    /** The file or sample being read, named when it cannot be. */
    private Object reading;

    public SimulateCommand(CascadeAttackFinder finder) {
        this.finder = Objects.requireNonNull(finder, "finder");
    }

    @Override
    public Integer call() {
        try {
            CascadePolicy chosen = policy();
            if (Stream.of(scenario.file, scenario.name, shock).filter(Objects::nonNull).count() > 1) {
                throw new BadInput("give only one of --scenario, --scenario-name and --shock");
            }
            reading = network;
            Network net = NetworkSource.load(network); // JSON, GraphML or GEXF, or a bundled sample
            reading = scenario.file != null ? scenario.file : network;
            Scenario played = scenario(net);
            played = chosen == null ? played : played.withPolicy(chosen);
            SimTrace trace = Simulation.runAll(net, seed == null ? played : played.withSeed(seed), finder);
            spec.commandLine().getOut().print(json ? TraceJsonWriter.write(trace) : TraceText.render(trace));
            spec.commandLine().getOut().flush();
            return 0;
        } catch (BadInput | IllegalArgumentException e) {
            return fail(e.getMessage());
        } catch (NetworkFormatException | IOException e) {
            return fail(NetworkSource.describe(reading, e));
        }
    }

    private Scenario scenario(Network net) throws IOException, NetworkFormatException, BadInput {
        if (scenario.file != null) {
            return ScenarioCodec.read(scenario.file, net);
        } else if (scenario.name != null) {
            return NetworkSource.stored(network, scenario.name, NetworkSource.storedSettings(network, scenario.name, net), net);
        } else if (shock != null) {
            for (String id : shock) {
                if (net.validator(id).isEmpty()) {
                    throw new BadInput("--shock: unknown validator '" + id + "' in " + shortName());
                }
            }
            return Scenario.shock(shock);
        }
        return Scenario.of("no faults", List.of());
    }

    /** The network's file name, or the sample's id, as messages name it. */
    private String shortName() {
        java.nio.file.Path file = NetworkSource.fileOrNull(network);
        return file == null ? network : String.valueOf(file.getFileName());
    }

    private CascadePolicy policy() throws BadInput {
        if (policy == null) {
            return null;
        }
        return CascadePolicy.fromJson(policy)
                .orElseThrow(() -> new BadInput("--policy must be greedy or myopic, got '" + policy + "'"));
    }

    private int fail(String message) {
        CliSupport.error(spec.commandLine().getErr(), "simulate: " + message);
        return BAD_INPUT;
    }

    /** A bad flag or flag combination, reported as one line. */
    private static final class BadInput extends Exception {
        BadInput(String message) {
            super(message);
        }
    }
}
