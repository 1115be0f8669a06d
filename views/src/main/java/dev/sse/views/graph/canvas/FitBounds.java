package dev.sse.views.graph.canvas;

import dev.sse.views.graph.GraphFrame;
import dev.sse.views.graph.NodeItem;
import dev.sse.views.graph.layout.Position;
import java.util.Collection;

/**
 * What "fit" frames: the world rectangle of the chosen nodes plus their chain labels. Labels keep a constant
 * size on screen and sit outside their glyph, pointing away from the layout's centre (NodeLayer), so how much
 * world room a label needs depends on the scale the fit chooses; a few rounds of fit-then-measure settle it.
 * Only the side a label really sits on grows, so one long name on the left does not shrink the whole graph.
 */
final class FitBounds {

    /** Screen pixels per label character (bold 12 px), a slight overestimate so labels never clip. */
    static final double PIXELS_PER_CHAR = 7.2;
    /** Rounds of fit-then-measure; the scale changes by well under a pixel after the third. */
    private static final int ROUNDS = 4;

    private FitBounds() {
    }

    /**
     * @param nodes      the nodes to frame (all, or a tour step's targets)
     * @param labelScale chain labels at this multiple of their normal size (presenter mode)
     * @return minX, minY, maxX, maxY in world units
     */
    static double[] of(GraphFrame frame, Collection<NodeItem> nodes, double labelScale, double width, double height,
                       double marginX, double marginY) {
        double[] glyphs = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        for (NodeItem n : nodes) {
            Position p = frame.positions().get(n.ref());
            glyphs[0] = Math.min(glyphs[0], p.x() - n.radius());
            glyphs[1] = Math.min(glyphs[1], p.y() - n.radius());
            glyphs[2] = Math.max(glyphs[2], p.x() + n.radius());
            glyphs[3] = Math.max(glyphs[3], p.y() + n.radius());
        }
        double[] box = glyphs.clone();
        for (int round = 0; round < ROUNDS; round++) {
            double scale = Math.min(Math.max(1, width - 2 * marginX) / Math.max(1, box[2] - box[0]),
                    Math.max(1, height - 2 * marginY) / Math.max(1, box[3] - box[1]));
            box = glyphs.clone();
            for (NodeItem n : nodes) {
                if (n.isChain()) {
                    grow(box, frame.positions().get(n.ref()), n, n.label().length() * PIXELS_PER_CHAR * labelScale / scale,
                            18 * labelScale / scale);
                }
            }
        }
        return box;
    }

    /** Adds the label of {@code n} (w × h world units) on the side NodeLayer puts it. */
    private static void grow(double[] box, Position p, NodeItem n, double w, double h) {
        double d = Math.hypot(p.x(), p.y());
        double dx = d < n.radius() ? 0 : p.x() / d;
        double dy = d < n.radius() ? 1 : p.y() / d;
        double x0 = dx > 0.35 ? p.x() + n.radius() : dx < -0.35 ? p.x() - n.radius() - w : p.x() - w / 2;
        double y0 = dy > 0.35 ? p.y() + n.radius() : dy < -0.35 ? p.y() - n.radius() - h : p.y() - h / 2;
        box[0] = Math.min(box[0], x0);
        box[1] = Math.min(box[1], y0);
        box[2] = Math.max(box[2], x0 + w);
        box[3] = Math.max(box[3], y0 + h);
    }

}
