package dev.sse.model.simulation;

import static org.assertj.core.api.Assertions.assertThat;

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

/**
 * Issue #18.9: {@code simulate} printed "(value units)" and bare "853 M of 1.71 B" for a network priced in USD, and
 * named chains by id ("eigenda fell"). Figures carry the network's unit; chains are named by their names.
 */
class TraceTextUnitsTest {

    private static Network priced() {
        return Network.builder().name("priced").asset(new Asset("TOK", 2))
                .validator(new Validator("a", "Alice", 1_000_000, "TOK", null))
                .validator(new Validator("b", "Bob", 1_000_000, "TOK", null))
                .chain(Chain.builder("hub", ChainKind.PROVIDER).name("The Hub").asset("TOK").profitFromCorruption(1)
                        .build())
                .chain(Chain.builder("con", ChainKind.CONSUMER).name("Consumer One").asset("TOK")
                        .profitFromCorruption(1).securedBy("hub").build())
                .allocation(Allocation.pooled("a", "hub")).allocation(Allocation.pooled("b", "hub")).build();
    }

    @Test
    void aPricedNetworksTraceSaysUsdAndNamesItsChains() {
        SimTrace trace = Simulation.runAll(priced(), Scenario.of("halt", List.of(new Fault.ProviderFailure("hub"))),
                new AnalysisAttackFinder(AnalysisOptions.defaults()));
        String text = TraceText.render(trace);
        assertThat(text).contains("Total stake at the start: 4 M USD").doesNotContain("value units");
        assertThat(text).contains("Summary: lost 0 USD of 4 M USD");
        assertThat(text).contains("The Hub stopped").contains("Consumer One fell because it is secured by The Hub");
    }
}
