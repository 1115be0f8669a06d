package dev.sse.views.graph.render;

/** How much larger than at zoom 1 a chain's glyph is drawn, so that fitting a large network leaves readable chains. */
public final class ChainMagnification {

    /**
     * Smallest size of a chain on screen, as a share of its size at zoom 1: zoomed out to fit a large network
     * (kusama fits at about 0.12), chains would shrink to dots of 2–4 px whose risk outline is a fraction of a
     * pixel. Below this share they keep their size on screen, so the hubs stay larger than the chains they
     * secure and each outline stays a readable ring; validators shrink freely (there are thousands).
     */
    public static final double MIN_CHAIN_SCREEN_SHARE = 0.3;

    private ChainMagnification() {
    }

    /** How many times its size a chain is drawn at the camera's {@code scale} once the zoom settles. */
    public static double of(double scale) {
        return Math.max(1, MIN_CHAIN_SCREEN_SHARE / scale);
    }
}
