package dev.sse.model.network.graph;

/**
 * An edge of the network graph.
 *
 * <p>{@link Kind#ALLOCATION}: validator → chain, weighted by the allocation's value (value units).
 * {@link Kind#SECURED_BY}: consumer chain → the chain securing it, weight 0. Each link is a distinct
 * object, so two links between the same pair are never confused.
 *
 * @param kind   allocation or securedBy
 * @param source source vertex (a validator for allocations, the consumer for securedBy)
 * @param target target vertex (a chain)
 * @param value  value at stake on this edge in the network's value unit (0 for securedBy)
 */
public record Link(Kind kind, NodeRef source, NodeRef target, double value) {

    public enum Kind { ALLOCATION, SECURED_BY }
}
