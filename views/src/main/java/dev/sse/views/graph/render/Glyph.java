package dev.sse.views.graph.render;

import dev.sse.views.common.ViewText;
import dev.sse.views.graph.NodeItem;
import javafx.scene.AccessibleAttribute;
import javafx.scene.shape.Circle;
import javafx.scene.transform.Scale;

/**
 * The circle of one chain or validator. Its {@link dev.sse.model.network.graph.NodeRef} is the user data
 * (what the gestures read); its accessible sentence ("chain relay kusama", "validator v0042") is formatted
 * only when a screen reader or the graph's announcement asks for it, not for each of the thousands of
 * glyphs a network opens with (a {@code MessageFormat} each: 13–39 ms on kusama and stress).
 */
final class Glyph extends RingCircle {

    private final NodeItem item;
    /** A chain's magnification about its centre (see {@link NodeLayer}); null for validators, which have none. */
    private final Scale magnify;

    Glyph(NodeItem item, double x, double y) {
        super(x, y, item.radius());
        this.item = item;
        setUserData(item.ref());
        if (item.isChain()) {
            magnify = new Scale(1, 1);
            magnify.pivotXProperty().bind(centerXProperty());
            magnify.pivotYProperty().bind(centerYProperty());
            getTransforms().add(magnify);
        } else {
            magnify = null;
        }
    }

    /** How many times its size a chain is drawn (1 for a validator). */
    double magnification() {
        return magnify == null ? 1 : magnify.getX();
    }

    /**
     * Draws a chain {@code k} times its size about its centre, outline and hit area included; false when that
     * changes nothing (validators are never magnified).
     */
    boolean magnify(double k) {
        if (magnify == null || Math.abs(magnify.getX() - k) < 1e-6) {
            return false;
        }
        magnify.setX(k);
        magnify.setY(k);
        return true;
    }

    /** The radius of {@code c} on screen, in pixels, at the camera's {@code scale}, magnification and ring included. */
    static double screenRadius(Circle c, double scale) {
        return c.getRadius() * scale * (c instanceof Glyph g ? g.magnification() : 1);
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
