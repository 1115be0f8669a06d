package dev.sse.app.bench;

import dev.sse.model.analysis.AnalysisOptions;
import dev.sse.model.analysis.AnalysisResult;
import dev.sse.model.analysis.SecurityAnalyzer;
import dev.sse.model.network.Network;
import java.util.Locale;

/**
 * CP-SAT vs ojAlgo on the exact searches (best attack + margin) of the bundled stress and EigenLayer samples,
 * each at profits ×1 and ×3 (secure and insecure). Prints one Markdown row per run. Usage:
 * {@code java -cp ... dev.sse.app.bench.SolverComparison [timeLimitSeconds]}.
 */
public final class SolverComparison {

    public static void main(String[] args) {
        double limit = args.length > 0 ? Double.parseDouble(args[0]) : 20;
        System.out.println("| network | profits | solver | wall s | secure | best net | best exact | margin | margin exact |");
        System.out.println("|---|---|---|---|---|---|---|---|---|");
        for (String shape : new String[] {"eigenlayer-pooled", "eigenlayer-unique", "stress"}) {
            for (int factor : new int[] {1, 3}) {
                Network n = scale(Samples.load(shape), factor);
                for (AnalysisOptions.Solver s : new AnalysisOptions.Solver[] {AnalysisOptions.Solver.CP_SAT,
                        AnalysisOptions.Solver.OJALGO}) {
                    long t0 = System.nanoTime();
                    AnalysisResult r = SecurityAnalyzer.analyze(n, AnalysisOptions.defaults().withSolver(s).withTimeLimit(limit));
                    double secs = (System.nanoTime() - t0) / 1e9;
                    System.out.printf(Locale.ROOT, "| %s | ×%d | %s | %.2f | %s | %s | %s | %s | %s |%n", shape, factor,
                            r.solver(), secs, r.secure(), r.bestAttack() == null ? "none" : String.format(Locale.ROOT, "%.2f", r.bestAttack().net()),
                            r.bestAttackExact(), r.margin().value() == null ? "n/a" : String.format(Locale.ROOT, "%.6f", r.margin().value()),
                            r.margin().exact());
                }
            }
        }
    }

    static Network scale(Network n, int factor) {
        Network.Builder b = n.toBuilder();
        n.chains().forEach(c -> b.replaceChain(c.withProfitFromCorruption(c.profitFromCorruption() * factor)));
        return b.build();
    }
}
