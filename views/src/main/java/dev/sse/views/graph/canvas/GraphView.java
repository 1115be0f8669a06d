package dev.sse.views.graph.canvas;

import dev.sse.views.graph.Camera;
import dev.sse.views.graph.GraphFrame;
import dev.sse.views.graph.GraphViewModel;
import dev.sse.model.network.graph.NodeRef;
import dev.sse.views.common.StyleClasses;
import dev.sse.views.graph.interact.AllocationDragGesture;
import dev.sse.views.graph.interact.MarqueeGesture;
import dev.sse.views.graph.interact.NodeDragGesture;
import dev.sse.views.graph.interact.StakeDragGesture;
import dev.sse.views.graph.interact.ZoomPanGesture;
import dev.sse.views.graph.layout.Position;
import dev.sse.views.graph.render.EdgeLayer;
import dev.sse.views.graph.render.EdgePalette;
import dev.sse.views.graph.render.Legend;
import dev.sse.views.graph.render.NodeLayer;
import dev.sse.views.graph.render.NoteLayer;
import dev.sse.views.graph.render.PulseLayer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.input.KeyEvent;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Rectangle;

/**
 * The graph canvas: a coordinator of small parts — an edge layer, a node layer, the legend, the
 * camera and one handler per gesture. It renders {@link GraphViewModel#frameProperty()} and computes
 * nothing itself.
 */
public final class GraphView extends StackPane {

    /** Smallest world span a partial fit frames, so one node is shown with its surroundings. */
    public static final double MIN_FIT_SPAN = Framing.MIN_SPAN;

    private final GraphViewModel viewModel;
    private final Camera camera = new Camera();
    private final Framing framing = new Framing(camera);
    private final Pane surface = new Pane();
    private final EdgeLayer edges;
    private final PulseLayer pulseLayer = new PulseLayer(camera, Color.web("#d55e00"));
    private final NodeLayer nodes = new NodeLayer(camera);
    private final Legend legend = new Legend();
    private final NoteLayer notes = new NoteLayer(camera, ref -> nodes.glyph(ref));
    private java.util.Set<NodeRef> shownNodes = java.util.Set.of();
    private java.util.Map<NodeRef, Position> shownPositions = java.util.Map.of();
    private boolean relayout;
    private final dev.sse.views.graph.render.LayoutTransition transition;
    /** Moves the pulses every frame while some edges carry risk. */
    private final javafx.animation.AnimationTimer pulses = new javafx.animation.AnimationTimer() {
        @Override
        public void handle(long now) {
            pulseLayer.setPhase((now % PULSE_NANOS) / (double) PULSE_NANOS);
        }
    };
    private static final long PULSE_NANOS = 1_200_000_000L;
    private final EdgePalette palette = new EdgePalette();

