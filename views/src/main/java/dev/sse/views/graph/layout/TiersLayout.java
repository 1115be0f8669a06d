package dev.sse.views.graph.layout;

import dev.sse.model.network.Chain;
import dev.sse.model.network.Network;
import dev.sse.model.network.Validator;
import dev.sse.model.network.graph.NetworkGraph;
import dev.sse.model.network.graph.NodeRef;
import dev.sse.views.common.ViewText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The "tiers" layout: chains that secure others (and sovereign chains) in the centre, the chains
 * they secure in a ring around them, validators in outer bands, grouped by the first chain they
 * secure and ordered by stake so a validator sits near what it secures. Deterministic without
 * randomness (the seed is unused); O(V log V).
 */
public final class TiersLayout implements LayoutStrategy {

    private static final double CORE_RADIUS = 120;
    private static final double RING_GAP = 170;
    private static final double VALIDATOR_SPACING = 9;
    /** Room between two neighbouring validator glyphs of a band, in world units. */
    private static final double VALIDATOR_GAP = 2;
    /** Distance between two validator bands: more than the largest validator glyph (22). */
    private static final double BAND_GAP = 26;

    @Override
    public String name() {
        return ViewText.get("layout.tiers");
    }

    @Override
    public Map<NodeRef, Position> layout(NetworkGraph graph, long seed) {
        Network n = graph.network();
        Map<NodeRef, Position> out = new LinkedHashMap<>();
        List<Chain> core = n.chains().stream().filter(c -> c.securedBy() == null).toList();
        List<Chain> dependents = n.chains().stream().filter(c -> c.securedBy() != null).toList();
        double coreRadius = core.size() <= 1 ? 0 : Math.max(CORE_RADIUS, core.size() * 60 / (2 * Math.PI));
        placeOnCircle(core.stream().map(c -> NodeRef.chain(c.id())).toList(), coreRadius, -Math.PI / 2, out);

        double ring = dependents.isEmpty() ? coreRadius
                : Math.max(coreRadius + RING_GAP, dependents.size() * 110 / (2 * Math.PI));
        placeOnCircle(orderByParent(dependents, core), ring, -Math.PI / 2, out);

        placeValidators(n, ring + RING_GAP, out);
        return out;
    }

    private static List<NodeRef> orderByParent(List<Chain> dependents, List<Chain> core) {
        Map<String, Integer> rank = new HashMap<>();
        for (int i = 0; i < core.size(); i++) {
            rank.put(core.get(i).id(), i);
        }
        return dependents.stream()
                .sorted(Comparator.comparing((Chain c) -> rank.getOrDefault(c.securedBy(), Integer.MAX_VALUE)))
                .map(c -> NodeRef.chain(c.id())).toList();
    }

    private static void placeValidators(Network n, double innerRadius, Map<NodeRef, Position> out) {
        Map<String, Integer> chainOrder = new HashMap<>();
        for (int i = 0; i < n.chains().size(); i++) {
            chainOrder.put(n.chains().get(i).id(), i);
        }
        List<Validator> ordered = new ArrayList<>(n.validators());
        ordered.sort(Comparator
                .comparing((Validator v) -> n.allocationsOf(v.id()).isEmpty() ? Integer.MAX_VALUE
                        : chainOrder.getOrDefault(n.allocationsOf(v.id()).get(0).chain(), Integer.MAX_VALUE))
                .thenComparing(Comparator.comparingDouble((Validator v) -> n.valueOf(v)).reversed())
                .thenComparing(Validator::id));
        Map<NodeRef, Double> radius = GlyphSize.radii(n);
        int placed = 0;
        int band = 0;
        double ring = innerRadius;
        while (placed < ordered.size()) {
            // each validator takes an arc as wide as its glyph (sized by stake) plus a gap, at least the spacing
            // of the smallest: equal steps put the largest glyphs of a band on top of one another
            double circumference = 2 * Math.PI * ring;
            List<NodeRef> refs = new ArrayList<>();
            List<Double> arcs = new ArrayList<>();
            double used = 0;
            while (placed + refs.size() < ordered.size()) {
                NodeRef v = NodeRef.validator(ordered.get(placed + refs.size()).id());
                double arc = Math.max(VALIDATOR_SPACING, 2 * radius.get(v) + VALIDATOR_GAP);
                if (!refs.isEmpty() && used + arc > circumference) {
                    break;
                }
                refs.add(v);
                arcs.add(arc);
                used += arc;
            }
            // the band goes all the way round, its slack spread evenly; the first validator at the top, every
            // other band half a step on, so the bands' spokes do not line up
            double stretch = circumference / used;
            double[] stretched = arcs.stream().mapToDouble(a -> a * stretch).toArray();
            Ring.place(refs, stretched, ring, -Math.PI / 2 + (band % 2) * VALIDATOR_SPACING / 2 / ring - stretched[0] / 2 / ring, out);
            placed += refs.size();
            band++;
            ring += BAND_GAP;
        }
    }

    private static void placeOnCircle(List<NodeRef> nodes, double radius, double start, Map<NodeRef, Position> out) {
        int count = nodes.size();
        for (int i = 0; i < count; i++) {
            double angle = start + 2 * Math.PI * i / Math.max(1, count);
            out.put(nodes.get(i), new Position(radius * Math.cos(angle), radius * Math.sin(angle)));
        }
    }
}
