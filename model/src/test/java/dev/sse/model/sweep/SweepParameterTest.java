package dev.sse.model.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sse.model.analysis.AnalysisOptions;
import dev.sse.model.network.Allocation;
import dev.sse.model.network.Asset;
import dev.sse.model.network.Chain;
import dev.sse.model.network.ChainKind;
import dev.sse.model.network.Network;
import dev.sse.model.network.Validator;
import dev.sse.model.simulation.fault.Fault;
import java.util.List;
import org.junit.jupiter.api.Test;

class SweepParameterTest {

    static Network net() {
        return Network.builder().asset(new Asset("TOK", 1))
                .validator(new Validator("a:1", null, 10, "TOK", null)).validator(new Validator("b", null, 20, "TOK", null))
                .chain(Chain.builder("P", ChainKind.PROVIDER).profitFromCorruption(5).build())
                .chain(Chain.builder("C", ChainKind.CONSUMER).profitFromCorruption(3).securedBy("P").build())
                .allocation(Allocation.pooled("a:1", "P")).allocation(Allocation.pooled("b", "P")).build();
    }

    @Test
    void parsesEveryFormAndRoundTripsItsKey() {
        for (String key : List.of("shock-budget", "price-drop:TOK", "profit:C", "allocation:a:1:P", "adversary-fraction", "top-n:C")) {
            assertThat(SweepParameter.parse(key).key()).isEqualTo(key);
            assertThat(SweepParameter.parse(key).check(net())).as(key).isEmpty();
        }
        assertThat(SweepParameter.parse("allocation:a:1:P")).isEqualTo(new SweepParameter.AllocationAmount("a:1", "P"));
    }

    @Test
    void rejectsUnknownFormsAndIds() {
        for (String bad : List.of("", "shock", "profit", "profit:", "allocation:x", "allocation:x:", "shock-budget:1")) {
            assertThatThrownBy(() -> SweepParameter.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("price-drop:ASSET");
        }
        assertThat(SweepParameter.parse("price-drop:ETH").check(net())).get().asString().contains("known: TOK");
        assertThat(SweepParameter.parse("profit:Z").check(net())).isPresent();
        assertThat(SweepParameter.parse("top-n:P").check(net())).get().asString().contains("Top-N does not apply");
        assertThat(SweepParameter.parse("allocation:a:1:P").checkValue(net(), 11)).isPresent();
        assertThat(SweepParameter.parse("shock-budget").checkValue(net(), -0.1)).isPresent();
    }

    @Test
    void eachParameterChangesOnlyWhatItNames() {
        AnalysisOptions base = AnalysisOptions.defaults().withShockBudget(0.1);
        assertThat(SweepParameter.parse("shock-budget").at(net(), base, 0.3).options().shockBudget()).isEqualTo(0.3);
        SweepPoint drop = SweepParameter.parse("price-drop:TOK").at(net(), base, 0.25);
        assertThat(drop.options().priceShocks()).containsEntry("TOK", 0.25);
        assertThat(drop.network()).isEqualTo(net());
        assertThat(drop.leadingFaults()).containsExactly(new Fault.PriceShock("TOK", 0.25));
        assertThat(SweepParameter.parse("profit:C").at(net(), base, 7).network().chain("C").orElseThrow()
                .profitFromCorruption()).isEqualTo(7);
        assertThat(SweepParameter.parse("adversary-fraction").at(net(), base, 0.2).network().adversaryFraction()).isEqualTo(0.2);
        assertThat(SweepParameter.parse("top-n:C").at(net(), base, 94.6).network().chain("C").orElseThrow()
                .security().number("topN").getAsDouble()).isEqualTo(95);
        Network alloc = SweepParameter.parse("allocation:a:1:P").at(net(), base, 4).network();
        assertThat(alloc.allocationsOf("a:1")).containsExactly(Allocation.of("a:1", "P", 4));
        assertThat(SweepParameter.parse("allocation:a:1:P").at(net(), base, 0).network().allocationsOf("a:1")).isEmpty();
        assertThat(SweepParameter.parse("allocation:a:1:C").at(net(), base, 2).network().allocationsOf("a:1"))
                .containsExactly(Allocation.pooled("a:1", "P"), Allocation.of("a:1", "C", 2));
    }

    @Test
    void valuesRunFromAToBInclusive() {
        SweepSpec s = SweepSpec.of(new SweepParameter.ShockBudget(), 0, 0.3, 4);
        assertThat(s.values()).hasSize(4).startsWith(0.0).endsWith(0.3);
        assertThat(SweepSpec.of(new SweepParameter.ShockBudget(), 0.2, 0.9, 1).values()).containsExactly(0.2);
        assertThat(SweepSpec.of(new SweepParameter.ShockBudget(), 0.5, 0.1, 3).values()).containsExactly(0.5, 0.3, 0.1);
        assertThatThrownBy(() -> SweepSpec.of(new SweepParameter.ShockBudget(), 0, 1, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
