package dev.sse.app.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sse.app.commands.CommandStack;
import dev.sse.app.files.NetworkLoader;
import dev.sse.model.network.Network;
import dev.sse.model.network.graph.NodeRef;
import dev.sse.views.common.FxBridge;
import dev.sse.views.graph.GraphViewModel;
import dev.sse.views.graph.layout.Position;
import dev.sse.views.graph.layout.TiersLayout;
import org.junit.jupiter.api.Test;

/**
 * Issue 23: a plain drag moves a node and pins it, as one command on the window's stack: Undo puts it back where the
 * layout had it (and a layout switch then lays it out again), Redo pins it again. Before, a drop pinned the node
 * outside the command stack: Undo skipped it (it undid the edit before) and nothing could put the node back.
 */
class PinMovesTest {

    @Test
    void aPlainDragIsOneUndoableMove() throws Exception {
        GraphViewModel graph = new GraphViewModel(new FxBridge(Runnable::run, Runnable::run));
        CommandStack commands = new CommandStack();
        PinMoves.install(commands, graph);
        Network kusama = NetworkLoader.loadSample("kusama");
        graph.show(kusama, new TiersLayout(), 42);
        NodeRef relay = NodeRef.chain("relay");
        Position laidOut = graph.frameProperty().get().positions().get(relay);
        Position dropped = new Position(laidOut.x() + 120, laidOut.y() + 80);

        graph.dropped(relay, dropped);

        assertThat(commands.undoName()).contains("Move Kusama relay chain");
        assertThat(graph.frameProperty().get().positions().get(relay)).isEqualTo(dropped);
        assertThat(graph.pins()).containsOnlyKeys(relay);

        commands.undo();
        assertThat(graph.frameProperty().get().positions().get(relay)).isEqualTo(laidOut);
        assertThat(graph.pins()).isEmpty();

        commands.redo();
        assertThat(graph.frameProperty().get().positions().get(relay)).isEqualTo(dropped);
        // dragged again and undone: back where the first drop left it, still pinned
        graph.dropped(relay, new Position(0, 0));
        commands.undo();
        assertThat(graph.frameProperty().get().positions().get(relay)).isEqualTo(dropped);
        assertThat(graph.pins()).containsEntry(relay, dropped);
    }
}
