package dev.sse.app.bench;

import dev.sse.model.analysis.AnalysisOptions;
import dev.sse.model.analysis.AnalysisResult;
import dev.sse.model.analysis.SecurityAnalyzer;
import dev.sse.model.analysis.exact.Instance;
import dev.sse.model.analysis.exact.InstanceBuilder;
import dev.sse.model.analysis.milp.AttackModel;
import dev.sse.model.analysis.milp.IlpModel;
import dev.sse.model.analysis.milp.IlpResult;
import dev.sse.model.analysis.milp.MpSolverBackend;
import dev.sse.model.io.json.NetworkCodec;
import dev.sse.model.network.Network;
import java.io.ByteArrayInputStream;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Issue 20's side-by-side table: on each generated restaking network ({@link RestakingNetworks}, seed 7) the
 * explorer's whole analysis with default options ({@code SecurityAnalyzer.analyze}: best attack, margin, every
 * cover), then HiGHS through OR-Tools' MPSolver ({@link MpSolverBackend}, one thread, gap 0) on the same
 * best-attack model with the same time budget: the wall time the analysis took. One Markdown row per network,
 * values in USD, ratios explorer / HiGHS. Usage: {@code java -cp ... dev.sse.app.bench.ExactVsHighs [seed [rows]]},
 * {@code rows} a text the row names must contain (e.g. "1,900" for the three pooled 1,900 × 42 rows).
 */
public final class ExactVsHighs {

    private static String only = "";

    private ExactVsHighs() {
    }

    public static void main(String[] args) throws Exception {
        long seed = args.length > 0 ? Long.parseLong(args[0]) : 7;
        only = args.length > 1 ? args[1] : "";
        System.out.println("| network | explorer: wall s (CPU s) | best attack | proven bound | bound gap | margin [proven ≥] "
                + "| HiGHS, same wall s: best attack | proven bound | bound gap | attack ratio | bound-gap ratio |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|---|");
        row("pooled 1,900 × 42", RestakingNetworks.generate(false, 1900, 42, 1, seed, 2));
        row("pooled 1,900 × 42, profits × 2", RestakingNetworks.generate(false, 1900, 42, 2, seed, 2));
        row("pooled 1,900 × 42, profits × 3", RestakingNetworks.generate(false, 1900, 42, 3, seed, 2));
        row("pooled 350 × 25", RestakingNetworks.generate(false, 350, 25, 1, seed, 2));
        row("pooled 350 × 25, 18 decimals", RestakingNetworks.generate(false, 350, 25, 1, seed, 18));
        row("unique 1,000 × 100", RestakingNetworks.generate(true, 1000, 100, 1, seed, 2));
        row("unique 1,000 × 100, profits × 3", RestakingNetworks.generate(true, 1000, 100, 3, seed, 2));
    }

    private static void row(String name, String json) throws Exception {
        if (!name.contains(only)) {
            return;
        }
        Network n = NetworkCodec.read(name, new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
        long cpu0 = cpu();
        long t0 = System.nanoTime();
        AnalysisResult r = SecurityAnalyzer.analyze(n, AnalysisOptions.defaults());
        double wall = (System.nanoTime() - t0) / 1e9;
        double cpuSeconds = (cpu() - cpu0) / 1e9;
        double net = r.bestAttack() == null ? 0 : r.bestAttack().net();
        double bound = r.bestAttackBound() == null ? Double.NaN : r.bestAttackBound();
        String margin = r.margin().value() == null ? "n/a" : String.format(Locale.ROOT, "%.3f%% [%s]",
                100 * r.margin().value(), r.margin().exact() ? "exact"
                        : String.format(Locale.ROOT, "%.3f%%", 100 * r.margin().lowerBound()));

        Instance inst = InstanceBuilder.build(n, Map.of(), Set.of(), Set.of()).instance();
        AttackModel am = AttackModel.of(inst);
        am.model.objective(am.net(), true);
        IlpResult h = MpSolverBackend.highs().solve(am.model, wall);
        double unit = BigDecimal.ONE.movePointLeft(inst.scale()).doubleValue();
        double hNet = h.hasSolution() ? Math.max(0, IlpModel.eval(am.net(), h.values())) * unit : 0;
        double hBound = h.status() == IlpResult.Status.OPTIMAL ? hNet : h.bound() * unit;
        System.out.printf(Locale.ROOT, "| %s | %.1f (%.1f) | %s%s | %s | %s | %s | %s%s | %s | %s | %s | %s |%n", name, wall,
                cpuSeconds, usd(net), r.bestAttackExact() ? " (proven)" : "", usd(bound), gap(net, bound), margin,
                usd(hNet), h.status() == IlpResult.Status.OPTIMAL ? " (proven)" : "", usd(hBound), gap(hNet, hBound),
                hNet > 0 ? String.format(Locale.ROOT, "%.3f", net / hNet) : net > 0 ? "∞" : "1",
                ratio(gapValue(net, bound), gapValue(hNet, hBound)));
    }

    private static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static String usd(double v) {
        return Double.isNaN(v) ? "–" : v >= 1e9 ? String.format(Locale.ROOT, "%.4f B", v / 1e9)
                : v >= 1e6 ? String.format(Locale.ROOT, "%.3f M", v / 1e6) : String.format(Locale.ROOT, "%.2f", v);
    }

    private static double gapValue(double net, double bound) {
        if (Double.isNaN(bound)) {
            return Double.NaN;
        }
        // within a cent of each other (the double bound of a proven optimum): no gap
        return bound - net < 0.01 ? 0 : net > 0 ? (bound - net) / net : Double.POSITIVE_INFINITY;
    }

    private static String gap(double net, double bound) {
        double g = gapValue(net, bound);
        return Double.isNaN(g) ? "–" : Double.isInfinite(g) ? "∞" : String.format(Locale.ROOT, "%.2f%%", 100 * g);
    }

    private static String ratio(double a, double b) {
        if (Double.isNaN(a) || Double.isNaN(b)) {
            return "–";
        }
        if (a == 0 && b == 0) {
            return "both 0";
        }
        return b == 0 || Double.isInfinite(a) ? "∞" : Double.isInfinite(b) ? "0" : String.format(Locale.ROOT, "%.3f", a / b);
    }
}
