package dev.sse.views.graph;

import dev.sse.model.network.graph.Link;

/**
 * What the canvas draws for one edge.
 *
 * @param link  the allocation or securedBy link
 * @param width stroke width in world pixels (allocations weighted by value)
 */
public record EdgeItem(Link link, double width) {
}
