package dev.sse.views.graph.layout;

import dev.sse.model.network.graph.Link;
import dev.sse.model.network.graph.NetworkGraph;
import dev.sse.model.network.graph.NodeRef;
import dev.sse.views.common.ViewText;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.jgrapht.alg.drawing.IndexedFRLayoutAlgorithm2D;
import org.jgrapht.alg.drawing.model.Box2D;
import org.jgrapht.alg.drawing.model.LayoutModel2D;
import org.jgrapht.alg.drawing.model.MapLayoutModel2D;
import org.jgrapht.alg.drawing.model.Point2D;

/**
 * Force-directed layout: jgrapht's Fruchterman–Reingold with a Barnes–Hut quadtree
 * ({@link IndexedFRLayoutAlgorithm2D}), seeded. About 0.65 s for 1,000 vertices / 5,000 edges on
 * two cores (shared/toolchain.md §5), so it always runs off the FX thread.
 */
public final class ForceDirectedLayout implements LayoutStrategy {

    private static final int ITERATIONS = 100;
    private static final double THETA = 0.5;
    private static final double NORMALIZATION = 1.5;

    @Override
    public String name() {
        return ViewText.get("layout.forceDirected");
    }

    @Override
    public Map<NodeRef, Position> layout(NetworkGraph graph, long seed) {
        int n = graph.graph().vertexSet().size();
        double side = Math.max(600, Math.sqrt(n) * 90);
        LayoutModel2D<NodeRef> model = new MapLayoutModel2D<>(new Box2D(-side / 2, -side / 2, side, side));
        new IndexedFRLayoutAlgorithm2D<NodeRef, Link>(ITERATIONS, THETA, NORMALIZATION, new Random(seed))
                .layout(graph.graph(), model);
        // FR packs dense cores tightly and flings loosely tied nodes far out; stretch the result so that
        // 80% of the nodes fill the box (glyphs are sized in world pixels and must not overlap)
        double cx = graph.graph().vertexSet().stream().mapToDouble(v -> model.get(v).getX()).average().orElse(0);
        double cy = graph.graph().vertexSet().stream().mapToDouble(v -> model.get(v).getY()).average().orElse(0);
        double[] radii = graph.graph().vertexSet().stream()
                .mapToDouble(v -> Math.hypot(model.get(v).getX() - cx, model.get(v).getY() - cy)).sorted().toArray();
        double r80 = radii.length == 0 ? 1 : radii[(int) Math.floor(0.8 * (radii.length - 1))];
        double stretch = side / 2 / Math.max(1e-9, r80);
        Map<NodeRef, Position> out = new LinkedHashMap<>();
        for (NodeRef v : graph.graph().vertexSet()) {
            Point2D p = model.get(v);
            out.put(v, new Position((p.getX() - cx) * stretch, (p.getY() - cy) * stretch));
        }
        return out;
    }
}
