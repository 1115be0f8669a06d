package dev.sse.views.graph.render;

import dev.sse.model.network.graph.Link;
import dev.sse.model.network.graph.NodeRef;
import dev.sse.views.graph.EdgeItem;
import dev.sse.views.graph.GraphFrame;
import dev.sse.views.graph.layout.Position;
import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Line2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Rasterises a frame's edges with Java2D into premultiplied ARGB pixels. It touches no JavaFX, so it
 * runs on a worker thread: the edges of a 20,000-allocation graph are drawn while the FX and render
 * threads keep animating, and the render thread only blits the finished picture (on the software
 * pipeline, stroking long translucent lines costs tens of milliseconds: shared/toolchain.md §6).
 * Deterministic: the same job gives the same pixels.
 */
final class EdgeRaster {

    /** Up to this many emphasised edges are drawn fully opaque; beyond, their opacity falls as 1/√n. */
    static final double FOCUS_FAN = 80;

    private EdgeRaster() {
    }

    /**
     * Everything one picture depends on, copied on the FX thread.
     *
     * @param allocations allocation edges, heaviest first (drawn up to {@code budget} that are in view)
     * @param securedBy   securedBy edges (always drawn, dashed)
     * @param positions   world position of every node
     * @param focus       nodes whose edges are emphasised (the selection)
     * @param scale       camera scale (screen pixels per world unit)
     * @param pixelScale  raster pixels per screen pixel (1 on screen; 2 or 4 for a HiDPI export)
     * @param colors      ARGB of allocation, securedBy and focus edges
     */
    record Job(List<EdgeItem> allocations, List<EdgeItem> securedBy, Map<NodeRef, Position> positions,
               Set<NodeRef> focus, double scale, double tx, double ty, int width, int height, double pixelScale,
               double allocationAlpha, int budget, int[] colors) {

        /**
         * Whether this job gives exactly the pixels of {@code other}, so drawing it again can be skipped: same
         * camera, size, colours, focus and positions, and the same edges at the same drawn width. A cascade
         * step usually changes stakes (edge widths) below what the level of detail shows: at kusama's fitted
         * zoom every allocation is drawn at the thinnest width, so the picture does not change at all.
         * Allocations share one colour and opacity, and source-over of one colour is the same in any order,
         * so when every allocation fits in the budget they compare as a set; above it, in drawing order.
         */
        boolean samePicture(Job other) {
            if (other == null || scale != other.scale || tx != other.tx || ty != other.ty || width != other.width
                    || height != other.height || pixelScale != other.pixelScale
                    || allocationAlpha != other.allocationAlpha || budget != other.budget
                    || !java.util.Arrays.equals(colors, other.colors) || !focus.equals(other.focus)
                    || allocations.size() != other.allocations.size() || securedBy.size() != other.securedBy.size()
                    || (positions != other.positions && !positions.equals(other.positions))) {
                return false;
            }
            double thinnest = EdgeLayer.thinnestEdge(scale);
            if (!sameInOrder(securedBy, other.securedBy, thinnest)) {
                return false;
            }
            if (allocations.size() > budget) {
                return sameInOrder(allocations, other.allocations, thinnest);
            }
            Map<List<Object>, Integer> drawn = new java.util.HashMap<>();
            for (EdgeItem e : other.allocations) {
                drawn.merge(List.of(e.link().source(), e.link().target(), drawnWidth(e, thinnest)), 1, Integer::sum);
            }
            for (EdgeItem e : allocations) {
                List<Object> key = List.of(e.link().source(), e.link().target(), drawnWidth(e, thinnest));
                Integer left = drawn.get(key);
                if (left == null) {
                    return false;
                }
                if (left == 1) {
                    drawn.remove(key);
                } else {
                    drawn.put(key, left - 1);
                }
            }
            return drawn.isEmpty();
        }

        private static boolean sameInOrder(List<EdgeItem> a, List<EdgeItem> b, double thinnest) {
            for (int i = 0; i < a.size(); i++) {
                EdgeItem x = a.get(i);
                EdgeItem y = b.get(i);
                if (!x.link().source().equals(y.link().source()) || !x.link().target().equals(y.link().target())
                        || drawnWidth(x, thinnest) != drawnWidth(y, thinnest)) {
                    return false;
                }
            }
            return true;
        }
    }

    /** The stroke width an edge is drawn with, in world units. */
    static float drawnWidth(EdgeItem e, double thinnest) {
        return (float) Math.max(e.width(), thinnest);
    }

    /** The picture of a job: {@code width × height} premultiplied ARGB pixels, and the camera it was drawn for. */
    record Picture(int[] pixels, int width, int height, double scale, double tx, double ty, double pixelScale) {
    }

