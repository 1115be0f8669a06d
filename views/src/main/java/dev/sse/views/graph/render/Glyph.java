package dev.sse.views.graph.render;

import dev.sse.views.common.ViewText;
import dev.sse.views.graph.NodeItem;
import javafx.scene.AccessibleAttribute;
import javafx.scene.shape.Circle;

/**
 * The circle of one chain or validator. Its {@link dev.sse.model.network.graph.NodeRef} is the user data
 * (what the gestures read); its accessible sentence ("chain relay kusama", "validator v0042") is formatted
 * only when a screen reader or the graph's announcement asks for it, not for each of the thousands of
 * glyphs a network opens with (a {@code MessageFormat} each: 13–39 ms on kusama and stress).
 */
final class Glyph extends Circle {

    private final NodeItem item;

    Glyph(NodeItem item, double x, double y) {
        super(x, y, item.radius());
        this.item = item;
        setUserData(item.ref());
    }

    /** What a screen reader says for this node. */
    String describe() {
        return item.isChain() ? ViewText.get("graph.accessible.chain", item.kind().json(), item.label())
                : ViewText.get("graph.accessible.validator", item.label());
    }

    @Override
    public Object queryAccessibleAttribute(AccessibleAttribute attribute, Object... parameters) {
        return attribute == AccessibleAttribute.TEXT ? describe() : super.queryAccessibleAttribute(attribute, parameters);
    }
}
