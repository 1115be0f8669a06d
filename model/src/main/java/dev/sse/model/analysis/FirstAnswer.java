package dev.sse.model.analysis;

import dev.sse.model.analysis.exact.BruteForce;
import dev.sse.model.analysis.exact.Coalition;
import dev.sse.model.analysis.exact.Fraction;
import dev.sse.model.analysis.exact.Greedy;
import dev.sse.model.analysis.exact.Instance;
import dev.sse.model.analysis.exact.InstanceBuilder;
import dev.sse.model.analysis.exact.Outcomes;
import dev.sse.model.network.Network;
import java.util.Map;
import java.util.concurrent.CancellationException;

/**
 * The anytime analysis's answers before the final one ({@link AnytimeAnswer}, issue 20). Each is put through
 * {@link Conclusion}, like the final answer, from what is proven so far:
 * <ul>
 *   <li>first: the best {@link Greedy} attack and ratio (verified coalitions), the net bound Σ_s max(0, π_s) (every
 *       coalition's profit − cost is at most its profit, cost ≥ 0) and the margin's lower bound that net bound gives
 *       ({@link Engine#byNetBound}, from the chain covers the metrics have just computed);</li>
 *   <li>after the best-attack search: its attack and proven net bound, the margin still the greedy ratio with the
 *       lower bound of that sharper net bound (as {@link Engine#minRatio(Instance, long, Coalition)} raises it).</li>
 * </ul>
 * No solver runs here: on pooled 1,900 × 42 the first answer costs the chain metrics and two greedy passes.
 */
final class FirstAnswer {

    private FirstAnswer() {
    }

    /** Whether the engine decides {@code inst} by brute force (milliseconds: no earlier answer is worth giving). */
    static boolean bruteForce(Instance inst, AnalysisOptions.Solver solver) {
        return solver == AnalysisOptions.Solver.BRUTE_FORCE || solver == AnalysisOptions.Solver.AUTO && BruteForce.fits(inst);
    }

    /** Between the anytime steps: a caller that interrupted the thread wants no further answer. */
    static void stopIfInterrupted() {
        if (Thread.currentThread().isInterrupted()) {
            throw new CancellationException("analysis cancelled");
        }
    }

    static AnalysisResult of(Network network, InstanceBuilder.Built built, ChainMetricsBuilder metrics,
                             Map<String, ChainMetrics> chains, String unit) {
        Instance inst = built.instance();
        Greedy.Found greedy = Greedy.of(inst);
        long bound = 0;
        for (int s = 0; s < inst.chainCount(); s++) {
            long p = Math.max(0, inst.profit(s));
            bound = bound > Long.MAX_VALUE - p ? Long.MAX_VALUE : bound + p; // MAX_VALUE: no bound known
        }
        Coalition net = greedy.bestNet() != null && greedy.bestNet().net() > 0 ? greedy.bestNet() : null;
        Outcomes.Attack best = new Outcomes.Attack(net, bound <= 0, Math.max(bound, net == null ? 0 : net.net()), "greedy");
        return result(network, built, metrics, chains, unit, best, greedy, "greedy");
    }

    static AnalysisResult afterBestAttack(Network network, InstanceBuilder.Built built, ChainMetricsBuilder metrics,
                                          Map<String, ChainMetrics> chains, String unit, Outcomes.Attack best,
                                          String solver) {
        return result(network, built, metrics, chains, unit, best, Greedy.of(built.instance()), solver);
    }

    private static AnalysisResult result(Network network, InstanceBuilder.Built built, ChainMetricsBuilder metrics,
                                         Map<String, ChainMetrics> chains, String unit, Outcomes.Attack best,
                                         Greedy.Found greedy, String solver) {
        Instance inst = built.instance();
        Coalition r = greedy.bestRatio();
        Fraction lower = Fraction.ZERO;
        if (r != null && best.netBound() > 0 && best.netBound() != Long.MAX_VALUE) {
            Fraction byNet = Engine.byNetBound(inst, best.netBound());
            lower = byNet.compareTo(lower) > 0 ? byNet : lower;
        }
        Outcomes.Ratio ratio = r == null ? new Outcomes.Ratio(0, 0, false, Fraction.ZERO, solver)
                : new Outcomes.Ratio(r.cost(), r.profit(), false, lower, solver);
        Attack attack = SecurityAnalyzer.toAttack(best.attack(), inst, metrics);
        Conclusion c = Conclusion.of(best, attack, ratio, metrics, unit);
        long fileStake = java.util.stream.IntStream.range(0, built.fileValidators()).mapToLong(inst::stake).sum();
        return new AnalysisResult(network.name(), unit, metrics.value(fileStake), c.secure(), c.secureExact(),
                c.margin(), attack, best.exact(), c.bestAttackBound(), SecurityAnalyzer.eigenLayer(inst), chains, null,
                solver, c.why());
    }
}