    /** {@code raster}: the executor the edges are drawn on, off the FX thread (owned by the composition root). */
    public GraphView(GraphViewModel viewModel, java.util.concurrent.Executor raster) {
        this.viewModel = viewModel;
        this.edges = new EdgeLayer(camera, raster);
        getStyleClass().add(StyleClasses.GRAPH);
        getStylesheets().add(GraphView.class.getResource("/dev/sse/views/graph/graph.css").toExternalForm());
        setFocusTraversable(true);

        surface.getChildren().addAll(edges, pulseLayer, nodes, notes);
        notes.track(surface.widthProperty(), surface.heightProperty());
        // the layers move and resize every frame; unmanaged, they never ask the window for a layout pass
        edges.setManaged(false);
        nodes.setManaged(false);
        surface.setMinSize(0, 0);
        surface.setPrefSize(400, 300);
        transition = new dev.sse.views.graph.render.LayoutTransition(nodes, edges);
        viewModel.busyProperty().addListener((o, was, now) -> relayout |= now);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(surface.widthProperty());
        clip.heightProperty().bind(surface.heightProperty());
        surface.setClip(clip);
        // the window was resized, or laid out for the first time after the first fit: frame the same nodes again
        surface.widthProperty().addListener(o -> framing.refitIfUntouched(this::fit));
        surface.heightProperty().addListener(o -> framing.refitIfUntouched(this::fit));
        legend.widthProperty().addListener(o -> framing.refitIfUntouched(this::fit));
        edges.track(surface.widthProperty(), surface.heightProperty());
        pulseLayer.widthProperty().bind(surface.widthProperty());
        pulseLayer.heightProperty().bind(surface.heightProperty());
        camera.addListener(o -> {
            edges.cameraChanged();
            pulseLayer.redraw();
        });

        ProgressIndicator busy = new ProgressIndicator();
        busy.setMaxSize(48, 48);
        busy.visibleProperty().bind(viewModel.busyProperty());
        StackPane.setAlignment(legend, Pos.TOP_LEFT);
        StackPane.setMargin(legend, new Insets(10));
        getChildren().addAll(surface, legend, busy, palette.allocation(), palette.securedBy());
        nodes.setLabelObstacles(() -> legend.isVisible() ? java.util.List.of(legend.getBoundsInParent()) : java.util.List.of());
        palette.onChange(edges::setColors);

        new StakeDragGesture().install(surface, viewModel);
        new AllocationDragGesture().install(surface, camera, viewModel);
        new MarqueeGesture().install(surface, camera, viewModel);
        new NodeDragGesture().install(surface, camera, viewModel, (ref, p) -> {
            nodes.lift(ref);
            nodes.moveGlyph(ref, p);
            edges.move(ref, p);
            notes.refresh();
        });
        new ZoomPanGesture().install(surface, camera);
        surface.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            requestFocus();
            // only the primary button selects: a right-click opens the menu for the whole selection (#18.10: it
            // shrank an 11-node selection to the clicked node, though the fault applies to all eleven)
            if (e.isStillSincePress() && e.getButton() == javafx.scene.input.MouseButton.PRIMARY) {
                NodeRef ref = e.getTarget() instanceof Circle c && c.getUserData() instanceof NodeRef r ? r : null;
                if (e.isShiftDown() && ref != null) {
                    viewModel.toggle(ref);
                } else {
                    viewModel.select(ref);
                }
            }
        });
        addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        // the secondary button opens the node's menu (popup triggers differ between platforms and Monocle)
        surface.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            if (e.getButton() == javafx.scene.input.MouseButton.SECONDARY
                    && e.getTarget() instanceof Circle c && c.getUserData() instanceof NodeRef ref) {
                showNodeMenu(ref, c, e.getScreenX(), e.getScreenY());
                e.consume();
            }
        });
        viewModel.frameProperty().addListener((obs, was, now) -> render(now));
        viewModel.selectedProperty().addListener((obs, was, now) -> announce(now));
        viewModel.selectionChangesProperty().addListener((o, was, now) -> showSelection());
        viewModel.statesProperty().addListener((obs, was, now) -> nodes.setStates(now));
        viewModel.notesProperty().addListener((obs, was, now) -> showNotes());
        viewModel.pulsingProperty().addListener((obs, was, now) -> {
            pulseLayer.setPulsing(now);
            if (now.isEmpty()) {
                pulses.stop();
            } else {
                pulses.start();
            }
        });
        render(viewModel.frameProperty().get());
    }

    /** What the canvas draws of each frame: all of it, or the classes shown (issue 23, View → Show). */
    private java.util.function.UnaryOperator<GraphFrame> visibility = java.util.function.UnaryOperator.identity();

    private GraphFrame drawn;

    /** The frame as drawn: the view model's, less the hidden classes; null before the first. */
    public GraphFrame drawnFrame() {
        return drawn;
    }

    /** Draws {@code shown} of every frame from now on (the current one at once); the legend follows. */
    public void setVisibility(java.util.function.UnaryOperator<GraphFrame> shown) {
        visibility = shown;
        render(viewModel.frameProperty().get());
    }

    private void render(GraphFrame all) {
        if (all == null) {
            return;
        }
        GraphFrame frame = visibility.apply(all);
        drawn = frame;
        java.util.Map<NodeRef, Position> before = shownPositions;
        shownPositions = frame.positions();
        boolean relaid = before.keySet().equals(frame.positions().keySet()) && viewModel.busyProperty().get() == false
                && relayout;
        relayout = false;
        nodes.setFrame(frame);
        nodes.setStates(viewModel.statesProperty().get());
        notes.refresh();
        edges.setFrame(frame);
        pulseLayer.setFrame(frame);
        showSelection();
        legend.show(frame.nodes().stream().map(dev.sse.views.graph.NodeItem::kind).filter(java.util.Objects::nonNull)
                .distinct().sorted().toList());
        boolean sameNodes = frame.positions().keySet().equals(shownNodes);
        shownNodes = frame.positions().keySet();
        if (!sameNodes) {
            showNotes();
        }
        if (relaid) {
            transition.play(before, frame.positions(), this::fit);
        }
        if (sameNodes) {
            return;
        }
        if (getWidth() > 0) {
            fit();
        } else {
            widthProperty().addListener(new javafx.beans.InvalidationListener() {
                @Override
                public void invalidated(javafx.beans.Observable o) {
                    widthProperty().removeListener(this);
                    fit();
                }
            });
        }
    }

    /** The node notes as callouts beside their glyphs, named by the current frame's labels. */
    private void showNotes() {
        GraphFrame frame = viewModel.frameProperty().get();
        java.util.Map<NodeRef, String> names = new java.util.HashMap<>();
        if (frame != null) {
            frame.nodes().forEach(n -> names.put(n.ref(), n.label()));
        }
        notes.setNotes(viewModel.notesProperty().get(), ref -> names.getOrDefault(ref, ref.id()));
    }

    private void showNodeMenu(NodeRef ref, Circle glyph, double screenX, double screenY) {
        if (nodeMenu == null) {
            return;
        }
        if (!viewModel.selection().contains(ref)) {
            viewModel.select(ref);
        }
        javafx.scene.control.ContextMenu menu = nodeMenu.apply(ref, java.util.Set.copyOf(viewModel.selection()));
        if (menu != null) {
            menu.show(glyph, screenX, screenY);
        }
    }

    private void onKey(KeyEvent e) {
        GraphKeys key = GraphKeys.of(e.getCode(), e.isShiftDown(),
                e.isShortcutDown() || e.isControlDown() || e.isAltDown() || e.isMetaDown());
        NodeRef current = viewModel.selectedProperty().get();
        switch (key) {
            case MENU -> {
                Circle glyph = current == null ? null : nodes.glyph(current);
                if (glyph == null) {
                    return;
                }
                javafx.geometry.Point2D p = glyph.localToScreen(glyph.getCenterX(), glyph.getCenterY());
                showNodeMenu(current, glyph, p.getX(), p.getY());
            }
            case FIT -> fit();
            case NEXT, PREVIOUS -> {
                viewModel.selectNext(key == GraphKeys.PREVIOUS ? -1 : 1);
                centerOn(viewModel.selectedProperty().get());
            }
            case CLEAR -> viewModel.select(null);
            case NONE -> {
                return;
            }
        }
        e.consume();
    }

    private void showSelection() {
        nodes.setSelection(viewModel.selection(), viewModel.neighbours());
        edges.setFocus(viewModel.selection());
    }

    /** Screen readers hear the selected node; the graph's accessible text follows the selection. */
    private void announce(NodeRef ref) {
        String node = ref == null ? null : nodes.describe(ref);
        announce(node == null ? dev.sse.views.common.ViewText.get("graph.accessible") : node);
    }

    /**
     * Screen readers hear {@code sentence} now: the graph (which keeps the focus during playback) takes it as
     * its accessible text and tells the accessibility layer it changed. Each cascade step arrives here as the
     * one sentence of the timeline's caption.
     */
    public void announce(String sentence) {
        setAccessibleText(sentence);
        notifyAccessibleAttributeChanged(javafx.scene.AccessibleAttribute.TEXT);
    }

    /** Pans so that {@code ref} is in the middle of the view, keeping the zoom. */
    public void centerOn(NodeRef ref) {
        GraphFrame frame = viewModel.frameProperty().get();
        Position p = frame == null || ref == null ? null : frame.positions().get(ref);
        if (p != null) {
            camera.panBy(surface.getWidth() / 2 - camera.toScreenX(p), surface.getHeight() / 2 - camera.toScreenY(p));
        }
    }

    /** Search by id or name: selects and centres the first match; false when nothing matches. */
    public boolean search(String query) {
        return viewModel.find(query).map(ref -> {
            viewModel.select(ref);
            centerOn(ref);
            return true;
        }).orElse(false);
    }

    private java.util.function.BiFunction<NodeRef, java.util.Set<NodeRef>, javafx.scene.control.ContextMenu> nodeMenu;

    /** The context menu of a node (and the current selection), e.g. the faults that apply there. */
    public void setNodeMenu(java.util.function.BiFunction<NodeRef, java.util.Set<NodeRef>, javafx.scene.control.ContextMenu> factory) {
        this.nodeMenu = factory;
    }

    /** Frames the whole graph (the F key). */
    public void fit() {
        fit(java.util.List.of());
    }

    /** Frames these nodes (a tour step's camera target), never closer than {@link #MIN_FIT_SPAN}; all nodes when empty. */
    public void fit(java.util.Collection<NodeRef> targets) {
        GraphFrame frame = viewModel.frameProperty().get();
        if (frame == null || frame.positions().isEmpty()) {
            return;
        }
        // the first fit may run before the legend is laid out: its width listener fits again once it is
        double legendWidth = legend.isVisible() ? legend.getWidth() + 10 : 0;
        framing.fit(frame, targets, surface.getWidth(), surface.getHeight(), legendWidth, nodes.labelScale());
    }

    /**
     * The view exactly as shown (legend included) at {@code scale} × its size in pixels; edges are redrawn at
     * that resolution, so 2× and 4× are sharp. Call on the FX thread.
     */
    public WritableImage snapshot(double scale) {
        return ViewExport.picture(this, edges, scale);
    }

    /** The current frame as SVG, as shown: same camera, colours, risk outlines and chain labels. FX thread. */
    public String toSvg() {
        return ViewExport.svg(this, viewModel.frameProperty().get(), camera, nodes, edges, notes);
    }

    /** The frame on screen, or null before the first one. */
    public GraphFrame frame() {
        return viewModel.frameProperty().get();
    }

    /** The fill of a node's glyph as drawn (kind colour, or the state's), 0xRRGGBB; null when none. FX thread. */
    public Integer glyphFill(NodeRef ref) {
        return nodes.glyph(ref) != null && nodes.glyph(ref).getFill() instanceof Color c
                ? dev.sse.views.graph.render.EdgeLayer.argb(c) & 0xFFFFFF : null;
    }

    public Camera camera() {
        return camera;
    }

    /** How many times the chain labels were placed and decluttered so far (the zoom test counts them per spin). */
    public long labelPlacements() {
        return nodes.labelUpdates();
    }

    /** How many edge pictures were asked of the raster thread so far (the zoom test counts them per spin). */
    public long edgePictures() {
        return edges.picturesAsked();
    }

    /** Whether the chain labels are drawn now (hidden by the level of detail, or while a wheel spin goes on). */
    public boolean labelsShown() {
        return nodes.labelOpacity() > 0;
    }

    /** Chain labels at {@code k} × their normal size on screen (presenter mode), 1 = normal. */
    public void setLabelScale(double k) {
        nodes.setLabelScale(k);
    }
}
