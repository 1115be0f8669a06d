package dev.sse.views.graph.render;

import dev.sse.model.network.graph.NodeRef;
import dev.sse.views.graph.Camera;
import dev.sse.views.graph.GraphFrame;
import dev.sse.views.graph.NodeItem;
import dev.sse.views.graph.RiskState;
import dev.sse.views.graph.layout.Position;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.scene.CacheHint;
import javafx.util.Duration;
import javafx.css.PseudoClass;
import javafx.scene.Group;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;
import javafx.scene.transform.Scale;
import javafx.scene.transform.Translate;

/**
 * One glyph per chain and validator, in world coordinates under the camera's transform. Every glyph
 * carries its {@link NodeRef} as user data and CSS classes ({@code chain-node chain-<kind>} or
 * {@code validator-node}); colours come from the stylesheet. Labels are shown for chains only and
 * fade out (level of detail) when they would be smaller than about 8 screen pixels.
 */
public final class NodeLayer extends Group {

    private static final double LABEL_FONT = 13;
    /**
     * Padding, in screen pixels at the normal label size, of the backdrop in the canvas colour under each label,
     * which keeps it readable where edges cross it. A rounded rectangle: a halo stroked around the text cost the
     * software pipeline a stroke of every glyph outline on every paint (30–38 ms a zoom notch with kusama's labels
     * in view, 40 fps with backdrops against 30 with halos), and as an outside stroke
     * ({@code -fx-stroke-type: outside}) a subtraction of the outlines in area geometry: 6.4 s a frame.
     */
    public static final double LABEL_BACKDROP_PAD = 3;
    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    private static final PseudoClass NEIGHBOUR = PseudoClass.getPseudoClass("neighbour");

    private final Group glyphs = new Group();
    /** The chains' labels and their backdrops: one group, so the level of detail fades and caches them together. */
    private final ChainLabels labelLayer;
    private final Camera camera;
    private final Map<NodeRef, Glyph> byRef = new HashMap<>();

    public NodeLayer(Camera camera) {
        this.camera = camera;
        Translate translate = new Translate();
        Scale scale = new Scale();
        // whole pixels: the software pipeline blits a cached layer at a fractional offset through its
        // interpolating path (a cached 1,100-glyph layer under a moving canvas: median 5 ms of painting per
        // frame, 2 ms at a whole-pixel offset); glyphs then sit at most half a pixel off the exact camera
        translate.xProperty().bind(Bindings.createDoubleBinding(() -> Math.rint(camera.tx()), camera.txProperty()));
        translate.yProperty().bind(Bindings.createDoubleBinding(() -> Math.rint(camera.ty()), camera.tyProperty()));
        scale.xProperty().bind(camera.scaleProperty());
        scale.yProperty().bind(camera.scaleProperty());
        getTransforms().addAll(translate, scale);
        labelLayer = new ChainLabels(camera);
        getChildren().addAll(glyphs, lifted, labelLayer);
        camera.scaleProperty().addListener((obs, was, now) -> {
            glyphs.setCacheHint(CacheHint.SCALE);
            boolean spinning = zoomSettle.getStatus() == javafx.animation.Animation.Status.RUNNING;
            zoomSettle.playFromStart();
            if (spinning) {
                // a notch within the settle time of the last: the labels wait for the zoom to settle
                labelLayer.setVisible(false);
                updateCache();
            } else {
                updateLabelDetail();
            }
        });
        zoomSettle.setOnFinished(e -> {
            glyphs.setCacheHint(CacheHint.QUALITY);
            magnifyChains();
            updateLabelDetail();
        });
    }

    /**
     * Magnifies each chain whose glyph the zoom makes smaller than
     * {@link ChainMagnification#MIN_CHAIN_SCREEN_SHARE} of its size;
     * done when the zoom settles and with each frame, not at every wheel notch, so a spin keeps scaling the
     * cached bitmap. True when some chain changed size.
     */
    private boolean magnifyChains() {
        double k = ChainMagnification.of(camera.scale());
        boolean changed = false;
        for (Glyph g : byRef.values()) {
            changed |= g.magnify(k); // validators are never magnified
        }
        return changed;
    }

