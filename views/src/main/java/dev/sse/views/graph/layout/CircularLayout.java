package dev.sse.views.graph.layout;

import dev.sse.model.network.Chain;
import dev.sse.model.network.Network;
import dev.sse.model.network.Validator;
import dev.sse.model.network.graph.Link;
import dev.sse.model.network.graph.NetworkGraph;
import dev.sse.model.network.graph.NodeRef;
import dev.sse.views.common.ViewText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jgrapht.alg.drawing.CircularLayoutAlgorithm2D;
import org.jgrapht.alg.drawing.model.Box2D;
import org.jgrapht.alg.drawing.model.LayoutModel2D;
import org.jgrapht.alg.drawing.model.MapLayoutModel2D;
import org.jgrapht.alg.drawing.model.Point2D;

/**
 * Every vertex on one circle: jgrapht's {@link CircularLayoutAlgorithm2D} puts them round in the order given by its
 * vertex comparator, validators in file order with the chains spread evenly among them (in graph order the chains
 * came first and sat on top of one another with their labels). jgrapht spaces vertices evenly, but glyphs are
 * sized by stake (validators 3–11 world units, chains 16–30): each vertex then gets an arc as wide as its glyph
 * plus a gap, and a chain room for its label, in jgrapht's order, so no two glyphs overlap (cosmos-hub-ics's
 * largest validators did).
 */
public final class CircularLayout implements LayoutStrategy {

    private static final double GAP = 2;

    @Override
    public String name() {
        return ViewText.get("layout.circular");
    }

    @Override
    public Map<NodeRef, Position> layout(NetworkGraph graph, long seed) {
        if (graph.graph().vertexSet().isEmpty()) {
            return Map.of();
        }
        Network net = graph.network();
        List<NodeRef> order = order(net);
        Map<NodeRef, Integer> slot = new HashMap<>();
        for (int i = 0; i < order.size(); i++) {
            slot.put(order.get(i), i);
        }
        Map<NodeRef, Double> arc = arcs(net);
        double total = graph.graph().vertexSet().stream().mapToDouble(v -> arc.getOrDefault(v, 2 * GlyphSize.MIN_VALIDATOR_RADIUS + GAP)).sum();
        double radius = Math.max(200, total / (2 * Math.PI));
        LayoutModel2D<NodeRef> model = new MapLayoutModel2D<>(new Box2D(-radius, -radius, 2 * radius, 2 * radius));
        new CircularLayoutAlgorithm2D<NodeRef, Link>(radius,
                Comparator.comparingInt((NodeRef v) -> slot.getOrDefault(v, Integer.MAX_VALUE)).thenComparing(NodeRef::toString))
                .layout(graph.graph(), model);
        // jgrapht's order, read back by angle from its first vertex; then arcs by glyph size from the top
        List<NodeRef> round = new ArrayList<>(graph.graph().vertexSet());
        Point2D centre = new Point2D(model.getDrawableArea().getMinX() + radius, model.getDrawableArea().getMinY() + radius);
        Point2D first = model.get(graph.graph().containsVertex(order.get(0)) ? order.get(0) : round.get(0));
        round.sort(Comparator.comparingDouble((NodeRef v) -> angleFrom(first, model.get(v), centre))
                .thenComparing(v -> slot.getOrDefault(v, Integer.MAX_VALUE)));
        Map<NodeRef, Position> out = new LinkedHashMap<>();
        double angle = -Math.PI / 2;
        for (NodeRef v : round) {
            double half = arc.getOrDefault(v, 2 * GlyphSize.MIN_VALIDATOR_RADIUS + GAP) / 2 / radius;
            angle += half;
            out.put(v, new Position(radius * Math.cos(angle), radius * Math.sin(angle)));
            angle += half;
        }
        return out;
    }

    /** Validators in file order, each chain at its even share of the way round (chain k before slot k·n/c). */
    static List<NodeRef> order(Network net) {
        List<Validator> vs = net.validators();
        List<Chain> cs = net.chains();
        int n = vs.size() + cs.size();
        List<NodeRef> out = new ArrayList<>(n);
        int vi = 0;
        int ci = 0;
        for (int i = 0; i < n; i++) {
            boolean chainNext = ci < cs.size() && (vi >= vs.size() || i >= (long) ci * n / cs.size());
            out.add(chainNext ? NodeRef.chain(cs.get(ci++).id()) : NodeRef.validator(vs.get(vi++).id()));
        }
        return out;
    }

    /** Arc length each vertex takes, in world units: its glyph's diameter and a gap, and a chain its label's room. */
    private static Map<NodeRef, Double> arcs(Network net) {
        double maxValue = net.validators().stream().mapToDouble(net::valueOf).max().orElse(1);
        Map<NodeRef, Double> arc = new HashMap<>();
        net.validators().forEach(v -> arc.put(NodeRef.validator(v.id()), 2 * GlyphSize.validatorRadius(net.valueOf(v), maxValue) + GAP));
        net.chains().forEach(c -> arc.put(NodeRef.chain(c.id()), 2 * (GlyphSize.chainRadius(c.kind()) + Spread.CHAIN_ROOM)));
        return arc;
    }

    /** Angle of {@code p} after {@code first}, counter-clockwise around {@code centre}, in [0, 2π). */
    private static double angleFrom(Point2D first, Point2D p, Point2D centre) {
        double a0 = Math.atan2(first.getY() - centre.getY(), first.getX() - centre.getX());
        double a = Math.atan2(p.getY() - centre.getY(), p.getX() - centre.getX()) - a0;
        return a < -1e-9 ? a + 2 * Math.PI : Math.max(0, a);
    }
}
