package dev.sse.views.overlay;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sse.model.network.Allocation;
import dev.sse.model.network.Chain;
import dev.sse.model.network.ChainKind;
import dev.sse.model.network.Network;
import dev.sse.model.network.Validator;
import dev.sse.model.network.graph.NetworkGraph;
import dev.sse.model.network.graph.NodeRef;
import dev.sse.views.graph.GraphFrame;
import dev.sse.views.graph.NodeItem;
import dev.sse.views.graph.RiskState;
import dev.sse.views.graph.layout.TiersLayout;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Issue 23: show/hide classes of nodes and edges, as a plain value applied to a frame. */
class VisibilityTest {

    private final Network net = Network.builder().name("v")
            .validator(new Validator("small", null, 5, null, null))
            .validator(new Validator("big", null, 500, null, null))
            .chain(Chain.builder("hub", ChainKind.PROVIDER).profitFromCorruption(10).attackThreshold(2.0 / 3).build())
            .chain(Chain.builder("c", ChainKind.CONSUMER).profitFromCorruption(10).attackThreshold(2.0 / 3).securedBy("hub").build())
            .chain(Chain.builder("avs", ChainKind.AVS).profitFromCorruption(10).attackThreshold(0.5).build())
            .allocation(Allocation.pooled("small", "hub")).allocation(Allocation.pooled("big", "hub"))
            .allocation(Allocation.of("big", "avs", 100)).build();

    private GraphFrame frame() {
        NetworkGraph g = NetworkGraph.of(net);
        return GraphFrame.of(g, new TiersLayout().layout(g, 42));
    }

    private static java.util.List<String> ids(GraphFrame f) {
        return f.nodes().stream().map(NodeItem::ref).map(NodeRef::toString).toList();
    }

    @Test
    void everythingShownIsTheSameFrame() {
        GraphFrame f = frame();
        assertThat(Visibility.ALL.apply(f, Map.of())).isSameAs(f);
    }

    @Test
    void hidingAKindTakesItsNodesAndTheirEdges() {
        GraphFrame f = Visibility.ALL.withKind(ChainKind.AVS, false).apply(frame(), Map.of());
        assertThat(f.nodes()).noneMatch(n -> n.ref().equals(NodeRef.chain("avs")));
        assertThat(f.edges()).noneMatch(e -> e.link().target().equals(NodeRef.chain("avs")));
        assertThat(f.positions()).doesNotContainKey(NodeRef.chain("avs"));
        assertThat(f.edges()).hasSize(3); // two allocations to the hub, c securedBy hub
    }

    @Test
    void aStakeThresholdStatesAndEdgeKinds() {
        GraphFrame f = Visibility.ALL.withValidators(true, 100).apply(frame(), Map.of());
        assertThat(f.nodes()).noneMatch(n -> n.ref().equals(NodeRef.validator("small")))
                .anyMatch(n -> n.ref().equals(NodeRef.validator("big")));
        GraphFrame healthy = Visibility.ALL.withState(RiskState.ATTACKABLE, false)
                .apply(frame(), Map.of(NodeRef.chain("c"), RiskState.ATTACKABLE));
        assertThat(healthy.nodes()).noneMatch(n -> n.ref().equals(NodeRef.chain("c")));
        GraphFrame noAllocations = Visibility.ALL.withEdges(false, true).apply(frame(), Map.of());
        assertThat(noAllocations.edges()).singleElement().satisfies(e -> assertThat(e.link().source()).isEqualTo(NodeRef.chain("c")));
        assertThat(noAllocations.nodes()).hasSize(5);
    }

    @Test
    void showingAgainUndoesHidingAndLeavesTheOtherClassAlone() {
        Visibility v = Visibility.ALL.withKind(ChainKind.AVS, false).withKind(ChainKind.AVS, false)
                .withState(RiskState.ATTACKABLE, false);
        assertThat(v.hiddenKinds()).containsExactly(ChainKind.AVS);
        assertThat(v.withKind(ChainKind.AVS, true).hiddenKinds()).isEmpty();
        assertThat(v.withKind(ChainKind.AVS, true).hiddenStates()).containsExactly(RiskState.ATTACKABLE);
        assertThat(v.withKind(ChainKind.AVS, true).withState(RiskState.ATTACKABLE, true)).isEqualTo(Visibility.ALL);
    }
}
