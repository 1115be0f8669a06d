package dev.sse.model.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sse.model.analysis.AnalysisOptions;
import dev.sse.model.network.Chain;
import dev.sse.model.network.Network;
import dev.sse.model.simulation.RandomCases;
import dev.sse.model.variants.Isolation;
import dev.sse.model.variants.Variants;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Durvasula–Roughgarden Theorem 1 through the sweep engine, on small random networks and their derived variants:
 * wherever the proven margin γ is positive, the worst-case loss after a shock of ψ stays within (1 + 1/γ)ψ.
 */
class DrBoundPropertiesTest {

    @Provide
    Arbitrary<Network> networks() {
        return Arbitraries.longs().map(seed -> {
            Network n = RandomCases.mixed(seed).network();
            return switch ((int) Math.floorMod(seed, 4L)) {
                case 0 -> n;
                case 1 -> Variants.poolAllocations(n);
                case 2 -> Variants.uniqueStake(n);
                default -> Variants.isolateConsumers(n, Isolation.providerShare(0.5));
            };
        });
    }

    @Property(tries = 150)
    void aShockSweepNeverExceedsTheBound(@ForAll("networks") Network n) {
        SweepSpec spec = new SweepSpec(new SweepParameter.ShockBudget(), 0, 0.5, 6, 0.1, 5, null);
        SweepResult r = Sweeper.run(n, spec.withTimeLimit(AnalysisOptions.DEFAULT_TIME_LIMIT));
        boolean bounded = false;
        for (SweepRow row : r.rows()) {
            if (row.drBound() != null && row.worstExact()) {
                bounded = true;
                assertThat(row.worstCaseLoss()).as("ψ = %s, γ = %s", row.value(), row.margin())
                        .isLessThanOrEqualTo(row.drBound() + 1e-9);
            }
        }
        Statistics.label("bounded").collect(bounded);
    }

    @Property(tries = 200)
    void variantsKeepEveryChainId(@ForAll("networks") Network n) {
        List<String> ids = n.chains().stream().map(Chain::id).toList();
        assertThat(Variants.isolateConsumers(n, Isolation.directOnly()).chains()).extracting(Chain::id).isEqualTo(ids);
        assertThat(Variants.uniqueStake(n).allocations()).allSatisfy(a ->
                assertThat(a.amount().getAsDouble()).isLessThanOrEqualTo(n.validator(a.validator()).orElseThrow().stake()));
    }
}
