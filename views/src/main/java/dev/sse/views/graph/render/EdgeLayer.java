package dev.sse.views.graph.render;

import dev.sse.model.network.graph.Link;
import dev.sse.views.graph.Camera;
import dev.sse.views.graph.EdgeItem;
import dev.sse.views.graph.GraphFrame;
import dev.sse.views.graph.layout.Position;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.beans.value.ObservableDoubleValue;
import javafx.scene.paint.Color;
import javafx.scene.transform.Scale;

/**
 * Draws every edge on one canvas, redrawn when the frame or camera changes. One stroked path per edge
 * kind keeps 20,000 allocations cheap. Level of detail: thin allocation edges fade out as the graph
 * gets larger or the camera zooms out. The canvas can render at a pixel scale above 1 (drawn k× larger,
 * shown scaled by 1/k) so that a k× snapshot of the view gets sharp edges, not a stretched bitmap.
 */
public final class EdgeLayer extends Canvas {

    private final Camera camera;
    private GraphFrame frame;
    private Color allocationColor = Color.web("#6b7a8f");
    private Color securedByColor = Color.web("#0072b2");
    private final Scale downscale = new Scale(1, 1, 0, 0);
    private double pixelScale = 1;
    private ObservableDoubleValue viewWidth;
    private ObservableDoubleValue viewHeight;

    public EdgeLayer(Camera camera) {
        this.camera = camera;
        setMouseTransparent(true);
        setManaged(false);
        getTransforms().add(downscale);
    }

    /** Follows the size of the view it covers (at the current pixel scale). */
    public void track(ObservableDoubleValue width, ObservableDoubleValue height) {
        this.viewWidth = width;
        this.viewHeight = height;
        width.addListener(o -> resize());
        height.addListener(o -> resize());
        resize();
    }

    /** Renders k canvas pixels per view pixel (1 on screen; 2 or 4 while a HiDPI export is taken). */
    public void setPixelScale(double k) {
        pixelScale = k;
        downscale.setX(1 / k);
        downscale.setY(1 / k);
        resize();
    }

    private void resize() {
        if (viewWidth != null) {
            setWidth(viewWidth.get() * pixelScale);
            setHeight(viewHeight.get() * pixelScale);
        }
        redraw();
    }

    public void setFrame(GraphFrame frame) {
        this.frame = frame;
        redraw();
    }

    public void setColors(Color allocation, Color securedBy) {
        this.allocationColor = allocation;
        this.securedByColor = securedBy;
        redraw();
    }

    public void redraw() {
        GraphicsContext g = getGraphicsContext2D();
        g.setTransform(1, 0, 0, 1, 0, 0);
        g.clearRect(0, 0, getWidth(), getHeight());
        if (frame == null) {
            return;
        }
        double s = camera.scale();
        double k = pixelScale;
        g.setTransform(s * k, 0, 0, s * k, camera.tx() * k, camera.ty() * k);
        g.setGlobalAlpha(allocationAlpha(frame.edges().size(), s));
        stroke(g, Link.Kind.ALLOCATION, allocationColor, s);
        g.setGlobalAlpha(SECURED_BY_ALPHA);
        stroke(g, Link.Kind.SECURED_BY, securedByColor, s);
        g.setGlobalAlpha(1);
    }

    /** Opacity of allocation edges: fades with the number of edges and when zoomed out (level of detail). */
    public static double allocationAlpha(int edgeCount, double cameraScale) {
        double lod = Math.min(1, 600.0 / Math.max(1, edgeCount)) * Math.min(1, cameraScale * 1.5);
        return Math.max(0.06, Math.min(0.55, 0.55 * Math.sqrt(lod)));
    }

    /** Opacity of securedBy edges. */
    public static final double SECURED_BY_ALPHA = 0.9;

    /** Thinnest edge in world units at a camera scale: about half a screen pixel, so edges never vanish. */
    public static double thinnestEdge(double cameraScale) {
        return 0.5 / cameraScale;
    }

    public Color allocationColor() {
        return allocationColor;
    }

    public Color securedByColor() {
        return securedByColor;
    }

    private void stroke(GraphicsContext g, Link.Kind kind, Color color, double scale) {
        g.setStroke(color);
        for (EdgeItem e : frame.edges()) {
            if (e.link().kind() != kind) {
                continue;
            }
            Position a = frame.positions().get(e.link().source());
            Position b = frame.positions().get(e.link().target());
            if (a == null || b == null) {
                continue;
            }
            // keep at least ~0.5 screen pixel so edges never vanish entirely when zoomed out
            g.setLineWidth(Math.max(e.width(), thinnestEdge(scale)));
            if (kind == Link.Kind.SECURED_BY) {
                g.setLineDashes(6, 4);
            } else {
                g.setLineDashes();
            }
            g.strokeLine(a.x(), a.y(), b.x(), b.y());
        }
        g.setLineDashes();
    }
}