    /**
     * While the camera zooms (a wheel spin, a fit), the glyphs' bitmap is scaled instead of drawn again at each
     * step, and drawn sharp at the new zoom this long after the last step. Drawing kusama's 1,100 glyphs again
     * took 30–80 ms a notch on the software pipeline. The chain labels follow the first notch of a spin at once;
     * from the second notch within this time they are hidden, and placed and decluttered once when the zoom
     * settles (as sigma.js's {@code hideLabelsOnMove} and Cytoscape.js's {@code hideLabelsOnViewport} do): placing
     * and decluttering kusama's 101 labels and drawing them anew at every notch kept a spin at 28–41 fps.
     */
    private final PauseTransition zoomSettle = new PauseTransition(Duration.millis(150));

    /**
     * Largest side, in screen pixels, of a layer bitmap cache; beyond it (zoomed in) layers draw directly. Drawing
     * a cache is paid whole, off-screen parts too: at 4,096 px a side, the notch that crossed it took 220 ms on
     * kusama, while drawing its 1,100 glyphs directly takes 30–60 ms and only the visible ones get drawn.
     * At fit, the graph is a few hundred pixels across.
     */
    static final double MAX_CACHE_SIDE = 1400;

    /**
     * Glyphs and labels are cached as bitmaps while the whole graph is about screen-sized: a frame
     * where only the pulses move (most frames of a cascade) then blits one image instead of
     * rasterising a thousand circles on the software pipeline. Panning reuses the bitmap; a step that
     * changes a glyph or a zoom renders it again. Zoomed far in, the bitmap would be huge, so the
     * layers draw directly (only the glyphs in view are then drawn anyway).
     */
    private void updateCache() {
        javafx.geometry.Bounds b = glyphs.getBoundsInLocal();
        double scale = camera.scale();
        boolean small = b.getWidth() * scale <= MAX_CACHE_SIDE && b.getHeight() * scale <= MAX_CACHE_SIDE;
        if (glyphs.isCache() != small) {
            glyphs.setCache(small);
            labelLayer.setCache(small);
        }
    }

    /**
     * Glyphs made and added per frame while a network opens. Making, styling and syncing 2,050 new glyphs in one
     * pulse kept the FX thread busy 200–250 ms on stress (a cold CSS pass of 113 ms and 60 ms copying the new
     * nodes to the render graph, after the glyphs' own construction); a network of this many nodes or fewer is
     * drawn at once, a larger one fills in over a few frames, chains first.
     */
    static final int BATCH = 400;

    /** The frame whose glyphs are still being made ({@link #BATCH} a pulse), or null. */
    private GraphFrame building;
    private int built;
    private final javafx.animation.AnimationTimer builder = new javafx.animation.AnimationTimer() {
        @Override
        public void handle(long now) {
            buildSome();
        }
    };

    public void setFrame(GraphFrame frame) {
        drop();
        if (building != null && building.positions().keySet().equals(frame.positions().keySet())) {
            // the same nodes while they are still being made: the rest are made from this frame
            building = frame;
            moveInPlace(frame);
            return;
        }
        if (building == null && byRef.size() == frame.nodes().size()
                && frame.nodes().stream().allMatch(n -> byRef.containsKey(n.ref()))) {
            // same nodes (an edit, a playback step): move and resize the glyphs in place, no rebuild
            moveInPlace(frame);
            magnifyChains();
            updateLabelDetail();
            return;
        }
        shownSelection = null;
        shownNeighbours = null;
        byRef.clear();
        shownStates.clear();
        glyphs.getChildren().clear();
        labelLayer.clear();
        building = frame;
        built = 0;
        buildSome();
        if (building != null) {
            builder.start();
        }
    }

