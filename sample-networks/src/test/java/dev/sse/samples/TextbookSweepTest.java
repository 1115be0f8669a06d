package dev.sse.samples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sse.model.network.Network;
import dev.sse.model.sweep.SweepParameter;
import dev.sse.model.sweep.SweepResult;
import dev.sse.model.sweep.SweepRow;
import dev.sse.model.sweep.SweepSpec;
import dev.sse.model.sweep.Sweeper;
import dev.sse.model.variants.Isolation;
import dev.sse.model.variants.Variants;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A sweep over ψ on every textbook network (and its derived variants) never exceeds the Durvasula–Roughgarden
 * bound (1 + 1/γ)ψ where the network has a positive proven margin γ (Theorem 1).
 */
class TextbookSweepTest {

    @Test
    void aShockSweepNeverExceedsTheDrBoundWhereTheMarginIsPositive() throws Exception {
        List<String> bounded = new ArrayList<>();
        for (SampleNetworks.Sample s : SampleNetworks.all()) {
            if (!s.id().startsWith("textbook-")) {
                continue;
            }
            Network n = SampleComparisonTest.load(s.id());
            Map<String, Network> variants = Map.of(s.id(), n, s.id() + " pooled", Variants.poolAllocations(n),
                    s.id() + " unique", Variants.uniqueStake(n),
                    s.id() + " isolated", Variants.isolateConsumers(n, Isolation.providerShare(0.5)));
            for (var e : variants.entrySet()) {
                SweepResult r = Sweeper.run(e.getValue(), SweepSpec.of(new SweepParameter.ShockBudget(), 0, 0.5, 11).withTimeLimit(5));
                assertThat(r.rows()).hasSize(11);
                for (SweepRow row : r.rows()) {
                    assertThat(row.worstExact()).as(e.getKey()).isTrue();
                    if (row.drBound() != null) {
                        assertThat(row.worstCaseLoss()).as("%s at ψ = %s", e.getKey(), row.value())
                                .isLessThanOrEqualTo(row.drBound() + 1e-12);
                    }
                }
                if (r.rows().get(1).drBound() != null) {
                    bounded.add(e.getKey());
                }
            }
        }
        assertThat(bounded).contains("textbook-triangle");
    }
}
