package dev.sse.views.graph.render;

import dev.sse.model.network.graph.NodeRef;
import dev.sse.views.graph.Camera;
import dev.sse.views.graph.EdgeItem;
import dev.sse.views.graph.GraphFrame;
import dev.sse.views.graph.layout.Position;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.Image;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;

/**
 * The overlay the cascade's pulses travel on: one dot per edge that carries the current step's risk,
 * above the edges and below the glyphs, redrawn every frame. Kept cheap on the software pipeline:
 * the carrying edges are chosen once per step (the {@value #PULSE_BUDGET} heaviest), and each dot is
 * a blit of one pre-rendered anti-aliased stamp in screen pixels instead of a rasterised oval.
 */
public final class PulseLayer extends Canvas {

    /** At most this many pulses per frame; a cascade on 20,000 edges would otherwise draw thousands. */
    static final int PULSE_BUDGET = 400;
    private static final double RADIUS = 4;

    private final Camera camera;
    private final Image stamp;
    private GraphFrame frame;
    private Set<NodeRef> pulsing = Set.of();
    private List<EdgeItem> carriers = List.of();
    /** A new frame or new pulsing nodes: the carriers are chosen again at the next redraw, once for both. */
    private boolean carriersStale;
    private double phase;
    /** Where the last frame's stamps were drawn: x, y pairs; -1 until the canvas has been cleared whole once. */
    private final double[] stamped = new double[2 * PULSE_BUDGET];
    private int stamps = -1;
    private double clearedWidth;
    private double clearedHeight;

    public PulseLayer(Camera camera, Color color) {
        this.camera = camera;
        this.stamp = stamp(color, RADIUS);
        setMouseTransparent(true);
        setManaged(false);
    }

    public void setFrame(GraphFrame frame) {
        this.frame = frame;
        chooseCarriers();
    }

    /** Pulses travel along every edge touching these nodes (up to the budget, heaviest first). */
    public void setPulsing(Set<NodeRef> nodes) {
        pulsing = Set.copyOf(nodes);
        chooseCarriers();
    }

    /** Where the pulses are along their edges, 0 (source) to 1 (target). */
    public void setPhase(double phase) {
        this.phase = phase;
        redraw();
    }

    private void chooseCarriers() {
        carriersStale = true;
        if (pulsing.isEmpty()) {
            redraw(); // clear now: the animation that would redraw is stopping
        }
        // otherwise the next animation frame (setPhase) chooses and draws, once for frame and pulses together
    }

    private void chooseCarriersNow() {
        carriersStale = false;
        if (frame == null || pulsing.isEmpty()) {
            carriers = List.of();
        } else {
            carriers = frame.edges().stream()
                    .filter(e -> pulsing.contains(e.link().source()) || pulsing.contains(e.link().target()))
                    .sorted(Comparator.comparingDouble(EdgeItem::width).reversed())
                    .limit(PULSE_BUDGET).toList();
        }
    }

    public void redraw() {
        if (carriersStale) {
            chooseCarriersNow();
        }
        GraphicsContext g = getGraphicsContext2D();
        if (carriers.isEmpty()) {
            // nothing travels (no playback, or its last step): hidden, so a frame (every notch of a wheel spin) neither
            // clears this full-size canvas nor blends its transparent pixels over the graph
            if (isVisible()) {
                g.clearRect(0, 0, getWidth(), getHeight());
                stamps = 0;
                setVisible(false);
            }
            return;
        }
        setVisible(true);
        clearStamps(g);
        double s = camera.scale();
        double tx = camera.tx() - stamp.getWidth() / 2;
        double ty = camera.ty() - stamp.getHeight() / 2;
        double w = getWidth();
        double h = getHeight();
        for (EdgeItem e : carriers) {
            Position a = frame.positions().get(e.link().source());
            Position b = frame.positions().get(e.link().target());
            if (a == null || b == null) {
                continue;
            }
            double x = Math.rint((a.x() + (b.x() - a.x()) * phase) * s + tx);
            double y = Math.rint((a.y() + (b.y() - a.y()) * phase) * s + ty);
            if (x > -RADIUS * 2 && y > -RADIUS * 2 && x < w && y < h) {
                g.drawImage(stamp, x, y);
                stamped[stamps++] = x;
                stamped[stamps++] = y;
            }
        }
    }

    /**
     * Clears where the last frame's stamps were, or the whole canvas the first time and after a resize. A full clear,
     * with the full-size composite behind it, was 15 of 86 render-thread samples of a kusama wheel spin with pulses
     * running (JFR, docs/performance.md); a stamp is 10 × 10 pixels, so a few hundred small clears touch a few percent
     * of the canvas.
     */
    private void clearStamps(GraphicsContext g) {
        if (stamps < 0 || getWidth() != clearedWidth || getHeight() != clearedHeight) {
            g.clearRect(0, 0, getWidth(), getHeight());
            clearedWidth = getWidth();
            clearedHeight = getHeight();
        } else {
            double size = stamp.getWidth();
            for (int i = 0; i < stamps; i += 2) {
                g.clearRect(stamped[i], stamped[i + 1], size, size);
            }
        }
        stamps = 0;
    }

    /** A filled disc of {@code radius} screen pixels, edge pixels weighted by coverage, 90% opaque. */
    static Image stamp(Color color, double radius) {
        int size = (int) Math.ceil(radius * 2) + 2;
        WritableImage image = new WritableImage(size, size);
        PixelWriter out = image.getPixelWriter();
        double c = size / 2.0;
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                double d = Math.hypot(x + 0.5 - c, y + 0.5 - c);
                double coverage = Math.max(0, Math.min(1, radius + 0.5 - d));
                out.setColor(x, y, Color.color(color.getRed(), color.getGreen(), color.getBlue(), 0.9 * coverage));
            }
        }
        return image;
    }
}