    /** Moves and resizes the glyphs made so far to {@code frame}'s positions and radii. */
    private void moveInPlace(GraphFrame frame) {
        for (NodeItem item : frame.nodes()) {
            Glyph c = byRef.get(item.ref());
            Position p = frame.positions().get(item.ref());
            if (c == null) {
                continue;
            }
            if (p != null) {
                c.setCenterX(p.x());
                c.setCenterY(p.y());
            }
            c.setDisc(item.radius());
        }
    }

    /**
     * Makes the next {@link #BATCH} glyphs of the frame being built, each in the risk state, selection and dimming
     * the others show, and adds them in one change per group (adding 2,000 children one by one costs a change
     * event and a bounds update per child: 68 ms on kusama, 119 ms on stress, cold).
     */
    private void buildSome() {
        GraphFrame frame = building;
        List<NodeItem> items = frame.nodes();
        int end = Math.min(items.size(), built + BATCH);
        List<Circle> made = new ArrayList<>(end - built);
        List<NodeRef> labelled = new ArrayList<>();
        List<Text> madeLabels = new ArrayList<>();
        List<Rectangle> madeBackdrops = new ArrayList<>();
        for (int i = built; i < end; i++) {
            NodeItem item = items.get(i);
            Position p = frame.positions().get(item.ref());
            if (p == null) {
                continue;
            }
            GlyphFactory.Made m = GlyphFactory.make(item, p);
            Glyph c = m.glyph();
            if (m.label() != null) {
                labelled.add(item.ref());
                madeLabels.add(m.label());
                madeBackdrops.add(m.backdrop());
            }
            byRef.put(item.ref(), c);
            showState(item.ref(), c, lastStates.get(item.ref()));
            if (shownSelection != null) {
                showSelection(item.ref(), c, !shownSelection.isEmpty());
            }
            made.add(c);
        }
        built = end;
        glyphs.getChildren().addAll(made);
        labelLayer.addAll(labelled, madeLabels, madeBackdrops);
        if (built >= items.size()) {
            building = null;
            builder.stop();
            magnifyChains();
            updateLabelDetail();
        }
    }

    /** The labels' level of detail and places, after a zoom, a new frame or a new label size. */
    private void updateLabelDetail() {
        updateCache();
        labelLayer.update(byRef::get);
        labelUpdates++;
    }

    private long labelUpdates;

    /** How many times the labels were placed and decluttered so far (the zoom test counts them). */
    public long labelUpdates() {
        return labelUpdates;
    }

    /** Sets each glyph's risk pseudo-class; nodes absent from {@code states} get none. */
    public void setStates(Map<NodeRef, RiskState> states) {
        lastStates = states;
        byRef.forEach((ref, glyph) -> showState(ref, glyph, states.get(ref)));
    }

    /** Flips only the class a glyph loses and the one it gains, looked up once (a cascade step restyles up to 2,050). */
    private void showState(NodeRef ref, Circle glyph, RiskState now) {
        if (shownStates.containsKey(ref) && shownStates.get(ref) == now) {
            return;
        }
        RiskState was = shownStates.put(ref, now);
        if (was != null) {
            glyph.pseudoClassStateChanged(STATE_CLASSES[was.ordinal()], false);
        }
        if (now != null) {
            glyph.pseudoClassStateChanged(STATE_CLASSES[now.ordinal()], true);
        }
    }

    /** The states last given to {@link #setStates}: glyphs made later start in theirs. */
    private Map<NodeRef, RiskState> lastStates = Map.of();

    private static final PseudoClass[] STATE_CLASSES = java.util.Arrays.stream(RiskState.values())
            .map(s -> PseudoClass.getPseudoClass(s.pseudoClass())).toArray(PseudoClass[]::new);

    private final Map<NodeRef, RiskState> shownStates = new HashMap<>();

    /** What {@link #setSelection} last applied; null after the glyphs were rebuilt. */
    private java.util.Set<NodeRef> shownSelection;
    private java.util.Set<NodeRef> shownNeighbours;

    public double labelScale() {
        return labelLayer.labelScale();
    }

