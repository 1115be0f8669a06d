package dev.sse.views.graph.export;

import java.util.List;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.shape.Shape;
import javafx.scene.shape.StrokeType;

/**
 * How one glyph looks after CSS (kind colour, risk outline, selection), in world units.
 *
 * @param outside true when the stroke lies outside the outline ({@code -fx-stroke-type: outside})
 */
public record GlyphStyle(Color fill, Color stroke, double strokeWidth, boolean outside, List<Double> dashes,
                         double opacity) {

    public GlyphStyle {
        dashes = List.copyOf(dashes);
    }

    /** The computed style of a shape on screen. */
    public static GlyphStyle of(Shape shape) {
        return new GlyphStyle(color(shape.getFill()), color(shape.getStroke()), shape.getStrokeWidth(),
                shape.getStrokeType() == StrokeType.OUTSIDE, shape.getStrokeDashArray(), shape.getOpacity());
    }

    private static Color color(Paint paint) {
        return paint instanceof Color c ? c : null;
    }
}
