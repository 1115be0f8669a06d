package dev.sse.views.common;

/** CSS style-class names used from code, in one place (as AtlantaFX's {@code Styles}). */
public final class StyleClasses {

    public static final String GRAPH = "sse-graph";
    public static final String NODE = "node-glyph";
    public static final String CHAIN_NODE = "chain-node";
    public static final String VALIDATOR_NODE = "validator-node";
    public static final String NODE_LABEL = "node-label";
    public static final String NODE_LABEL_BACKDROP = "node-label-backdrop";
    public static final String LEGEND = "legend";
    public static final String LEGEND_TITLE = "legend-title";
    public static final String LEGEND_ITEM = "legend-item";
    public static final String STATUS_BAR = "status-bar";

    private StyleClasses() {
    }

    /** Style class for a chain kind, e.g. {@code chain-parachain}. */
    public static String chainKind(String kindJson) {
        return "chain-" + kindJson;
    }
}
