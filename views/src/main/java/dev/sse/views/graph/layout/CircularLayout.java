package dev.sse.views.graph.layout;

import dev.sse.model.network.Chain;
import dev.sse.model.network.Network;
import dev.sse.model.network.Validator;
import dev.sse.model.network.graph.NetworkGraph;
import dev.sse.model.network.graph.NodeRef;
import dev.sse.views.common.ViewText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every node on one circle: validators in file order with the chains spread evenly among them, each on an arc as
 * wide as its glyph plus a gap, and a chain with room for its label, so no two glyphs overlap. jgrapht's
 * {@code CircularLayoutAlgorithm2D}, used before, spaces vertices evenly in graph order: all chains (and their
 * labels) came first and sat on one spot, and cosmos-hub-ics's largest validators overlapped, so its positions had
 * to be thrown away; the even circle it computes is the only thing it did.
 */
public final class CircularLayout implements LayoutStrategy {

    private static final double GAP = 2;

    @Override
    public String name() {
        return ViewText.get("layout.circular");
    }

    @Override
    public Map<NodeRef, Position> layout(NetworkGraph graph, long seed) {
        Network net = graph.network();
        List<NodeRef> order = order(net);
        Map<NodeRef, Double> radius = GlyphSize.radii(net);
        double[] arcs = order.stream().mapToDouble(v -> v.isChain()
                ? 2 * (radius.get(v) + Spread.CHAIN_ROOM) : 2 * radius.get(v) + GAP).toArray();
        double total = java.util.Arrays.stream(arcs).sum();
        double ring = Math.max(200, total / (2 * Math.PI));
        // a small network's arcs do not reach round a circle of the least radius: they share out the slack
        double stretch = 2 * Math.PI * ring / total;
        Map<NodeRef, Position> out = new LinkedHashMap<>();
        Ring.place(order, java.util.Arrays.stream(arcs).map(a -> a * stretch).toArray(), ring, -Math.PI / 2, out);
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
}
