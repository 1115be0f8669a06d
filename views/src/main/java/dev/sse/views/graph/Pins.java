package dev.sse.views.graph;

import dev.sse.model.network.graph.NodeRef;
import dev.sse.views.graph.layout.Position;
import java.util.HashMap;
import java.util.Map;

/**
 * Nodes pinned by a plain drag (issue 23: "plain drag moves a node (and pins it)") and where. The network format has
 * no positions (docs/network-format.md), so pins are the view's layout state for the session, not saved with the
 * document: a fresh layout of the same nodes (a layout switch) keeps them, one with other nodes drops those gone, and
 * another network drops them all. Used on the FX thread only.
 */
final class Pins {

    private final Map<NodeRef, Position> pinned = new HashMap<>();

    void put(NodeRef node, Position at) {
        pinned.put(node, at);
    }

    void remove(NodeRef node) {
        pinned.remove(node);
    }

    boolean has(NodeRef node) {
        return pinned.containsKey(node);
    }

    Map<NodeRef, Position> all() {
        return Map.copyOf(pinned);
    }

    /** A fresh layout replacing {@code before}: pins kept when it shows the same nodes, else all dropped. */
    GraphFrame onNewLayout(GraphFrame before, GraphFrame laidOut) {
        if (before == null || !before.positions().keySet().equals(laidOut.positions().keySet())) {
            pinned.clear();
            return laidOut;
        }
        return keep(laidOut);
    }

    /** {@code laidOut} with every pinned node it has at its pin; pins of nodes it no longer has are dropped. */
    GraphFrame keep(GraphFrame laidOut) {
        pinned.keySet().retainAll(laidOut.positions().keySet());
        if (pinned.isEmpty()) {
            return laidOut;
        }
        Map<NodeRef, Position> next = new HashMap<>(laidOut.positions());
        next.putAll(pinned);
        return new GraphFrame(laidOut.network(), laidOut.nodes(), laidOut.edges(), next);
    }
}
