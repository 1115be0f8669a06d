package dev.sse.app.cli;

import dev.sse.model.analysis.AnalysisOptions;
import dev.sse.model.analysis.AnalysisResult;
import dev.sse.model.analysis.SecurityAnalyzer;
import dev.sse.model.io.csv.AnalysisCsv;
import dev.sse.model.analysis.economics.Economics;
import dev.sse.model.io.json.AnalysisJson;
import dev.sse.model.io.json.NetworkFormatException;
import dev.sse.model.network.Network;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code analyze NETWORK [--json | --csv] [--shock-budget PSI] [--price-shock ASSET=DROP]...}: the security
 * analysis of a network file, or of a bundled sample by its id as the other commands take it ({@link NetworkSource}),
 * with its economics (security cost, finality, sovereignty, returns on stake, bridges), as a
 * readable report, as JSON, or as CSV (one row per chain). Bad files and bad flags give one line on stderr and exit
 * code 2.
 */
@Command(name = "analyze",
        description = "Analyse a network's security: per-chain cost of corruption, best attack, margin.")
public final class AnalyzeCommand implements Callable<Integer> {

    /** Loads the NETWORK argument; the real one is {@link NetworkSource#load(String)}. */
    @FunctionalInterface
    interface Loader {
        Network load(String network) throws IOException, NetworkFormatException;
    }

    @Parameters(index = "0", paramLabel = "NETWORK",
            description = "network file (.json, .graphml, .gexf), or the id of a bundled sample")
    String file;

    @Option(names = "--json", description = "print the result as JSON")
    boolean json;

    @Option(names = "--csv", description = "print the per-chain metrics as CSV (header row, one row per chain)")
    boolean csv;

    @Option(names = "--shock-budget", paramLabel = "PSI", description = "also compute the worst-case loss after a shock of at most PSI (0..1) of all stake")
    Double shockBudget;

    @Option(names = "--price-shock", paramLabel = "ASSET=DROP", description = "lower ASSET's price by DROP (0..1) before analysing; repeatable")
    Map<String, Double> priceShocks = new LinkedHashMap<>();

    @Mixin
    SolveBudget budget = new SolveBudget("5");

    @Option(names = "--solver", defaultValue = "AUTO", description = "AUTO, CP_SAT, OJALGO or BRUTE_FORCE (default: ${DEFAULT-VALUE})")
    AnalysisOptions.Solver solver;

    @Spec
    CommandLine.Model.CommandSpec spec;

    private final Loader loader;

    public AnalyzeCommand() {
        this(NetworkSource::load); // a file (format v1, or GraphML/GEXF by extension), else a bundled sample's id
    }

    AnalyzeCommand(Loader loader) {
        this.loader = loader;
    }

    /** Reports bad flags as one line on stderr with exit code 2 (register it on the top-level command line). */
    public static final CommandLine.IParameterExceptionHandler ONE_LINE_ERRORS = (ex, args) -> {
        ex.getCommandLine().getErr().println("error: " + ex.getMessage());
        return 2;
    };

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        if (json && csv) {
            err.println("error: --json and --csv cannot be combined");
            return 2;
        }
        if (budget.problem() != null) {
            err.println("error: " + budget.problem());
            return 2;
        }
        AnalysisOptions opts;
        try {
            opts = new AnalysisOptions(shockBudget, priceShocks, budget.seconds(), solver);
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return 2;
        }
        Network network;
        try {
            network = loader.load(file);
        } catch (IOException e) {
            CliSupport.error(err, "error: " + NetworkSource.describe(file, e));
            return 2;
        } catch (NetworkFormatException e) {
            e.problems().forEach(p -> CliSupport.error(err, p.toString()));
            return 2;
        }
        for (String asset : priceShocks.keySet()) {
            if (network.asset(asset).isEmpty()) {
                CliSupport.error(err, "error: --price-shock: no asset " + asset + " in " + file);
                return 2;
            }
        }
        AnalysisResult result;
        try {
            result = SecurityAnalyzer.analyze(network, opts);
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return 2;
        }
        Economics economics = Economics.of(network, result, opts.priceShocks());
        if (json) {
            AnalysisJson.write(result, economics, out); // streamed: a large network's document is never one string
        } else {
            out.print(csv ? AnalysisCsv.write(network, result, economics)
                    : provenance(network) + AnalysisReport.render(result) + EconomicsReport.render(economics));
        }
        out.flush();
        return 0;
    }

    /**
     * For an imported network (one with a provenance block, issue 22): its source line and every assumption the
     * importer wrote, ahead of the figures that rest on them; nothing for other files.
     */
    static String provenance(Network network) {
        if (network.provenance().isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder("Source: ").append(network.source()).append('\n');
        network.assumptions().forEach(a -> sb.append("Assumption: ").append(a).append('\n'));
        return sb.toString();
    }
}
