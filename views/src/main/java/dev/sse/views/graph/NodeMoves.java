package dev.sse.views.graph;

import dev.sse.model.network.graph.NodeRef;
import dev.sse.views.graph.layout.Position;

/**
 * Receives plain node drags on release ({@link GraphViewModel#dropped}): the app makes each one undoable command that
 * pins the node at {@code to} and, undone, puts it back at {@code from} (pinned there again only if it was).
 */
public interface NodeMoves {

    void moved(NodeRef node, Position from, Position to, boolean wasPinned);
}
