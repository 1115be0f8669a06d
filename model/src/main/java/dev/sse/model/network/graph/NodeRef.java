package dev.sse.model.network.graph;

/**
 * A vertex of the network graph: a chain or a validator, by id.
 *
 * @param type chain or validator
 * @param id   the chain's or validator's id
 */
public record NodeRef(Type type, String id) implements Comparable<NodeRef> {

    public enum Type { CHAIN, VALIDATOR }

    public static NodeRef chain(String id) {
        return new NodeRef(Type.CHAIN, id);
    }

    public static NodeRef validator(String id) {
        return new NodeRef(Type.VALIDATOR, id);
    }

    public boolean isChain() {
        return type == Type.CHAIN;
    }

    @Override
    public int compareTo(NodeRef o) {
        int c = type.compareTo(o.type);
        return c != 0 ? c : id.compareTo(o.id);
    }

    @Override
    public String toString() {
        return (isChain() ? "chain:" : "validator:") + id;
    }
}
