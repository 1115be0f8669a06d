package dev.sse.views.overlay;

import dev.sse.views.graph.Camera;
import dev.sse.views.graph.GraphFrame;
import dev.sse.views.graph.NodeItem;
import dev.sse.views.graph.layout.Position;
import java.util.Locale;
import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;

/**
 * A minimap and a zoom indicator for the graph (issue 23): every drawn node as a dot (chains larger, in the hub colour),
 * the part of the world on screen as a rectangle, and the zoom in percent. The dots are drawn once per frame on one
 * canvas, the rectangle on another at each camera change, so a wheel zoom costs one small rectangle. Clicking or
 * dragging in the minimap centres the view there.
 */
public final class Minimap extends VBox {

    public static final double WIDTH = 180;
    public static final double HEIGHT = 120;
    private static final double PAD = 6;

    private final Canvas dots = new Canvas(WIDTH, HEIGHT);
    private final Canvas viewport = new Canvas(WIDTH, HEIGHT);
    private final Label zoom = new Label();
    private final Camera camera;
    private final Supplier<GraphFrame> frame;
    private final Supplier<double[]> screen;
    /** World bounds of the last drawn frame: minX, minY, maxX, maxY; and the world-to-minimap scale. */
    private double minX;
    private double minY;
    private double k = 1;

    /**
     * @param frame  the frame as drawn
     * @param screen the canvas's width and height in pixels
     */
    public Minimap(Camera camera, Supplier<GraphFrame> frame, Supplier<double[]> screen) {
        this.camera = camera;
        this.frame = frame;
        this.screen = screen;
        setId("minimap");
        getStyleClass().add("minimap");
        zoom.setId("zoom-indicator");
        zoom.setStyle("-fx-background-color: rgba(255,255,255,0.85); -fx-padding: 1 5 1 5; -fx-font-size: 11px;");
        StackPane maps = new StackPane(dots, viewport);
        maps.setStyle("-fx-background-color: rgba(255,255,255,0.85); -fx-border-color: #8a8f98; -fx-border-width: 1;");
        maps.setMaxSize(WIDTH + 2, HEIGHT + 2);
        setAlignment(Pos.BOTTOM_RIGHT);
        setSpacing(3);
        setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        setPickOnBounds(false);
        getChildren().addAll(zoom, maps);
        camera.addListener(o -> drawViewport());
        viewport.addEventHandler(MouseEvent.MOUSE_PRESSED, this::centre);
        viewport.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::centre);
        redraw();
    }

    /** Draws the dots of the current frame again (a new frame, or other classes shown). */
    public void redraw() {
        GraphicsContext g = dots.getGraphicsContext2D();
        g.clearRect(0, 0, WIDTH, HEIGHT);
        GraphFrame f = frame.get();
        if (f == null || f.positions().isEmpty()) {
            drawViewport();
            return;
        }
        double x0 = Double.MAX_VALUE, y0 = Double.MAX_VALUE, x1 = -Double.MAX_VALUE, y1 = -Double.MAX_VALUE;
        for (Position p : f.positions().values()) {
            x0 = Math.min(x0, p.x());
            y0 = Math.min(y0, p.y());
            x1 = Math.max(x1, p.x());
            y1 = Math.max(y1, p.y());
        }
        k = Math.min((WIDTH - 2 * PAD) / Math.max(1, x1 - x0), (HEIGHT - 2 * PAD) / Math.max(1, y1 - y0));
        minX = x0 - (WIDTH / k - (x1 - x0)) / 2;
        minY = y0 - (HEIGHT / k - (y1 - y0)) / 2;
        g.setFill(Color.web("#8a8f98"));
        for (NodeItem n : f.nodes()) {
            if (!n.isChain()) {
                dot(g, f.positions().get(n.ref()), 1.5);
            }
        }
        g.setFill(Color.web("#0072b2"));
        for (NodeItem n : f.nodes()) {
            if (n.isChain()) {
                dot(g, f.positions().get(n.ref()), 3);
            }
        }
        drawViewport();
    }

    private void dot(GraphicsContext g, Position p, double r) {
        if (p != null) {
            g.fillOval((p.x() - minX) * k - r, (p.y() - minY) * k - r, 2 * r, 2 * r);
        }
    }

    /** The part of the world on screen, and the zoom in percent. */
    private void drawViewport() {
        zoom.setText(String.format(Locale.ROOT, "%.0f%%", camera.scale() * 100));
        GraphicsContext g = viewport.getGraphicsContext2D();
        g.clearRect(0, 0, WIDTH, HEIGHT);
        double[] wh = screen.get();
        double s = camera.scale();
        double wx0 = -camera.tx() / s;
        double wy0 = -camera.ty() / s;
        g.setStroke(Color.web("#d55e00"));
        g.setLineWidth(1.5);
        // clamped to the minimap: zoomed out, the screen shows more than the graph, and its edge stays in sight
        double x0 = Math.max(1, (wx0 - minX) * k);
        double y0 = Math.max(1, (wy0 - minY) * k);
        double x1 = Math.min(WIDTH - 1, (wx0 - minX) * k + wh[0] / s * k);
        double y1 = Math.min(HEIGHT - 1, (wy0 - minY) * k + wh[1] / s * k);
        if (x1 > x0 && y1 > y0) {
            g.strokeRect(x0, y0, x1 - x0, y1 - y0);
        }
    }

    private void centre(MouseEvent e) {
        double[] wh = screen.get();
        camera.frame(e.getX() / k + minX, e.getY() / k + minY, camera.scale(), wh[0], wh[1]);
        e.consume();
    }

    /** The zoom as shown, e.g. "125%". */
    public String zoomText() {
        return zoom.getText();
    }

    /** The viewport rectangle in minimap pixels: x, y, width, height. */
    public double[] viewportRect() {
        double[] wh = screen.get();
        double s = camera.scale();
        return new double[] {(-camera.tx() / s - minX) * k, (-camera.ty() / s - minY) * k, wh[0] / s * k, wh[1] / s * k};
    }
}
