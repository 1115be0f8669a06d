package dev.sse.app.bench;

import dev.sse.model.analysis.AnalysisOptions;
import dev.sse.model.analysis.AnytimeAnswer;
import dev.sse.model.analysis.SecurityAnalyzer;
import dev.sse.model.io.json.NetworkCodec;
import dev.sse.model.network.Network;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.CancellationException;

/**
 * Issue 20's anytime item, "a first answer within 0.2 s on 1,900 × 42": the time from asking the window's analysis
 * ({@code SecurityAnalyzer.analyze(network, options, answers)}, what {@code AnalysisRunner} runs) to its first answer,
 * on the pooled 1,900 × 42 network of {@link RestakingNetworks} (profits × 1, 2, 3). The analysis is stopped there
 * (the thread interrupts itself, as the runner does when a newer request comes). Prints, per network, the cold first
 * call in this JVM and the median of the warm ones: wall time and the analysing thread's CPU time. Not a unit test;
 * a benchmark mode (docs/performance.md). Usage: {@code FirstAnswerTimes [SEED] [REPETITIONS]}.
 */
public final class FirstAnswerTimes {

    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private FirstAnswerTimes() {
    }

    public static void main(String[] args) throws Exception {
        long seed = args.length > 0 ? Long.parseLong(args[0]) : 7;
        int reps = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        for (int factor = 1; factor <= 3; factor++) {
            String json = RestakingNetworks.generate(false, 1900, 42, factor, seed, 2);
            Network n = NetworkCodec.readString("pooled-1900x42-x" + factor, json);
            double[] cold = firstAnswer(n);
            double[] wall = new double[reps];
            double[] cpu = new double[reps];
            for (int i = 0; i < reps; i++) {
                double[] t = firstAnswer(n);
                wall[i] = t[0];
                cpu[i] = t[1];
            }
            System.out.printf(Locale.ROOT, "pooled 1,900 x 42, profits x %d: cold %.3f s wall (%.3f s CPU); warm median"
                    + " %.3f s wall (%.3f s CPU) over %d%n", factor, cold[0], cold[1], median(wall), median(cpu), reps);
        }
    }

    /** {wall s, CPU s} from the call to the first answer. */
    private static double[] firstAnswer(Network n) {
        long wall0 = System.nanoTime();
        long cpu0 = CPU.getCurrentThreadCpuTime();
        double[] out = new double[2];
        try {
            SecurityAnalyzer.analyze(n, AnalysisOptions.defaults(), (AnytimeAnswer a) -> {
                if (out[0] == 0) {
                    out[0] = (System.nanoTime() - wall0) / 1e9;
                    out[1] = (CPU.getCurrentThreadCpuTime() - cpu0) / 1e9;
                    Thread.currentThread().interrupt(); // the analysis stops at its next check, as when superseded
                }
            });
        } catch (CancellationException stopped) {
            // expected: stopped after its first answer
        } finally {
            Thread.interrupted();
        }
        return out;
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }
}
