package dev.sse.views.graph;

import dev.sse.model.network.Chain;
import dev.sse.model.network.Network;
import dev.sse.model.network.Validator;
import dev.sse.model.network.graph.Link;
import dev.sse.model.network.graph.NetworkGraph;
import dev.sse.model.network.graph.NodeRef;
import dev.sse.views.graph.layout.GlyphSize;
import dev.sse.views.graph.layout.Position;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An immutable snapshot the canvas renders: glyphs, edges and positions of one network. Built off the
 * FX thread; the view only reads it.
 */
public record GraphFrame(Network network, List<NodeItem> nodes, List<EdgeItem> edges, Map<NodeRef, Position> positions) {

    public GraphFrame {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
        positions = Map.copyOf(positions);
    }

    /** Builds glyphs and edges for {@code graph} at the given positions. */
    public static GraphFrame of(NetworkGraph graph, Map<NodeRef, Position> positions) {
        return of(graph.network(), List.copyOf(graph.graph().edgeSet()), positions);
    }

    /** Builds glyphs and edges from the network's links ({@link NetworkGraph#links}), no graph needed. */
    public static GraphFrame of(Network n, List<Link> links, Map<NodeRef, Position> positions) {
        double maxValue = n.validators().stream().mapToDouble(n::valueOf).max().orElse(1);
        List<NodeItem> nodes = new ArrayList<>();
        for (Chain c : n.chains()) {
            nodes.add(new NodeItem(NodeRef.chain(c.id()), c.name(), c.kind(), c.profitFromCorruption(), GlyphSize.chainRadius(c.kind())));
        }
        for (Validator v : n.validators()) {
            nodes.add(new NodeItem(NodeRef.validator(v.id()), v.name(), null, n.valueOf(v),
                    GlyphSize.validatorRadius(n.valueOf(v), maxValue)));
        }
        double maxEdge = links.stream().mapToDouble(Link::value).max().orElse(1);
        List<EdgeItem> edges = new ArrayList<>();
        for (Link l : links) {
            double w = l.kind() == Link.Kind.SECURED_BY ? 2.5 : 0.4 + 2.0 * Math.sqrt(l.value() / Math.max(maxEdge, 1e-12));
            edges.add(new EdgeItem(l, w));
        }
        // allocations heaviest first, then securedBy: the drawing order of the edge layer, sorted here, off the FX thread
        edges.sort(DRAWING_ORDER);
        return new GraphFrame(n, nodes, edges, positions);
    }

    /** Allocations before securedBy edges, each kind heaviest first (a stable sort keeps file order among equals). */
    public static final java.util.Comparator<EdgeItem> DRAWING_ORDER = java.util.Comparator
            .comparing((EdgeItem e) -> e.link().kind()).thenComparing(java.util.Comparator.comparingDouble(EdgeItem::width).reversed());

    public long chainCount() {
        return nodes.stream().filter(NodeItem::isChain).count();
    }

    public long validatorCount() {
        return nodes.size() - chainCount();
    }
}
