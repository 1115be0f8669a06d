package dev.sse.views.graph;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sse.model.network.Allocation;
import dev.sse.model.network.Chain;
import dev.sse.model.network.ChainKind;
import dev.sse.model.network.Network;
import dev.sse.model.network.Validator;
import dev.sse.model.network.graph.NetworkGraph;
import dev.sse.model.network.graph.NodeRef;
import dev.sse.views.graph.layout.TiersLayout;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The selection split out of GraphViewModel: a plain object over whatever frame is shown. */
class GraphSelectionTest {

    private final Network net = Network.builder().name("s")
            .validator(new Validator("alice", "Alice", 50, null, null))
            .validator(new Validator("bob", null, 50, null, null))
            .chain(Chain.builder("hub", ChainKind.PROVIDER).profitFromCorruption(10).attackThreshold(2.0 / 3).build())
            .allocation(Allocation.pooled("alice", "hub")).allocation(Allocation.pooled("bob", "hub")).build();
    private final AtomicReference<GraphFrame> shown = new AtomicReference<>(frame(net));
    private final GraphSelection selection = new GraphSelection(shown::get);

    private static GraphFrame frame(Network n) {
        NetworkGraph g = NetworkGraph.of(n);
        return GraphFrame.of(g, new TiersLayout().layout(g, 1));
    }

    @Test
    void selectingAChainFindsWhatSecuresItAndCountsOneChange() {
        long before = selection.changesProperty().get();
        selection.select(NodeRef.chain("hub"));
        assertThat(selection.neighbours()).containsExactlyInAnyOrder(NodeRef.validator("alice"), NodeRef.validator("bob"));
        assertThat(selection.changesProperty().get()).isEqualTo(before + 1);
    }

    @Test
    void toggleAddsThenRemovesAndMovesThePrimary() {
        selection.select(NodeRef.validator("alice"));
        selection.toggle(NodeRef.validator("bob"));
        assertThat(selection.selection()).containsExactly(NodeRef.validator("alice"), NodeRef.validator("bob"));
        assertThat(selection.selectedProperty().get()).isEqualTo(NodeRef.validator("bob"));
        selection.toggle(NodeRef.validator("bob"));
        assertThat(selection.selectedProperty().get()).isEqualTo(NodeRef.validator("alice"));
    }

    @Test
    void findPrefersAnExactNameAndNextWrapsAround() {
        assertThat(selection.find("ALICE")).contains(NodeRef.validator("alice"));
        assertThat(selection.find("zz")).isEmpty();
        List<NodeItem> nodes = shown.get().nodes();
        selection.selectNext(-1);
        assertThat(selection.selectedProperty().get()).isEqualTo(nodes.get(nodes.size() - 1).ref());
        selection.selectNext(1);
        assertThat(selection.selectedProperty().get()).isEqualTo(nodes.get(0).ref());
    }

    @Test
    void keepDropsWhatTheNewFrameLacks() {
        selection.selectAll(List.of(NodeRef.validator("bob"), NodeRef.chain("hub")), false);
        Network withoutBob = Network.builder().name("s")
                .validator(new Validator("alice", "Alice", 50, null, null))
                .chain(Chain.builder("hub", ChainKind.PROVIDER).profitFromCorruption(10).attackThreshold(2.0 / 3).build())
                .allocation(Allocation.pooled("alice", "hub")).build();
        shown.set(frame(withoutBob));
        selection.keep(shown.get());
        assertThat(selection.selection()).containsExactly(NodeRef.chain("hub"));
        assertThat(selection.selectedProperty().get()).isEqualTo(NodeRef.chain("hub"));
        assertThat(selection.neighbours()).containsExactly(NodeRef.validator("alice"));
    }
}
