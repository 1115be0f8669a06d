package dev.sse.views.graph.render;

import dev.sse.model.network.graph.NodeRef;
import dev.sse.views.graph.Camera;
import dev.sse.views.graph.layout.GlyphSize;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.scene.Group;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.transform.Scale;

/**
 * The chains' labels over the glyphs, each on a backdrop in the canvas colour. Labels keep a constant size on
 * screen (12 px × the presenter's label scale) whatever the zoom, and fade out when the chains would sit too close
 * for them: zoomed far out, or many chains at a small zoom. Each label is drawn in screen pixels and counter-scaled
 * to the camera about its glyph's centre, so a zoom changes only transforms: its font never changes size, so the
 * text is laid out once and drawn from the same glyph images (a new size per wheel notch cost a text layout and new
 * glyph images for each of kusama's 101 labels: about 300 ms for the notch at which they appear).
 */
final class ChainLabels extends Group {

    private static final double SCREEN_LABEL_FONT = 12;

    private final Camera camera;
    private final Group labels = new Group();
    private final Group backdrops = new Group();
    private final Map<NodeRef, Text> labelByRef = new HashMap<>();
    private final Map<NodeRef, Rectangle> backdropByRef = new HashMap<>();
    private Font labelFont;
    private double labelScale = 1;

    ChainLabels(Camera camera) {
        this.camera = camera;
        getChildren().addAll(backdrops, labels);
        setMouseTransparent(true);
    }

    void clear() {
        labelByRef.clear();
        backdropByRef.clear();
        labels.getChildren().clear();
        backdrops.getChildren().clear();
    }

    /** Adds the labels and backdrops of newly made chains ({@link GlyphFactory}), in one change per group. */
    void addAll(List<NodeRef> refs, List<Text> newLabels, List<Rectangle> newBackdrops) {
        for (int i = 0; i < refs.size(); i++) {
            labelByRef.put(refs.get(i), newLabels.get(i));
            backdropByRef.put(refs.get(i), newBackdrops.get(i));
        }
        labels.getChildren().addAll(newLabels);
        backdrops.getChildren().addAll(newBackdrops);
    }

    double labelScale() {
        return labelScale;
    }

    void setLabelScale(double k) {
        labelScale = k;
    }

    /** Fades the labels by the level of detail and places every one beside its glyph ({@code glyph} finds it). */
    void update(Function<NodeRef, Circle> glyph) {
        double scale = camera.scale();
        double spacing = labelByRef.size() > GlyphSize.LABELLED_CHAINS ? 0.9 : 0.25;
        setVisible(scale >= spacing);
        setOpacity(Math.min(1, Math.max(0, (scale - spacing) / (spacing * 0.5))));
        if (!isVisible()) {
            return;
        }
        double size = SCREEN_LABEL_FONT * labelScale;
        if (labelFont == null || labelFont.getSize() != size) {
            // a new Font only when the size changes: setting an equal but new Font re-lays out every label
            labelFont = Font.font(null, FontWeight.BOLD, size);
        }
        Font font = labelFont;
        labelByRef.forEach((ref, t) -> {
            t.setFont(font);
            place(t, backdropByRef.get(ref), glyph.apply(ref));
        });
        declutter(glyph);
    }

    /** Places one chain's label again after its glyph moved (a drag); nothing while labels are hidden. */
    void follow(NodeRef ref, Circle c) {
        Text t = labelByRef.get(ref);
        if (t != null && c != null && t.getFont() == labelFont) {
            place(t, backdropByRef.get(ref), c);
        }
    }

    /**
     * Puts a label (and its backdrop) outside its glyph, pointing away from the centre of the layout (layouts are
     * centred on the origin), so labels around a ring never sit on their neighbours; the centre node's goes
     * below. Offsets are in screen pixels from the glyph's centre, where the label's counter-scale pivots.
     */
    private void place(Text t, Rectangle backdrop, Circle c) {
        double[] o = offsets(t, c)[0];
        apply(t, backdrop, c, o[0], o[1]);
    }

