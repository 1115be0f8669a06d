package dev.sse.app.cli;

import dev.sse.app.shell.MainWindow;
import dev.sse.model.analysis.AnalysisResult;
import dev.sse.model.analysis.SecurityAnalyzer;
import dev.sse.model.analysis.economics.Economics;
import dev.sse.model.io.csv.AnalysisCsv;
import dev.sse.model.io.graph.GraphExport;
import dev.sse.model.io.graph.GraphFormat;
import dev.sse.model.network.Network;
import dev.sse.views.graph.layout.TiersLayout;
import dev.sse.views.interop.GraphDrawing;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code export NETWORK --format graphml|gexf|dot|csv --out FILE} (issue 23): the network with its analysis as a graph
 * file for Gephi, Cytoscape, yEd or Graphviz ({@link GraphExport}: every node and edge with its kind, stake, amount
 * and figures; GEXF with the window's first layout, tiers with seed {@value MainWindow#LAYOUT_SEED}), or the
 * per-chain CSV of {@code analyze --csv}. Bad input: one line on stderr, exit 2.
 */
@Command(name = "export",
        description = {"Export a network with its analysis as GraphML, GEXF 1.3 (with positions, colours and sizes),",
                "Graphviz DOT, or the per-chain CSV. GraphML and GEXF files open again in the explorer."},
        footer = {"", "Examples:",
                "  explorer export kusama --format gexf --out kusama.gexf          open in Gephi",
                "  explorer export my-network.json --format graphml --out net.graphml   Cytoscape, yEd"})
public final class ExportCommand implements Callable<Integer> {

    @Mixin
    NetworkRun run;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "graphml, gexf, dot or csv")
    String format;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "where to write")
    Path out;

    @Override
    public Integer call() {
        return run.run(() -> {
            String f = format.toLowerCase(Locale.ROOT);
            GraphFormat graph = Map.of("graphml", GraphFormat.GRAPHML, "gexf", GraphFormat.GEXF, "dot", GraphFormat.DOT).get(f);
            if (graph == null && !f.equals("csv")) {
                return run.fail("--format must be graphml, gexf, dot or csv, got '" + format + "'");
            }
            Network n = run.load();
            AnalysisResult result = SecurityAnalyzer.analyze(n);
            String text = graph == null ? AnalysisCsv.write(n, result, Economics.of(n, result, Map.of()))
                    : GraphExport.write(graph, n, result,
                    GraphDrawing.headless(n, result, new TiersLayout(), MainWindow.LAYOUT_SEED));
            return run.write(out, text, n.chains().size() + " chains, " + n.validators().size() + " validators, "
                    + n.allocations().size() + " allocations");
        });
    }
}
