package dev.sse.model.montecarlo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.sse.model.network.Network;
import dev.sse.model.simulation.fault.Fault;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The random shock models of issue 24: their frequencies and correlations. */
class ShockModelTest {

    private static List<Fault> draw(ShockModel m, Network n, long seed) {
        DrawFaults out = new DrawFaults();
        m.sampler(n).draw(new SplittableRandom(seed), out);
        return out.faults();
    }

    private static int failed(List<Fault> faults) {
        return faults.stream().filter(Fault.Shock.class::isInstance).mapToInt(f -> ((Fault.Shock) f).validators().size()).sum();
    }

    @Test
    void independentFailuresHitEachValidatorWithProbabilityP() {
        Network n = MonteCarloRunTest.restaking();
        int hits = 0;
        for (int s = 0; s < 5000; s++) {
            hits += failed(draw(new ShockModel.IndependentFailures(0.3), n, s));
        }
        assertThat(hits / (5000.0 * 4)).isCloseTo(0.3, within(0.02));
    }

    @Test
    void aFullyCorrelatedCopulaFailsAllOperatorsOrNone() {
        Network n = MonteCarloRunTest.restaking();
        int all = 0;
        for (int s = 0; s < 2000; s++) {
            int f = failed(draw(new ShockModel.CorrelatedFailures(0.25, 1.0), n, s));
            assertThat(f).isIn(0, 4);
            all += f == 4 ? 1 : 0;
        }
        assertThat(all / 2000.0).isCloseTo(0.25, within(0.03));
    }

    @Test
    void anIndependentCopulaFailsOperatorsOneByOneWithAllTheirValidators() {
        Network n = MonteCarloRunTest.restaking();
        int one = 0;
        for (int s = 0; s < 2000; s++) {
            int f = failed(draw(new ShockModel.CorrelatedFailures(0.5, 0.0), n, s));
            assertThat(f).as("operators org-a and org-b run two validators each").isIn(0, 2, 4);
            one += f == 2 ? 1 : 0;
        }
        assertThat(one / 2000.0).isCloseTo(0.5, within(0.04)); // P(exactly one of two) = 2·p·(1−p)
    }

    @Test
    void groupsFailTogether() {
        Network n = MonteCarloRunTest.restaking();
        List<Fault> f = draw(new ShockModel.GroupFailures(Map.of("cloud", List.of("org-a", "v4")), 1.0), n, 1);
        assertThat(f).containsExactly(new Fault.Shock(List.of("v1", "v2", "v4")));
    }

    @Test
    void chainFaultsSlashEveryAllocatedValidatorOfTheBuggyAvs() {
        Network n = MonteCarloRunTest.restaking();
        List<Fault> f = draw(new ShockModel.ChainFaults(1.0, 0.5, List.of("avs-2")), n, 1);
        assertThat(f).containsExactly(new Fault.Slash("avs-2", List.of("v1", "v2", "v3", "v4"), 0.5));
    }

    @Test
    void logNormalPricesDropWithTheRightMedianAndCorrelation() {
        Network n = MonteCarloRunTest.restaking();
        int falls = 0;
        for (int s = 0; s < 4000; s++) {
            List<Fault> f = draw(new ShockModel.PriceShocks(Map.of("ETH", 0.4), 0), n, s);
            falls += f.isEmpty() ? 0 : 1;
            f.forEach(x -> assertThat(((Fault.PriceShock) x).drop()).isBetween(0.0, 1.0));
        }
        // P(P1 < P0) = P(σX − σ²/2 < 0) = Φ(σ/2) = Φ(0.2) ≈ 0.579
        assertThat(falls / 4000.0).isCloseTo(0.579, within(0.025));
        assertThat(Gaussian.inverseCdf(0.975)).isCloseTo(1.959964, within(1e-6));
        assertThat(Gaussian.inverseCdf(0.01)).isCloseTo(-2.326348, within(1e-6));
    }
}
