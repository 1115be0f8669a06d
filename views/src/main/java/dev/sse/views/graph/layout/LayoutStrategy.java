package dev.sse.views.graph.layout;

import dev.sse.model.network.graph.NetworkGraph;
import dev.sse.model.network.graph.NodeRef;
import java.util.Map;

/**
 * Places every vertex of a network graph. Implementations are pure and seeded: the same graph and
 * seed give the same positions, so the same file shows the same picture every time. They may be slow
 * and are always called off the FX thread.
 */
public interface LayoutStrategy {

    /** A short name for menus, e.g. "Tiers". */
    String name();

    /** Positions for every vertex of {@code graph}. */
    Map<NodeRef, Position> layout(NetworkGraph graph, long seed);
}
