package dev.sse.views.graph.layout;

/** A node's position in world coordinates (pixels at zoom 1). */
public record Position(double x, double y) {
}
