package dev.sse.views.graph;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sse.model.network.Allocation;
import dev.sse.model.network.Chain;
import dev.sse.model.network.ChainKind;
import dev.sse.model.network.Network;
import dev.sse.model.network.Validator;
import dev.sse.model.network.graph.NodeRef;
import dev.sse.views.common.FxBridge;
import dev.sse.views.graph.layout.CircularLayout;
import dev.sse.views.graph.layout.Position;
import dev.sse.views.graph.layout.TiersLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/**
 * Issue 23: "plain drag moves a node (and pins it)". A drop goes to the app's {@link NodeMoves} (one undoable command)
 * with where the node was; a pinned node stays where it was dropped through edits and layout switches (it went back to
 * the layout's place on a layout switch before), and another network drops the pins.
 */
class PinsTest {

    private final GraphViewModel graph = new GraphViewModel(new FxBridge(Runnable::run, Runnable::run));

    private static Network hub(String prefix, int validators) {
        Network.Builder b = Network.builder().name(prefix)
                .chain(Chain.builder(prefix + "hub", ChainKind.RELAY).profitFromCorruption(1).build());
        for (int i = 0; i < validators; i++) {
            b.validator(new Validator(prefix + "v" + i, null, 100 + i, null, null));
            b.allocation(new Allocation(prefix + "v" + i, prefix + "hub", OptionalDouble.empty()));
        }
        return b.build();
    }

    private Position at(NodeRef node) {
        return graph.frameProperty().get().positions().get(node);
    }

    @Test
    void aDropIsOneMoveWithWhereTheNodeWasAndThePinSurvivesALayoutSwitch() {
        Network n = hub("a-", 4);
        graph.show(n, new TiersLayout(), 42);
        NodeRef v1 = NodeRef.validator("a-v1");
        Position laidOut = at(v1);
        List<Object[]> moves = new ArrayList<>();
        graph.setNodeMoves((node, from, to, wasPinned) -> {
            moves.add(new Object[] {node, from, to, wasPinned});
            graph.pin(node, to); // what the app's command does
        });

        Position dropped = new Position(laidOut.x() + 500, laidOut.y() - 300);
        graph.dropped(v1, dropped);

        assertThat(moves).hasSize(1);
        assertThat(moves.get(0)).containsExactly(v1, laidOut, dropped, false);
        assertThat(at(v1)).isEqualTo(dropped);
        // an edit keeps it (positions kept), a layout switch keeps it where it was dropped
        graph.update(n.withStakeScaled("a-v2", 0.5), null, 0);
        assertThat(at(v1)).isEqualTo(dropped);
        graph.show(n, new CircularLayout(), 42);
        assertThat(at(v1)).isEqualTo(dropped);
        assertThat(at(NodeRef.validator("a-v2"))).isEqualTo(new CircularLayout().layout(
                dev.sse.model.network.graph.NetworkGraph.of(n), 42).get(NodeRef.validator("a-v2")));

        // a second drag of the pinned node says so (its undo pins it back where it was)
        graph.dropped(v1, laidOut);
        assertThat(moves.get(1)).containsExactly(v1, dropped, laidOut, true);

        // undoing the first drop: unpinned, back at the layout's place, and a layout switch no longer keeps it
        graph.unpin(v1, laidOut);
        assertThat(graph.pins()).isEmpty();
        graph.show(n, new TiersLayout(), 42);
        assertThat(at(v1)).isEqualTo(laidOut);
    }

    @Test
    void anotherNetworkDropsThePins() {
        graph.show(hub("a-", 4), new TiersLayout(), 42);
        graph.pin(NodeRef.validator("a-v1"), new Position(999, 999));
        graph.show(hub("b-", 3), new TiersLayout(), 42);
        assertThat(graph.pins()).isEmpty();
        // without the app's command stack (no NodeMoves), a drop pins at once
        graph.dropped(NodeRef.validator("b-v0"), new Position(7, 7));
        assertThat(graph.pins()).containsEntry(NodeRef.validator("b-v0"), new Position(7, 7));
    }
}
