package dev.sse.views.graph.layout;

import dev.sse.model.network.ChainKind;
import dev.sse.model.network.Network;
import dev.sse.model.network.graph.NodeRef;
import java.util.HashMap;
import java.util.Map;

/**
 * How large each glyph is drawn, in world units: the canvas draws these radii and the layouts leave room for
 * them. Chains by kind; validators by the square root of their stake's share of the largest, so a glyph's area
 * follows its stake.
 */
public final class GlyphSize {

    public static final double MIN_VALIDATOR_RADIUS = 3;
    public static final double MAX_VALIDATOR_RADIUS = 11;
    /**
     * Above this many chains the canvas shows chain labels only when zoomed in (its level of detail), so the
     * layouts keep no room for labels at the zoom that fits the graph.
     */
    public static final int LABELLED_CHAINS = 40;

    private GlyphSize() {
    }

    /** Radius of a validator holding {@code value} when the largest holds {@code maxValue} (both in one unit). */
    public static double validatorRadius(double value, double maxValue) {
        double share = maxValue > 0 ? Math.sqrt(Math.max(0, value) / maxValue) : 0;
        return MIN_VALIDATOR_RADIUS + (MAX_VALIDATOR_RADIUS - MIN_VALIDATOR_RADIUS) * share;
    }

    /** Radius of a chain: hubs that lend security largest, isolated chains next, the chains they secure smallest. */
    public static double chainRadius(ChainKind kind) {
        return lendsSecurity(kind) ? 30 : kind == ChainKind.ISOLATED ? 22 : 16;
    }

    /** The hubs whose validators secure other chains: a relay chain, an ICS provider, an L1 that rollups and AVSs use. */
    public static boolean lendsSecurity(ChainKind kind) {
        return kind == ChainKind.RELAY || kind == ChainKind.PROVIDER || kind == ChainKind.L1;
    }

    /** The radius of every chain's and validator's glyph in {@code n}. */
    public static Map<NodeRef, Double> radii(Network n) {
        double maxValue = n.validators().stream().mapToDouble(n::valueOf).max().orElse(1);
        Map<NodeRef, Double> r = new HashMap<>();
        n.chains().forEach(c -> r.put(NodeRef.chain(c.id()), chainRadius(c.kind())));
        n.validators().forEach(v -> r.put(NodeRef.validator(v.id()), validatorRadius(n.valueOf(v), maxValue)));
        return r;
    }
}
