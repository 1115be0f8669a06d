package dev.sse.app.bench;

import dev.sse.model.analysis.AnalysisOptions;
import dev.sse.model.analysis.AnalysisResult;
import dev.sse.model.analysis.SecurityAnalyzer;
import dev.sse.model.network.Network;
import dev.sse.model.simulation.AnalysisAttackFinder;
import dev.sse.model.simulation.Scenario;
import dev.sse.model.simulation.SimTrace;
import dev.sse.model.simulation.Simulation;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Smoke timings of the benchmark operations on the bundled samples: median of N single shots after a few
 * warm-up shots (not a benchmark: use JMH for the numbers in docs/performance.md). Usage:
 * {@code java -cp ... dev.sse.app.bench.QuickTimes [repetitions]}.
 */
public final class QuickTimes {

    public static void main(String[] args) {
        int reps = args.length > 0 ? Integer.parseInt(args[0]) : 15;
        Network kusama = Samples.load("kusama");
        Network stress = Samples.load("stress");
        Network pooled = Samples.load("eigenlayer-pooled");
        Network unique = Samples.load("eigenlayer-unique");
        Network cosmos = Samples.load("cosmos-hub-ics");
        time("kusama analyze", reps, () -> describe(SecurityAnalyzer.analyze(kusama)));
        time("kusama chainMetrics", reps, () -> SecurityAnalyzer.chainMetrics(kusama, AnalysisOptions.defaults()).size() + "");
        time("stress chainMetrics", reps, () -> SecurityAnalyzer.chainMetrics(stress, AnalysisOptions.defaults()).size() + "");
        time("cosmos analyze", reps, () -> describe(SecurityAnalyzer.analyze(cosmos)));
        time("eigen pooled analyze", Math.max(1, reps / 5), () -> describe(SecurityAnalyzer.analyze(pooled)));
        time("eigen unique analyze", Math.max(1, reps / 5), () -> describe(SecurityAnalyzer.analyze(unique)));
        time("kusama 10% shock cascade", reps, () -> describe(run(kusama, Samples.tenPercentShock())));
        time("kusama KSM -30% cascade", reps, () -> describe(run(kusama, Samples.ksmCrash30())));
        time("kusama 10% shock, first round", reps, () -> {
            Simulation sim = Simulation.start(kusama, Samples.tenPercentShock(), new AnalysisAttackFinder());
            sim.step();
            long t = System.nanoTime();
            sim.step();
            return String.format(Locale.ROOT, "round %.2f ms", (System.nanoTime() - t) / 1e6);
        });
    }

    static SimTrace run(Network n, Scenario s) {
        return Simulation.runAll(n, s, new AnalysisAttackFinder());
    }

    static String describe(SimTrace t) {
        return t.steps().size() + " steps";
    }

    static String describe(AnalysisResult r) {
        return "secure=" + r.secure() + "/" + r.secureExact() + " margin=" + r.margin().value() + "/" + r.margin().exact()
                + " costExact=" + r.chains().values().stream().filter(c -> c.costExact()).count() + "/"
                + r.chains().size() + " solver=" + r.solver();
    }

    static void time(String what, int reps, Supplier<String> op) {
        String last = "";
        for (int i = 0; i < Math.min(3, reps); i++) {
            last = op.get();
        }
        double[] ms = new double[reps];
        for (int i = 0; i < reps; i++) {
            long t = System.nanoTime();
            last = op.get();
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        System.out.printf(Locale.ROOT, "%-32s median %9.2f ms  min %9.2f  max %9.2f  (%s)%n", what, ms[reps / 2], ms[0],
                ms[reps - 1], last);
    }
}
