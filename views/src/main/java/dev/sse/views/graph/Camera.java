package dev.sse.views.graph;

import dev.sse.views.graph.layout.Position;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;

/**
 * The view's camera: world → screen is {@code screen = world × scale + (tx, ty)}. Zoom keeps the
 * world point under the cursor fixed; fit frames given world bounds.
 */
public final class Camera {

    public static final double MIN_SCALE = 0.02;
    public static final double MAX_SCALE = 12;

    private final DoubleProperty scale = new SimpleDoubleProperty(this, "scale", 1);
    private final DoubleProperty tx = new SimpleDoubleProperty(this, "tx");
    private final DoubleProperty ty = new SimpleDoubleProperty(this, "ty");

    public DoubleProperty scaleProperty() { return scale; }
    public DoubleProperty txProperty() { return tx; }
    public DoubleProperty tyProperty() { return ty; }
    public double scale() { return scale.get(); }
    public double tx() { return tx.get(); }
    public double ty() { return ty.get(); }

    /** Calls {@code listener} whenever the scale or the translation changes (also through a binding). */
    public void addListener(javafx.beans.InvalidationListener listener) {
        scale.addListener(listener);
        tx.addListener(listener);
        ty.addListener(listener);
    }

    /** Zooms by {@code factor} around screen point (sx, sy). */
    public void zoomAt(double factor, double sx, double sy) {
        double s = scale.get();
        double next = Math.max(MIN_SCALE, Math.min(MAX_SCALE, s * factor));
        double wx = (sx - tx.get()) / s;
        double wy = (sy - ty.get()) / s;
        scale.set(next);
        tx.set(sx - wx * next);
        ty.set(sy - wy * next);
    }

    public void panBy(double dx, double dy) {
        tx.set(tx.get() + dx);
        ty.set(ty.get() + dy);
    }

    /** Frames the world rectangle [minX, maxX] × [minY, maxY] in a viewport, with a margin in pixels. */
    public void fit(double minX, double minY, double maxX, double maxY, double width, double height, double margin) {
        fit(minX, minY, maxX, maxY, width, height, margin, margin);
    }

    /** As {@link #fit(double, double, double, double, double, double, double)} with separate side and top margins. */
    public void fit(double minX, double minY, double maxX, double maxY, double width, double height,
                    double marginX, double marginY) {
        double w = Math.max(1, maxX - minX);
        double h = Math.max(1, maxY - minY);
        double s = Math.min(Math.max(1, width - 2 * marginX) / w, Math.max(1, height - 2 * marginY) / h);
        s = Math.max(MIN_SCALE, Math.min(MAX_SCALE, s));
        scale.set(s);
        tx.set(width / 2 - (minX + w / 2) * s);
        ty.set(height / 2 - (minY + h / 2) * s);
    }

    /** Centres world point (cx, cy) in a viewport of {@code width × height} at {@code scale}. */
    public void frame(double cx, double cy, double scale, double width, double height) {
        double s = Math.max(MIN_SCALE, Math.min(MAX_SCALE, scale));
        this.scale.set(s);
        tx.set(width / 2 - cx * s);
        ty.set(height / 2 - cy * s);
    }

    public double toScreenX(Position p) {
        return p.x() * scale.get() + tx.get();
    }

    public double toScreenY(Position p) {
        return p.y() * scale.get() + ty.get();
    }
}