    /**
     * Where a label may go, best first, as screen-pixel offsets of its text origin from the glyph's centre: away from
     * the layout's centre (as {@link #place}), then below, above, right and left of the glyph.
     */
    private double[][] offsets(Text t, Circle c) {
        double scale = camera.scale();
        double size = t.getFont().getSize();
        double gap = 3;
        double x = c.getCenterX();
        double y = c.getCenterY();
        double r = Glyph.screenRadius(c, scale);
        double d = Math.hypot(x, y);
        double width = t.getLayoutBounds().getWidth();
        double ox;
        double oy;
        if (d < c.getRadius()) {
            ox = -width / 2;
            oy = r + size + gap;
        } else {
            double dx = x / d;
            double dy = y / d;
            double ax = dx * (r + gap);
            double ay = dy * (r + gap);
            ox = dx > 0.35 ? ax : dx < -0.35 ? ax - width : ax - width / 2;
            oy = dy > 0.35 ? ay + size : dy < -0.35 ? ay - size * 0.25 : ay + size * 0.35;
        }
        return new double[][] {{ox, oy}, {-width / 2, r + size + gap}, {-width / 2, -r - gap - size * 0.25},
            {r + gap, size * 0.35}, {-r - gap - width, size * 0.35}};
    }

    private void apply(Text t, Rectangle backdrop, Circle c, double ox, double oy) {
        double scale = camera.scale();
        double x = c.getCenterX();
        double y = c.getCenterY();
        t.setX(x + ox);
        t.setY(y + oy);
        javafx.geometry.Bounds b = t.getLayoutBounds();
        double pad = NodeLayer.LABEL_BACKDROP_PAD * labelScale;
        backdrop.setX(b.getMinX() - pad);
        backdrop.setY(b.getMinY());
        backdrop.setWidth(b.getWidth() + 2 * pad);
        backdrop.setHeight(b.getHeight());
        for (javafx.scene.Node node : new javafx.scene.Node[] {t, backdrop}) {
            Scale counter = (Scale) node.getTransforms().get(0);
            counter.setPivotX(x);
            counter.setPivotY(y);
            counter.setX(1 / scale);
            counter.setY(1 / scale);
        }
    }

    /** Rectangles (screen pixels) no label may cover: the legend's. */
    private java.util.function.Supplier<List<javafx.geometry.Bounds>> obstacles = List::of;

    void setObstacles(java.util.function.Supplier<List<javafx.geometry.Bounds>> next) {
        obstacles = next;
    }

    /**
     * Moves labels that would overlap another label or the legend to a free place beside their glyph, bigger glyphs
     * first, and hides those with none ({@link LabelDeclutter}); a hidden label comes back when there is room.
     */
    private void declutter(Function<NodeRef, Circle> glyph) {
        List<NodeRef> order = new java.util.ArrayList<>();
        labelByRef.forEach((ref, t) -> {
            if (glyph.apply(ref) != null) {
                order.add(ref);
            }
        });
        order.sort(java.util.Comparator.comparingDouble((NodeRef ref) -> -glyph.apply(ref).getRadius())
                .thenComparing(java.util.Comparator.naturalOrder()));
        double scale = camera.scale();
        List<double[][]> candidates = new java.util.ArrayList<>(order.size());
        List<double[][]> offsets = new java.util.ArrayList<>(order.size());
        for (NodeRef ref : order) {
            Text t = labelByRef.get(ref);
            Circle c = glyph.apply(ref);
            javafx.geometry.Bounds b = t.getLayoutBounds();
            double bx = b.getMinX() - t.getX();
            double by = b.getMinY() - t.getY();
            double sx = c.getCenterX() * scale + camera.tx();
            double sy = c.getCenterY() * scale + camera.ty();
            double[][] o = offsets(t, c);
            double[][] rects = new double[o.length][];
            for (int k = 0; k < o.length; k++) {
                rects[k] = new double[] {sx + o[k][0] + bx, sy + o[k][1] + by, b.getWidth(), b.getHeight()};
            }
            candidates.add(rects);
            offsets.add(o);
        }
        List<double[]> blocked = obstacles.get().stream()
                .map(b -> new double[] {b.getMinX(), b.getMinY(), b.getWidth(), b.getHeight()}).toList();
        int[] chosen = LabelDeclutter.choose(candidates, blocked);
        for (int i = 0; i < order.size(); i++) {
            Text t = labelByRef.get(order.get(i));
            Rectangle backdrop = backdropByRef.get(order.get(i));
            boolean shown = chosen[i] >= 0;
            if (shown && chosen[i] > 0) {
                double[] o = offsets.get(i)[chosen[i]];
                apply(t, backdrop, glyph.apply(order.get(i)), o[0], o[1]);
            }
            if (t.isVisible() != shown) {
                t.setVisible(shown);
                backdrop.setVisible(shown);
            }
        }
    }

    Group labels() {
        return labels;
    }

    Group backdrops() {
        return backdrops;
    }

    /** How visible the labels are now: 0 when hidden by the level of detail, up to 1. */
    double visibility() {
        return isVisible() ? getOpacity() : 0;
    }
}