    /** Rectangles (screen pixels, the canvas's) chain labels keep clear of: the legend (issue 23). */
    public void setLabelObstacles(java.util.function.Supplier<java.util.List<javafx.geometry.Bounds>> obstacles) {
        labelLayer.setObstacles(obstacles);
    }

    /** Chain labels at {@code k} × their normal screen size (presenter mode: 1.75). */
    public void setLabelScale(double k) {
        labelLayer.setLabelScale(k);
        updateLabelDetail();
    }

    /**
     * Marks the selection ({@code :selected}) and its neighbours ({@code :neighbour}); while something
     * is selected, every other node is dimmed so what it secures and who secures it stand out.
     */
    public void setSelection(java.util.Set<NodeRef> selection, java.util.Set<NodeRef> neighbours) {
        if (selection.equals(shownSelection) && neighbours.equals(shownNeighbours)) {
            return; // a cascade step re-applies the selection with every frame: nothing to restyle
        }
        shownSelection = java.util.Set.copyOf(selection);
        shownNeighbours = java.util.Set.copyOf(neighbours);
        boolean focus = !selection.isEmpty();
        byRef.forEach((ref, glyph) -> showSelection(ref, glyph, focus));
    }

    private void showSelection(NodeRef ref, Circle glyph, boolean focus) {
        boolean selected = shownSelection.contains(ref);
        boolean neighbour = shownNeighbours.contains(ref);
        glyph.pseudoClassStateChanged(SELECTED, selected);
        glyph.pseudoClassStateChanged(NEIGHBOUR, neighbour && !selected);
        glyph.setOpacity(!focus || selected || neighbour ? 1 : 0.25);
    }

    /** A glyph being dragged, drawn on its own above the cached glyphs; empty otherwise. */
    private final Group lifted = new Group();
    private int liftedIndex = -1;

    /**
     * Takes a glyph out of the cached glyph layer while it is dragged, so moving it redraws one circle instead of
     * the layer's bitmap (kusama's relay chain dragged at 7–9 frames a second with the layer drawn again on every
     * move); the next frame puts it back where it was in the drawing order.
     */
    public void lift(NodeRef ref) {
        Circle c = byRef.get(ref);
        if (c == null || c.getParent() == lifted) {
            return;
        }
        drop();
        liftedIndex = glyphs.getChildren().indexOf(c);
        glyphs.getChildren().remove(liftedIndex);
        lifted.getChildren().add(c);
    }

    private void drop() {
        if (liftedIndex >= 0) {
            javafx.scene.Node c = lifted.getChildren().remove(0);
            glyphs.getChildren().add(Math.min(liftedIndex, glyphs.getChildren().size()), c);
            liftedIndex = -1;
        }
    }

    /** Moves one glyph (and its label) while it is dragged. */
    public void moveGlyph(NodeRef ref, Position p) {
        Circle c = byRef.get(ref);
        if (c != null) {
            c.setCenterX(p.x());
            c.setCenterY(p.y());
        }
        labelLayer.follow(ref, c);
    }

    /** The glyph of a node, or null. */
    public Circle glyph(NodeRef ref) {
        return byRef.get(ref);
    }

    /** What a screen reader says for a node ("chain relay kusama"), or null when it has no glyph. */
    public String describe(NodeRef ref) {
        Glyph g = byRef.get(ref);
        return g == null ? null : g.describe();
    }

    /** The backdrops under the chain labels (one {@link Rectangle} per chain, in the canvas colour). */
    public Group backdrops() {
        return labelLayer.backdrops();
    }

    /** The chain labels (one {@link Text} per chain). */
    public Group labels() {
        return labelLayer.labels();
    }

    /** How visible the labels are now: 0 when hidden by the level of detail, up to 1. */
    public double labelOpacity() {
        return labelLayer.visibility();
    }

    /** Label font size in world units; labels sit centred {@code radius + size + 2} below the glyph centre. */
    public static double labelFontSize() {
        return LABEL_FONT;
    }
}
