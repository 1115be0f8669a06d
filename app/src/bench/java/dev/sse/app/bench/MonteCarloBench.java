package dev.sse.app.bench;

import dev.sse.model.analysis.AnalysisOptions;
import dev.sse.model.io.json.MonteCarloJson;
import dev.sse.model.montecarlo.MonteCarloResult;
import dev.sse.model.montecarlo.MonteCarloRun;
import dev.sse.model.montecarlo.MonteCarloSpec;
import dev.sse.model.montecarlo.ShockModel;
import dev.sse.model.network.Allocation;
import dev.sse.model.network.Asset;
import dev.sse.model.network.Chain;
import dev.sse.model.network.ChainKind;
import dev.sse.model.network.Network;
import dev.sse.model.network.Settings;
import dev.sse.model.network.Validator;
import dev.sse.model.simulation.AnalysisAttackFinder;
import dev.sse.model.simulation.Scenario;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The Monte Carlo benchmark of issue 24 (docs/performance.md "Monte Carlo"): N draws on kusama and on a generated
 * restaking network of 1,000 operators × 100 AVSs, on 1 and then 2 threads in the same JVM, after a warm-up run;
 * prints wall time, the process's CPU time and load average, draws simulated, attack rounds and how many were proven, and checks that both thread counts
 * print the same summary. Usage: {@code java -cp ... dev.sse.app.bench.MonteCarloBench [draws] [warm-up draws] [kusama|restaking|both]}.
 */
public final class MonteCarloBench {

    private MonteCarloBench() {
    }

    public static void main(String[] args) {
        int draws = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int warm = args.length > 1 ? Integer.parseInt(args[1]) : 500;
        List<ShockModel> shocks = List.of(new ShockModel.CorrelatedFailures(0.01, 0.3),
                new ShockModel.ChainFaults(0.01, 0.5, List.of()));
        String which = args.length > 2 ? args[2] : "both";
        if (!which.equals("restaking")) {
            bench("kusama", Samples.load("kusama"), shocks, draws, warm);
        }
        if (!which.equals("kusama")) {
            bench("restaking 1000 x 100 (unique stake)", restaking(1000, 100, 10), shocks, draws, warm);
        }
    }

    private static void bench(String label, Network n, List<ShockModel> shocks, int draws, int warm) {
        MonteCarloSpec spec = new MonteCarloSpec(Scenario.of("bench", List.of()), shocks, draws, 7);
        AnalysisAttackFinder finder = new AnalysisAttackFinder(AnalysisOptions.defaults()
                .withTimeLimit(MonteCarloSpec.DEFAULT_TIME_LIMIT));
        dev.sse.app.concurrency.CommandLineDraws.run(MonteCarloRun.prepare(n, spec.withDraws(warm).withSeed(1), finder), 2, (d, t) -> { });
        String first = null;
        for (int threads : new int[] {1, 2}) {
            long t0 = System.nanoTime();
            long c0 = cpu();
            MonteCarloResult r = dev.sse.app.concurrency.CommandLineDraws.run(MonteCarloRun.prepare(n, spec, finder), threads, (d, t) -> { });
            double s = (System.nanoTime() - t0) / 1e9;
            double cpu = (cpu() - c0) / 1e9;
            String json = MonteCarloJson.write(r);
            first = first == null ? json : first;
            System.out.printf(Locale.ROOT, "%s: %d draws, %d threads: %.2f s (%.3f ms/draw), CPU %.2f s, load %.1f, %d simulated,"
                            + " mean loss %.4g, VaR99 %.4g, attack rounds %d, proven %d, same output as 1 thread: %s%n", label, r.draws(),
                    threads, s, s * 1000 / r.draws(), cpu, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), r.simulated(), r.losses().mean(), r.losses().valueAtRisk(0.99), r.attackRounds(),
                    r.provenRounds(), json.equals(first));
        }
    }

    /** CPU time of the whole process so far (all threads, JIT and GC included), nanoseconds. */
    private static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /**
     * {@code operators} operators restaking ETH (log-normal stakes, seed 24), each allocating unique stake (ELIP-002)
     * to {@code perOperator} random AVSs of {@code avss}, 1/(perOperator + 2) of its stake to each (so no operator can lose
     * its whole stake in one attack: costs are separable and the engine needs no MILP to prove an AVS safe); each AVS's profit from
     * corruption is a tenth of the value allocated to it, so the network starts secure and stays so after one 50% slash.
     */
    static Network restaking(int operators, int avss, int perOperator) {
        SplittableRandom r = new SplittableRandom(24);
        Network.Builder b = Network.builder().name("restaking " + operators + " x " + avss).asset(new Asset("ETH", 3000));
        double[] allocated = new double[avss];
        java.util.List<Allocation> allocations = new java.util.ArrayList<>();
        for (int o = 0; o < operators; o++) {
            double stake = Math.round(Math.exp(8 + 1.5 * gaussian(r)) * 100) / 100.0 + 32;
            String id = String.format(Locale.ROOT, "op%04d", o);
            b.validator(new Validator(id, null, stake, "ETH", id));
            java.util.Set<Integer> chosen = new java.util.TreeSet<>();
            while (chosen.size() < perOperator) {
                chosen.add(r.nextInt(avss));
            }
            for (int a : chosen) {
                double amount = Math.floor(stake / (perOperator + 2) * 100) / 100.0;
                allocations.add(Allocation.of(id, avs(a), amount));
                allocated[a] += amount * 3000;
            }
        }
        for (int a = 0; a < avss; a++) {
            b.chain(Chain.builder(avs(a), ChainKind.AVS).profitFromCorruption(Math.round(allocated[a] / 10)).attackThreshold(2.0 / 3).build());
        }
        allocations.forEach(b::allocation);
        return b.build();
    }

    private static String avs(int a) {
        return String.format(Locale.ROOT, "avs%03d", a);
    }

    private static double gaussian(SplittableRandom r) {
        return Math.sqrt(-2 * Math.log(1 - r.nextDouble())) * Math.cos(2 * Math.PI * r.nextDouble());
    }
}
