package dev.sse.views.graph.export;

import dev.sse.views.graph.render.RingCircle;
import java.util.List;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.shape.Shape;
import javafx.scene.shape.StrokeType;

/**
 * How one glyph looks after CSS (kind colour, risk outline, selection), in world units.
 *
 * @param outside       true when the stroke lies outside the disc ({@code -sse-ring: true}, {@link RingCircle}, or
 *                      {@code -fx-stroke-type: outside})
 * @param magnification how many times its size the glyph is drawn about its centre (a chain kept readable when
 *                      zoomed far out), radius and outline alike; 1 for most
 */
public record GlyphStyle(Color fill, Color stroke, double strokeWidth, boolean outside, List<Double> dashes,
                         double opacity, double magnification) {

    public GlyphStyle {
        dashes = List.copyOf(dashes);
    }

    /** The computed style of a shape on screen. */
    public static GlyphStyle of(Shape shape) {
        return new GlyphStyle(color(shape.getFill()), color(shape.getStroke()), shape.getStrokeWidth(),
                shape instanceof RingCircle c && c.ring() || shape.getStrokeType() == StrokeType.OUTSIDE, shape.getStrokeDashArray(), shape.getOpacity(),
                shape.getLocalToParentTransform().getMxx());
    }

    private static Color color(Paint paint) {
        return paint instanceof Color c ? c : null;
    }
}
