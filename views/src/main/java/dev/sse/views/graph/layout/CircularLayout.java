package dev.sse.views.graph.layout;

import dev.sse.model.network.graph.Link;
import dev.sse.model.network.graph.NetworkGraph;
import dev.sse.model.network.graph.NodeRef;
import dev.sse.views.common.ViewText;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jgrapht.alg.drawing.CircularLayoutAlgorithm2D;
import org.jgrapht.alg.drawing.model.Box2D;
import org.jgrapht.alg.drawing.model.LayoutModel2D;
import org.jgrapht.alg.drawing.model.MapLayoutModel2D;
import org.jgrapht.alg.drawing.model.Point2D;

/** Every vertex on one circle in graph order (jgrapht {@link CircularLayoutAlgorithm2D}). */
public final class CircularLayout implements LayoutStrategy {

    @Override
    public String name() {
        return ViewText.get("layout.circular");
    }

    @Override
    public Map<NodeRef, Position> layout(NetworkGraph graph, long seed) {
        int n = graph.graph().vertexSet().size();
        double radius = Math.max(200, n * 8 / (2 * Math.PI));
        LayoutModel2D<NodeRef> model = new MapLayoutModel2D<>(new Box2D(-radius, -radius, 2 * radius, 2 * radius));
        new CircularLayoutAlgorithm2D<NodeRef, Link>(radius).layout(graph.graph(), model);
        Map<NodeRef, Position> out = new LinkedHashMap<>();
        for (NodeRef v : graph.graph().vertexSet()) {
            Point2D p = model.get(v);
            out.put(v, new Position(p.getX(), p.getY()));
        }
        return out;
    }
}
