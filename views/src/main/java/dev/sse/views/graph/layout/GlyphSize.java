package dev.sse.views.graph.layout;

import dev.sse.model.network.ChainKind;

/**
 * How large each glyph is drawn, in world units: the canvas draws these radii and the layouts leave room for
 * them. Chains by kind; validators by the square root of their stake's share of the largest, so a glyph's area
 * follows its stake.
 */
public final class GlyphSize {

    public static final double MIN_VALIDATOR_RADIUS = 3;
    public static final double MAX_VALIDATOR_RADIUS = 11;

    private GlyphSize() {
    }

    /** Radius of a validator holding {@code value} when the largest holds {@code maxValue} (both in one unit). */
    public static double validatorRadius(double value, double maxValue) {
        double share = maxValue > 0 ? Math.sqrt(Math.max(0, value) / maxValue) : 0;
        return MIN_VALIDATOR_RADIUS + (MAX_VALIDATOR_RADIUS - MIN_VALIDATOR_RADIUS) * share;
    }

    /** Radius of a chain: hubs that lend security largest, isolated chains next, the chains they secure smallest. */
    public static double chainRadius(ChainKind kind) {
        return switch (kind) {
            case RELAY, PROVIDER, L1 -> 30;
            case ISOLATED -> 22;
            case PARACHAIN, CONSUMER, ROLLUP, AVS, SERVICE -> 16;
        };
    }
}
