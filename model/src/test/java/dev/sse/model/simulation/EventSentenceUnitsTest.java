package dev.sse.model.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sse.model.analysis.AnalysisOptions;
import dev.sse.model.network.Allocation;
import dev.sse.model.network.Asset;
import dev.sse.model.network.Chain;
import dev.sse.model.network.ChainKind;
import dev.sse.model.network.Network;
import dev.sse.model.network.Validator;
import dev.sse.model.simulation.event.SimEvent;
import dev.sse.model.simulation.fault.Fault;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue #18 item 9: a fault names chains and validators by their names ("Alice, Bob double-signed on The Hub", not
 * "a, b double-signed on hub"), and every amount of an event sentence carries the network's value unit through the
 * one formatter ({@link dev.sse.model.format.Screen}), with thousands separated.
 */
class EventSentenceUnitsTest {

    private static Network priced() {
        return Network.builder().name("priced").asset(new Asset("TOK", 2))
                .validator(new Validator("a", "Alice", 1_000_000, "TOK", null))
                .validator(new Validator("b", "Bob", 1_500, "TOK", null))
                .validator(new Validator("c", null, 1_000_000, "TOK", null))
                .chain(Chain.builder("hub", ChainKind.PROVIDER).name("The Hub").asset("TOK").profitFromCorruption(1)
                        .build())
                .allocation(Allocation.pooled("a", "hub")).allocation(Allocation.pooled("b", "hub"))
                .allocation(Allocation.pooled("c", "hub")).build();
    }

    @Test
    void faultsNameChainsAndValidatorsByName() {
        Network net = priced();
        assertThat(new Fault.DoubleSign("hub", List.of("a", "b", "c")).describe(net))
                .isEqualTo("Alice, Bob, c double-signed on The Hub");
        assertThat(new Fault.ProviderFailure("hub").describe(net)).isEqualTo("The Hub fails");
        assertThat(new Fault.Slash("hub", List.of("b"), 0.5).describe(net)).isEqualTo("The Hub slashes Bob by 50.0%");
        assertThat(new Fault.DoubleSign("hub", List.of("a")).describe()).isEqualTo("a double-signed on hub");
    }

    @Test
    void aHaltNamesTheChainAndADoubleSignNamesTheValidator() {
        SimTrace trace = Simulation.runAll(priced(), Scenario.of("ds", List.of(new Fault.DoubleSign("hub", List.of("a")))),
                new AnalysisAttackFinder(AnalysisOptions.defaults()));
        String text = TraceText.render(trace);
        assertThat(text).contains("Fault 1 of 1: Alice double-signed on The Hub.").contains("Alice double-signed on The Hub")
                .doesNotContain(" a double-signed");
    }

    @Test
    void eventSentencesGiveAmountsInTheNetworksUnit() {
        SimTrace trace = Simulation.runAll(priced(), Scenario.of("shock", List.of(new Fault.Shock(List.of("b")))),
                new AnalysisAttackFinder(AnalysisOptions.defaults()));
        List<String> because = trace.steps().stream().flatMap(s -> s.events().stream()).map(SimEvent::because).toList();
        assertThat(because.get(0)).isEqualTo("Fault 1 of 1: shock to Bob.");
        assertThat(because.get(1)).startsWith("Bob was hit by a shock").contains("(3 k USD)");
    }
}
