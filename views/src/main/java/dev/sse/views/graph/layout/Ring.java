package dev.sse.views.graph.layout;

import dev.sse.model.network.graph.NodeRef;
import java.util.List;
import java.util.Map;

/** Nodes round a circle centred on the origin, each on an arc of its own width, in order, clockwise on screen. */
final class Ring {

    private Ring() {
    }

    /**
     * Places {@code nodes[i]} in the middle of an arc {@code arcs[i]} world units long, the arcs end to end from
     * {@code start} (radians; the first node's arc begins there).
     */
    static void place(List<NodeRef> nodes, double[] arcs, double radius, double start, Map<NodeRef, Position> out) {
        double angle = start;
        for (int i = 0; i < nodes.size(); i++) {
            double half = arcs[i] / 2 / radius;
            angle += half;
            out.put(nodes.get(i), new Position(radius * Math.cos(angle), radius * Math.sin(angle)));
            angle += half;
        }
    }
}
