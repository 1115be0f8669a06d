package dev.sse.views.graph;

import dev.sse.model.network.ChainKind;
import dev.sse.model.network.graph.NodeRef;

/**
 * What the canvas draws for one vertex.
 *
 * @param ref    the chain or validator
 * @param label  display name
 * @param kind   the chain's kind, or {@code null} for a validator
 * @param value  stake value (validators) or profit from corruption (chains), in the network's value unit
 * @param radius glyph radius in world pixels
 */
public record NodeItem(NodeRef ref, String label, ChainKind kind, double value, double radius) {

    public boolean isChain() {
        return ref.isChain();
    }
}