    static Picture draw(Job job) {
        int w = Math.max(1, job.width());
        int h = Math.max(1, job.height());
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            double s = job.scale() * job.pixelScale();
            g.setTransform(new AffineTransform(s, 0, 0, s, job.tx() * job.pixelScale(), job.ty() * job.pixelScale()));
            strokeAllocations(g, job);
            strokeSecuredBy(g, job);
            strokeFocus(g, job);
        } finally {
            g.dispose();
        }
        int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        return new Picture(pixels, w, h, job.scale(), job.tx(), job.ty(), job.pixelScale());
    }

    private static void strokeAllocations(Graphics2D g, Job job) {
        g.setColor(withAlpha(job.colors()[0], job.allocationAlpha()));
        double scale = job.scale();
        double minX = -job.tx() / scale;
        double minY = -job.ty() / scale;
        double maxX = minX + job.width() / job.pixelScale() / scale;
        double maxY = minY + job.height() / job.pixelScale() / scale;
        double thinnest = EdgeLayer.thinnestEdge(scale);
        Line2D.Double line = new Line2D.Double();
        float width = -1;
        int drawn = 0;
        for (EdgeItem e : job.allocations()) {
            if (drawn >= job.budget()) {
                break;
            }
            Position a = job.positions().get(e.link().source());
            Position b = job.positions().get(e.link().target());
            if (a == null || b == null || !inView(a, b, minX, minY, maxX, maxY)) {
                continue;
            }
            float next = drawnWidth(e, thinnest);
            if (next != width) {
                width = next;
                g.setStroke(new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER));
            }
            line.setLine(a.x(), a.y(), b.x(), b.y());
            g.draw(line);
            drawn++;
        }
    }

    private static void strokeSecuredBy(Graphics2D g, Job job) {
        g.setColor(withAlpha(job.colors()[1], EdgeLayer.SECURED_BY_ALPHA));
        float[] dashes = {6, 4};
        Line2D.Double line = new Line2D.Double();
        for (EdgeItem e : job.securedBy()) {
            Position a = job.positions().get(e.link().source());
            Position b = job.positions().get(e.link().target());
            if (a != null && b != null) {
                float width = (float) Math.max(e.width(), EdgeLayer.thinnestEdge(job.scale()));
                g.setStroke(new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, dashes, 0));
                line.setLine(a.x(), a.y(), b.x(), b.y());
                g.draw(line);
            }
        }
    }

    private static void strokeFocus(Graphics2D g, Job job) {
        if (job.focus().isEmpty()) {
            return;
        }
        long touching = java.util.stream.Stream.concat(job.allocations().stream(), job.securedBy().stream())
                .filter(e -> job.focus().contains(e.link().source()) || job.focus().contains(e.link().target())).count();
        // a hub with hundreds of edges would turn into a solid disc: fade the emphasis as the fan grows
        g.setColor(withAlpha(job.colors()[2], 0.95 * Math.min(1, Math.sqrt(FOCUS_FAN / Math.max(1.0, touching)))));
        Line2D.Double line = new Line2D.Double();
        for (List<EdgeItem> edges : List.of(job.allocations(), job.securedBy())) {
            for (EdgeItem e : edges) {
                if (!job.focus().contains(e.link().source()) && !job.focus().contains(e.link().target())) {
                    continue;
                }
                Position a = job.positions().get(e.link().source());
                Position b = job.positions().get(e.link().target());
                if (a != null && b != null) {
                    g.setStroke(new BasicStroke((float) Math.max(e.width() + 1, 1.5 / job.scale()),
                            BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER));
                    line.setLine(a.x(), a.y(), b.x(), b.y());
                    g.draw(line);
                }
            }
        }
    }

    /**
     * The colour with its alpha multiplied by {@code alpha}: a translucent paint keeps Java2D on its native
     * anti-aliased fill loops, where an extra-alpha composite would send every pixel down a slower general path.
     */
    private static java.awt.Color withAlpha(int argb, double alpha) {
        int a = (int) Math.round((argb >>> 24) * alpha);
        return new java.awt.Color((argb >> 16) & 0xff, (argb >> 8) & 0xff, argb & 0xff, a);
    }

    /** Whether the segment's bounding box meets the visible world rectangle. */
    static boolean inView(Position a, Position b, double minX, double minY, double maxX, double maxY) {
        return Math.max(a.x(), b.x()) >= minX && Math.min(a.x(), b.x()) <= maxX
                && Math.max(a.y(), b.y()) >= minY && Math.min(a.y(), b.y()) <= maxY;
    }

    /**
     * Splits edges by kind: allocations heaviest first, then securedBy. Frames arrive in that order already
     * ({@link GraphFrame#DRAWING_ORDER}, sorted off the FX thread), so this is one pass; any other list is sorted.
     */
    static List<List<EdgeItem>> byKind(List<EdgeItem> edges) {
        List<EdgeItem> ordered = edges;
        for (int i = 1; i < edges.size(); i++) {
            if (GraphFrame.DRAWING_ORDER.compare(edges.get(i - 1), edges.get(i)) > 0) {
                ordered = edges.stream().sorted(GraphFrame.DRAWING_ORDER).toList();
                break;
            }
        }
        int split = 0;
        while (split < ordered.size() && ordered.get(split).link().kind() == Link.Kind.ALLOCATION) {
            split++;
        }
        return List.of(ordered.subList(0, split), ordered.subList(split, ordered.size()));
    }
}
