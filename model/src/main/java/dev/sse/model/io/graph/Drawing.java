package dev.sse.model.io.graph;

import dev.sse.model.network.graph.NodeRef;

import java.util.Map;

/**
 * How the graph is drawn, for the exports that carry it (GEXF {@code viz:}, GraphML and DOT attributes): each
 * node's position, glyph radius and fill colour in the window's world coordinates, and its state on the risk
 * palette. The model computes none of it; the views hand it over (layouts are seeded, so a drawing repeats).
 *
 * @param nodes  by node; a node without an entry is exported without position, size and colour
 * @param states by node: {@code healthy}, {@code at-risk}, {@code attackable}, … (the canvas's pseudo-classes)
 */
public record Drawing(Map<NodeRef, Viz> nodes, Map<NodeRef, String> states) {

    /** Nothing drawn: the exports carry the network and the analysis only. */
    public static final Drawing NONE = new Drawing(Map.of(), Map.of());

    public Drawing {
        nodes = Map.copyOf(nodes);
        states = Map.copyOf(states);
    }

    /**
     * One node as drawn.
     *
     * @param x      centre, world pixels (y grows downwards, as on screen)
     * @param y      centre, world pixels
     * @param radius glyph radius, world pixels
     * @param rgb    fill colour, 0xRRGGBB
     */
    public record Viz(double x, double y, double radius, int rgb) {

        /** {@code #rrggbb}. */
        public String hex() {
            return String.format("#%06x", rgb & 0xFFFFFF);
        }
    }
}
