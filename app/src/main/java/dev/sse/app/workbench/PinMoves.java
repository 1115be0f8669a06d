package dev.sse.app.workbench;

import dev.sse.app.commands.Command;
import dev.sse.app.commands.CommandStack;
import dev.sse.app.i18n.Messages;
import dev.sse.model.network.graph.NodeRef;
import dev.sse.views.graph.GraphFrame;
import dev.sse.views.graph.GraphViewModel;
import dev.sse.views.graph.NodeMoves;
import dev.sse.views.graph.layout.Position;

/**
 * Issue 23: "plain drag moves a node (and pins it)", one undoable command per drag through the window's command stack
 * ("Move Kusama relay chain" in the Edit menu). Pins are the view's layout state for the session: the network format
 * has no positions (docs/network-format.md), so moving a node changes nothing in the document and leaves it saved.
 */
public final class PinMoves {

    private PinMoves() {
    }

    /** Every plain drag on {@code graph} from now on is a command on {@code commands}. */
    public static void install(CommandStack commands, GraphViewModel graph) {
        graph.setNodeMoves(through(commands, graph));
    }

    static NodeMoves through(CommandStack commands, GraphViewModel graph) {
        return (node, from, to, wasPinned) -> commands.execute(new Move(graph, node, name(graph, node), from, to, wasPinned));
    }

    private static String name(GraphViewModel graph, NodeRef node) {
        GraphFrame f = graph.frameProperty().get();
        return f == null ? node.id() : f.nodes().stream().filter(n -> n.ref().equals(node)).map(n -> n.label())
                .findFirst().orElse(node.id());
    }

    /** Pins the node at {@code to}; undone, puts it back at {@code from}, pinned there only if it was. */
    private record Move(GraphViewModel graph, NodeRef node, String label, Position from, Position to, boolean wasPinned)
            implements Command {

        @Override
        public String name() {
            return Messages.get("edit.move", label);
        }

        @Override
        public void execute() {
            graph.pin(node, to);
        }

        @Override
        public void undo() {
            if (wasPinned) {
                graph.pin(node, from);
            } else {
                graph.unpin(node, from);
            }
        }
    }
}
