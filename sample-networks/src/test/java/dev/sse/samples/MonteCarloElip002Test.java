package dev.sse.samples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sse.model.analysis.AnalysisOptions;
import dev.sse.model.montecarlo.MonteCarloResult;
import dev.sse.model.montecarlo.MonteCarloRun;
import dev.sse.model.montecarlo.MonteCarloSpec;
import dev.sse.model.montecarlo.ShockModel;
import dev.sse.model.network.Network;
import dev.sse.model.simulation.AnalysisAttackFinder;
import dev.sse.model.simulation.Scenario;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 24: the same Monte Carlo draws on eigenlayer-pooled and eigenlayer-unique (200 operators × 12 AVSs, the same
 * stakes) differ the way ELIP-002 says (eigenfoundation/ELIPs ELIP-002 "Slashing via Unique Stake Allocation"): with
 * unique stake, a buggy AVS can slash only the stake allocated to it, so the loss of a draw in which only that AVS
 * slashes is bounded by its allocations; with pooled stake the same slash takes the fraction of each operator's whole
 * stake, so the pooled distribution lies above.
 */
class MonteCarloElip002Test {

    /** The draws' helper threads (the model starts none itself, issue #18). */
    private static final java.util.concurrent.ExecutorService HELPERS =
            java.util.concurrent.Executors.newCachedThreadPool(r -> {
                Thread t = new Thread(r, "mc-test-helper");
                t.setDaemon(true);
                return t;
            });

    private static MonteCarloResult run(Network n, ShockModel model) {
        MonteCarloSpec spec = new MonteCarloSpec(Scenario.of("avs bugs", List.of()), List.of(model), 400, 7);
        return MonteCarloRun.prepare(n, spec, new AnalysisAttackFinder(AnalysisOptions.defaults().withTimeLimit(0.05)))
                .run(HELPERS, 2, (d, t) -> { });
    }

    /** The value allocated to {@code avs} (unique stake): what ELIP-002 lets that AVS slash at most. */
    private static double allocatedValue(Network n, String avs) {
        double price = n.assets().get(0).priceUsd();
        return n.allocationsTo(avs).stream().mapToDouble(a -> a.amountOr(0)).sum() * price;
    }

    @Test
    void uniqueStakeBoundsTheLossFromOneAvsSlashAndPooledStakeLosesMore() throws Exception {
        Network pooled = SampleComparisonTest.load("eigenlayer-pooled");
        Network unique = SampleComparisonTest.load("eigenlayer-unique");
        ShockModel buggy = new ShockModel.ChainFaults(0.05, 1.0, List.of("eigenda"));
        MonteCarloResult p = run(pooled, buggy);
        MonteCarloResult u = run(unique, buggy);
        double bound = allocatedValue(unique, "eigenda");

        assertThat(u.losses().max()).as("unique: a draw loses at most what is allocated to the buggy AVS").isPositive()
                .isLessThanOrEqualTo(bound * (1 + 1e-9));
        assertThat(p.losses().max()).as("pooled: the same slash takes the operators' whole stake").isGreaterThan(bound);
        assertThat(p.losses().mean()).isGreaterThan(u.losses().mean());
        assertThat(p.losses().expectedShortfall(0.99)).isGreaterThan(u.losses().expectedShortfall(0.99));
        assertThat(p.losses().probabilityPositive()).as("the same draws slash on both sides")
                .isEqualTo(u.losses().probabilityPositive());
    }
}
