package dev.sse.views.graph;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sse.model.network.Allocation;
import dev.sse.model.network.Chain;
import dev.sse.model.network.ChainKind;
import dev.sse.model.network.Network;
import dev.sse.model.network.Validator;
import dev.sse.model.network.graph.NetworkGraph;
import dev.sse.model.network.graph.NodeRef;
import dev.sse.views.common.FxBridge;
import dev.sse.views.graph.layout.CircularLayout;
import dev.sse.views.graph.layout.TiersLayout;
import java.util.ArrayDeque;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Queue;
import org.junit.jupiter.api.Test;

/**
 * The graph view model as a plain object: layouts run on a queue the test drains, results are delivered directly.
 * Issue #18 items 3 (a blob after playback then opening another network) and 10 (a halo left after a layout switch).
 */
class GraphViewModelTest {

    private final Queue<Runnable> background = new ArrayDeque<>();
    private final GraphViewModel graph = new GraphViewModel(new FxBridge(background::add, Runnable::run));

    private void drain() {
        while (!background.isEmpty()) {
            background.poll().run();
        }
    }

    /** A hub and {@code validators} validators securing it, ids prefixed by {@code prefix}. */
    private static Network hub(String prefix, int validators) {
        Network.Builder b = Network.builder().name(prefix)
                .chain(Chain.builder(prefix + "hub", ChainKind.RELAY).profitFromCorruption(1).build())
                .chain(Chain.builder(prefix + "para", ChainKind.PARACHAIN).profitFromCorruption(1)
                        .securedBy(prefix + "hub").build());
        for (int i = 0; i < validators; i++) {
            b.validator(new Validator(prefix + "v" + i, null, 100 + i, null, null));
            b.allocation(new Allocation(prefix + "v" + i, prefix + "hub", OptionalDouble.empty()));
        }
        return b.build();
    }

    /**
     * Playback left polkadot's last step on screen, then another sample was opened: its layout was still running
     * when the reset timeline asked to show the new document without a layout (positions kept), which superseded
     * the layout and placed every new node at (0, 0). The newest request must lay the new nodes out.
     */
    @Test
    void anUpdateRacingTheLayoutOfAnotherNetworkLaysItOutInsteadOfPilingItUp() {
        Network before = hub("a-", 5);
        graph.show(before, new TiersLayout(), 42);
        drain();
        Network opened = hub("b-", 8);
        graph.show(opened, new TiersLayout(), 42);
        // the reset timeline shows the document (an equal network, not the same object) keeping positions
        graph.update(opened.toBuilder().build(), null, 0);
        drain();

        GraphFrame shown = graph.frameProperty().get();
        assertThat(shown.positions().keySet()).containsAll(NetworkGraph.nodes(opened));
        assertThat(shown.positions()).isEqualTo(new TiersLayout().layout(NetworkGraph.of(opened), 42));
        assertThat(graph.busyProperty().get()).isFalse();
    }

    @Test
    void anUpdateOfTheNetworkBeingLaidOutWaitsForThatLayout() {
        graph.show(hub("a-", 5), new TiersLayout(), 42);
        drain();
        Network opened = hub("b-", 8);
        var shown = graph.show(opened, new TiersLayout(), 42);
        var updated = graph.update(opened, null, 0);
        assertThat(updated).isSameAs(shown);
        drain();
        assertThat(graph.frameProperty().get().network()).isSameAs(opened);
        assertThat(background).isEmpty();
    }

    /** A layout switch keeps the selection whole: the halo and the inspector both still show it. */
    @Test
    void aLayoutSwitchKeepsTheSelectionAndANewNetworkDropsWhatItLacks() {
        Network n = hub("a-", 5);
        graph.show(n, new TiersLayout(), 42);
        drain();
        graph.selectAll(List.of(NodeRef.validator("a-v1"), NodeRef.validator("a-v2")), false);

        graph.show(n, new CircularLayout(), 42);
        drain();
        assertThat(graph.selection()).containsExactly(NodeRef.validator("a-v1"), NodeRef.validator("a-v2"));
        assertThat(graph.selectedProperty().get()).isEqualTo(NodeRef.validator("a-v1"));
        assertThat(graph.neighbours()).containsExactly(NodeRef.chain("a-hub"));

        graph.show(hub("b-", 3), new TiersLayout(), 42);
        drain();
        assertThat(graph.selection()).isEmpty();
        assertThat(graph.selectedProperty().get()).isNull();
        assertThat(graph.neighbours()).isEmpty();
    }
}
