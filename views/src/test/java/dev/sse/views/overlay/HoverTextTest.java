package dev.sse.views.overlay;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sse.model.analysis.AnalysisResult;
import dev.sse.model.analysis.SecurityAnalyzer;
import dev.sse.model.network.Allocation;
import dev.sse.model.network.Asset;
import dev.sse.model.network.Chain;
import dev.sse.model.network.ChainKind;
import dev.sse.model.network.Network;
import dev.sse.model.network.Validator;
import dev.sse.model.network.graph.Link;
import dev.sse.model.network.graph.NodeRef;
import org.junit.jupiter.api.Test;

/** Issue 23: hover tooltips name the node or edge, its kind and its key figure with the unit. */
class HoverTextTest {

    private final Network net = Network.builder().name("h").asset(new Asset("DOT", 4))
            .validator(new Validator("v1", "Parity", 1_000_000, "DOT", null))
            .validator(new Validator("v2", "Zug", 3_000_000, "DOT", null))
            .chain(Chain.builder("relay", ChainKind.RELAY).name("Relay").asset("DOT").profitFromCorruption(5e6).attackThreshold(2.0 / 3).build())
            .chain(Chain.builder("para", ChainKind.PARACHAIN).name("Para").profitFromCorruption(1e6).attackThreshold(2.0 / 3).securedBy("relay").build())
            .allocation(Allocation.pooled("v1", "relay")).allocation(Allocation.of("v2", "relay", 2_000_000)).build();

    @Test
    void aChainShowsKindProfitCostAndMargin() {
        AnalysisResult a = SecurityAnalyzer.analyze(net);
        String text = HoverText.node(net, a, NodeRef.chain("relay"));
        assertThat(text).startsWith("Relay (relay)\n").contains("profit from corruption 5 M USD")
                .contains("cost of corruption " + dev.sse.model.format.Screen.amount(a.chains().get("relay").costOfCorruption(), "USD"))
                .contains("margin ").contains("Nakamoto ");
        assertThat(HoverText.node(net, null, NodeRef.chain("relay")).lines()).hasSize(2);
    }

    @Test
    void aValidatorShowsItsStakeAndValue() {
        assertThat(HoverText.node(net, null, NodeRef.validator("v2")))
                .isEqualTo("Zug (v2)\nvalidator · stake 3,000,000 DOT = 12 M USD · 1 allocations");
    }

    @Test
    void edgesShowTheirEndsAndAmount() {
        assertThat(HoverText.edge(net, new Link(Link.Kind.ALLOCATION, NodeRef.validator("v2"), NodeRef.chain("relay"), 8e6)))
                .isEqualTo("Zug → Relay\nallocation 2,000,000 = 8 M USD");
        assertThat(HoverText.edge(net, new Link(Link.Kind.ALLOCATION, NodeRef.validator("v1"), NodeRef.chain("relay"), 4e6)))
                .contains("whole stake (pooled) = 4 M USD");
        assertThat(HoverText.edge(net, new Link(Link.Kind.SECURED_BY, NodeRef.chain("para"), NodeRef.chain("relay"), 0)))
                .isEqualTo("Para is secured by Relay");
    }
}
