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
    private Color focusColor = Color.web("#d55e00");
    private Color pulseColor = Color.web("#d55e00");
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

    private final java.util.Map<dev.sse.model.network.graph.NodeRef, Position> moved = new java.util.HashMap<>();
    private java.util.Set<dev.sse.model.network.graph.NodeRef> focus = java.util.Set.of();

    public void setFrame(GraphFrame frame) {
        this.frame = frame;
        moved.clear();
        byWeight = frame.edges().stream().filter(e -> e.link().kind() == Link.Kind.ALLOCATION)
                .sorted(java.util.Comparator.comparingDouble(EdgeItem::width).reversed()).toList();
        redraw();
    }

    /**
     * Level of detail for large graphs: at most this many allocation edges are stroked per redraw (the
     * heaviest first, and only those with an end in view). The software pipeline is fill-rate bound on
     * long lines (about 2.6 fps for 10,000 of them, shared/toolchain.md §6), so thin edges fade out.
     */
    static final int EDGE_BUDGET = 3000;

    private java.util.List<EdgeItem> byWeight = java.util.List.of();

    /** Overrides every position at once (a layout transition); an empty map returns to the frame's positions. */
    public void moveAll(java.util.Map<dev.sse.model.network.graph.NodeRef, Position> positions) {
        moved.clear();
        moved.putAll(positions);
        redraw();
    }

    /** A node being dragged: draw its edges from here until the next frame. */
    public void move(dev.sse.model.network.graph.NodeRef ref, Position p) {
        moved.put(ref, p);
        redraw();
    }

    private java.util.Set<dev.sse.model.network.graph.NodeRef> pulsing = java.util.Set.of();
    private double phase;

    /** Pulses (dots) travel along every edge touching these nodes; {@link #setPhase} moves them. */
    public void setPulsing(java.util.Set<dev.sse.model.network.graph.NodeRef> nodes) {
        pulsing = java.util.Set.copyOf(nodes);
        redrawPulses();
    }

    /** Where the pulses are along their edges, 0 (source) to 1 (target); only the pulse overlay is redrawn. */
    public void setPhase(double phase) {
        this.phase = phase;
        redrawPulses();
    }

    private final Canvas pulseOverlay = new Canvas();

    /** The overlay the pulses are drawn on (above the edges, below the nodes); redrawn every frame, cheaply. */
    public Canvas pulseOverlay() {
        pulseOverlay.setMouseTransparent(true);
        pulseOverlay.widthProperty().bind(widthProperty());
        pulseOverlay.heightProperty().bind(heightProperty());
        return pulseOverlay;
    }

    private void redrawPulses() {
        GraphicsContext g = pulseOverlay.getGraphicsContext2D();
        g.setTransform(1, 0, 0, 1, 0, 0);
        g.clearRect(0, 0, pulseOverlay.getWidth(), pulseOverlay.getHeight());
        if (frame == null || pulsing.isEmpty()) {
            return;
        }
        double s = camera.scale();
        g.setTransform(s, 0, 0, s, camera.tx(), camera.ty());
        drawPulses(g, s);
        g.setGlobalAlpha(1);
    }

    /** Edges touching these nodes are drawn emphasised (the selection). */
    public void setFocus(java.util.Set<dev.sse.model.network.graph.NodeRef> nodes) {
        focus = java.util.Set.copyOf(nodes);
        redraw();
    }

    private Position position(dev.sse.model.network.graph.NodeRef ref) {
        Position p = moved.get(ref);
        return p != null ? p : frame.positions().get(ref);
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
        strokeAllocations(g, s);
        g.setGlobalAlpha(SECURED_BY_ALPHA);
        stroke(g, Link.Kind.SECURED_BY, securedByColor, s);
        if (!focus.isEmpty()) {
            g.setGlobalAlpha(0.95);
            g.setStroke(focusColor);
            for (EdgeItem e : frame.edges()) {
                if (focus.contains(e.link().source()) || focus.contains(e.link().target())) {
                    Position a = position(e.link().source());
                    Position b = position(e.link().target());
                    if (a != null && b != null) {
                        g.setLineWidth(Math.max(e.width() + 1, 1.5 / s));
                        g.strokeLine(a.x(), a.y(), b.x(), b.y());
                    }
                }
            }
        }
        g.setGlobalAlpha(1);
        redrawPulses();
    }

    private void drawPulses(GraphicsContext g, double scale) {
        g.setGlobalAlpha(0.9);
        g.setFill(pulseColor);
        double r = 4 / scale;
        for (EdgeItem e : frame.edges()) {
            if (pulsing.contains(e.link().source()) || pulsing.contains(e.link().target())) {
                Position a = position(e.link().source());
                Position b = position(e.link().target());
                if (a != null && b != null) {
                    double x = a.x() + (b.x() - a.x()) * phase;
                    double y = a.y() + (b.y() - a.y()) * phase;
                    g.fillOval(x - r, y - r, 2 * r, 2 * r);
                }
            }
        }
    }

    private void strokeAllocations(GraphicsContext g, double scale) {
        g.setStroke(allocationColor);
        g.setLineDashes();
        double minX = -camera.tx() / scale;
        double minY = -camera.ty() / scale;
        double maxX = minX + getWidth() / scale;
        double maxY = minY + getHeight() / scale;
        int drawn = 0;
        for (EdgeItem e : byWeight) {
            if (drawn >= EDGE_BUDGET) {
                break;
            }
            Position a = position(e.link().source());
            Position b = position(e.link().target());
            if (a == null || b == null || !inView(a, b, minX, minY, maxX, maxY)) {
                continue;
            }
            g.setLineWidth(Math.max(e.width(), 0.5 / scale));
            g.strokeLine(a.x(), a.y(), b.x(), b.y());
            drawn++;
        }
    }

    /** Whether the segment's bounding box meets the visible world rectangle. */
    private static boolean inView(Position a, Position b, double minX, double minY, double maxX, double maxY) {
        return Math.max(a.x(), b.x()) >= minX && Math.min(a.x(), b.x()) <= maxX
                && Math.max(a.y(), b.y()) >= minY && Math.min(a.y(), b.y()) <= maxY;
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
            Position a = position(e.link().source());
            Position b = position(e.link().target());
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
