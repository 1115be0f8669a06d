package dev.sse.views.graph.layout;

import dev.sse.model.network.graph.Link;
import dev.sse.model.network.graph.NetworkGraph;
import dev.sse.model.network.graph.NodeRef;
import dev.sse.views.common.ViewText;
import dev.sse.model.network.Network;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
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
        Map<NodeRef, Position> forces = new LinkedHashMap<>();
        for (NodeRef v : graph.graph().vertexSet()) {
            Point2D p = model.get(v);
            forces.put(v, new Position(p.getX(), p.getY()));
        }
        // FR packs dense cores tightly and flings loosely tied nodes far out: even the picture out (Spread)
        Network net = graph.network();
        double labelRoom = net.chains().size() > GlyphSize.LABELLED_CHAINS ? Spread.CHAIN_ROOM
                : Math.max(Spread.CHAIN_ROOM, Spread.CHAIN_ROOM_SHARE * side);
        Map<NodeRef, Double> room = new HashMap<>();
        GlyphSize.radii(net).forEach((v, r) -> room.put(v, r + (v.isChain() ? labelRoom : Spread.VALIDATOR_ROOM)));
        Set<NodeRef> hubs = net.chains().stream().filter(c -> GlyphSize.lendsSecurity(c.kind()))
                .map(c -> NodeRef.chain(c.id())).collect(Collectors.toSet());
        return Spread.separate(Spread.equalize(forces, side / 2), room, hubs);
    }
}
