package dev.sse.views.graph.render;

import java.util.function.BiConsumer;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.shape.Line;

/**
 * The edge colours, taken from the stylesheet: two invisible swatch lines carry the CSS classes
 * {@code edge-swatch-allocation} and {@code edge-swatch-secured-by}, whose strokes are the tokens
 * {@code -sse-edge-allocation} and {@code -sse-edge-secured-by}. The canvas cannot be styled by CSS, so it
 * follows these strokes, and a theme change recolours the edges like everything else.
 */
public final class EdgePalette {

    private final Line allocation = swatch("edge-swatch-allocation");
    private final Line securedBy = swatch("edge-swatch-secured-by");

    private static Line swatch(String styleClass) {
        Line line = new Line(0, 0, 0, 0);
        line.getStyleClass().add(styleClass);
        line.setManaged(false);
        line.setMouseTransparent(true);
        line.setOpacity(0);
        return line;
    }

    public Line allocation() {
        return allocation;
    }

    public Line securedBy() {
        return securedBy;
    }

    /** Calls {@code apply(allocation, securedBy)} whenever the stylesheet changes either colour. */
    public void onChange(BiConsumer<Color, Color> apply) {
        Runnable update = () -> apply.accept(color(allocation.getStroke(), "#6b7a8f"), color(securedBy.getStroke(), "#0072b2"));
        allocation.strokeProperty().addListener(o -> update.run());
        securedBy.strokeProperty().addListener(o -> update.run());
    }

    private static Color color(Paint paint, String fallback) {
        return paint instanceof Color c ? c : Color.web(fallback);
    }
}
