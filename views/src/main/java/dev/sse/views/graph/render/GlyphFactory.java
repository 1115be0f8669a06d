package dev.sse.views.graph.render;

import dev.sse.views.common.StyleClasses;
import dev.sse.views.graph.NodeItem;
import dev.sse.views.graph.layout.Position;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;
import javafx.scene.transform.Scale;

/**
 * Makes the scene nodes of one chain or validator: its {@link Glyph} with its style classes and, for a chain, its
 * label and the backdrop under it, both counter-scaled about the glyph's centre ({@link NodeLayer} places them).
 */
final class GlyphFactory {

    /** What one node is drawn with; {@code label} and {@code backdrop} are null for a validator. */
    record Made(Glyph glyph, Text label, Rectangle backdrop) {
    }

    private GlyphFactory() {
    }

    static Made make(NodeItem item, Position p) {
        Glyph c = new Glyph(item, p.x(), p.y());
        if (!item.isChain()) {
            c.getStyleClass().addAll(StyleClasses.NODE, StyleClasses.VALIDATOR_NODE);
            return new Made(c, null, null);
        }
        c.getStyleClass().addAll(StyleClasses.NODE, StyleClasses.CHAIN_NODE, StyleClasses.chainKind(item.kind().json()));
        Text label = new Text(item.label());
        label.getStyleClass().add(StyleClasses.NODE_LABEL);
        label.setMouseTransparent(true);
        label.getTransforms().add(new Scale(1, 1, p.x(), p.y()));
        Rectangle backdrop = new Rectangle();
        backdrop.getStyleClass().setAll(StyleClasses.NODE_LABEL_BACKDROP);
        backdrop.setMouseTransparent(true);
        backdrop.getTransforms().add(new Scale(1, 1, p.x(), p.y()));
        return new Made(c, label, backdrop);
    }
}
