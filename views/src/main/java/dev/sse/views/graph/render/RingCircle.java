package dev.sse.views.graph.render;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javafx.css.CssMetaData;
import javafx.css.SimpleStyleableBooleanProperty;
import javafx.css.Styleable;
import javafx.css.StyleableBooleanProperty;
import javafx.css.StyleableProperty;
import javafx.css.converter.BooleanConverter;
import javafx.scene.shape.Circle;

/**
 * A circle whose stroke can lie wholly outside its disc: with {@code -sse-ring: true} in CSS (the risk outlines, the
 * selection) it grows by half its stroke width and the stroke is centred on the grown outline, so the disc keeps its
 * size and the ring sits around it. The same picture as {@code -fx-stroke-type: outside} where the stroke is opaque
 * (in a dash's gap the disc's colour shows under the ring's inner half), without its cost: JavaFX draws an outside
 * stroke as an area subtraction ({@code BasicStroke.CAGShapePair}), about a tenth of the software pipeline's render
 * thread while zooming kusama, whose chains all wear a risk ring (docs/performance.md, "Zoom: rings").
 */
public class RingCircle extends Circle {

    private static final CssMetaData<RingCircle, Boolean> RING = new CssMetaData<>("-sse-ring",
            BooleanConverter.getInstance(), false) {
        @Override
        public boolean isSettable(RingCircle c) {
            return !c.ring.isBound();
        }

        @Override
        public StyleableProperty<Boolean> getStyleableProperty(RingCircle c) {
            return c.ring;
        }
    };
    private static final List<CssMetaData<? extends Styleable, ?>> CSS;

    static {
        List<CssMetaData<? extends Styleable, ?>> all = new ArrayList<>(Circle.getClassCssMetaData());
        all.add(RING);
        CSS = Collections.unmodifiableList(all);
    }

    private final StyleableBooleanProperty ring = new SimpleStyleableBooleanProperty(RING, this, "ring") {
        @Override
        protected void invalidated() {
            fit();
        }
    };
    private double disc;

    public RingCircle(double x, double y, double radius) {
        super(x, y, radius);
        disc = radius;
        strokeWidthProperty().addListener(o -> fit());
    }

    public RingCircle(double radius) {
        this(0, 0, radius);
    }

    /** The disc's radius, without the ring. */
    public double disc() {
        return disc;
    }

    /** Sets the disc's radius; the circle is larger by half the stroke while it wears a ring. */
    public void setDisc(double radius) {
        disc = radius;
        fit();
    }

    /** Whether the stroke lies outside the disc ({@code -sse-ring: true}). */
    public boolean ring() {
        return ring.get();
    }

    private void fit() {
        setRadius(disc + (ring.get() ? getStrokeWidth() / 2 : 0));
    }

    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
        return CSS;
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getCssMetaData() {
        return CSS;
    }
}
