package dev.sse.views.graph;

import dev.sse.model.network.Chain;
import dev.sse.model.network.graph.NodeRef;
import dev.sse.views.common.StyleClasses;
import dev.sse.views.graph.interact.StakeDragGesture;
import dev.sse.views.graph.interact.ZoomPanGesture;
import dev.sse.views.graph.layout.Position;
import dev.sse.views.graph.export.GlyphStyle;
import dev.sse.views.graph.export.SvgExporter;
import dev.sse.views.graph.export.SvgStyle;
import dev.sse.views.graph.render.EdgeLayer;
import dev.sse.views.graph.render.EdgePalette;
import dev.sse.views.graph.render.Legend;
import dev.sse.views.graph.render.NodeLayer;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;
import javafx.scene.transform.Transform;

/**
 * The graph canvas: a coordinator of small parts — an edge layer, a node layer, the legend, the
 * camera and one handler per gesture. It renders {@link GraphViewModel#frameProperty()} and computes
 * nothing itself.
 */
public final class GraphView extends StackPane {

    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    private static final double FIT_MARGIN = 24;

    private final GraphViewModel viewModel;
    private final Camera camera = new Camera();
    private final Pane surface = new Pane();
    private final EdgeLayer edges = new EdgeLayer(camera);
    private final NodeLayer nodes = new NodeLayer(camera);
    private final Legend legend = new Legend();
    private final EdgePalette palette = new EdgePalette();
    private Circle selectedGlyph;

    public GraphView(GraphViewModel viewModel) {
        this.viewModel = viewModel;
        getStyleClass().add(StyleClasses.GRAPH);
        getStylesheets().add(GraphView.class.getResource("/dev/sse/views/graph/graph.css").toExternalForm());
        setFocusTraversable(true);

        surface.getChildren().addAll(edges, nodes);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(surface.widthProperty());
        clip.heightProperty().bind(surface.heightProperty());
        surface.setClip(clip);
        edges.track(surface.widthProperty(), surface.heightProperty());
        camera.scaleProperty().addListener(o -> edges.redraw());
        camera.txProperty().addListener(o -> edges.redraw());
        camera.tyProperty().addListener(o -> edges.redraw());

        ProgressIndicator busy = new ProgressIndicator();
        busy.setMaxSize(48, 48);
        busy.visibleProperty().bind(viewModel.busyProperty());
        StackPane.setAlignment(legend, Pos.TOP_LEFT);
        StackPane.setMargin(legend, new Insets(10));
        getChildren().addAll(surface, legend, busy, palette.allocation(), palette.securedBy());
        palette.onChange(edges::setColors);

        new StakeDragGesture().install(surface, viewModel);
        new ZoomPanGesture().install(surface, camera);
        surface.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            requestFocus();
            if (e.isStillSincePress()) {
                viewModel.select(e.getTarget() instanceof Circle c && c.getUserData() instanceof NodeRef ref ? ref : null);
            }
        });
        setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.F) {
                fit();
                e.consume();
            }
        });
        viewModel.frameProperty().addListener((obs, was, now) -> render(now));
        viewModel.selectedProperty().addListener((obs, was, now) -> highlight(now));
        viewModel.statesProperty().addListener((obs, was, now) -> nodes.setStates(now));
        render(viewModel.frameProperty().get());
    }

    private void render(GraphFrame frame) {
        if (frame == null) {
            return;
        }
        nodes.setFrame(frame);
        nodes.setStates(viewModel.statesProperty().get());
        edges.setFrame(frame);
        legend.show(frame.network().chains().stream().map(Chain::kind).distinct().sorted().toList());
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

    private void highlight(NodeRef ref) {
        if (selectedGlyph != null) {
            selectedGlyph.pseudoClassStateChanged(SELECTED, false);
        }
        selectedGlyph = ref == null ? null : nodes.glyph(ref);
        if (selectedGlyph != null) {
            selectedGlyph.pseudoClassStateChanged(SELECTED, true);
        }
    }

    /** Frames the whole graph (the F key). */
    public void fit() {
        GraphFrame frame = viewModel.frameProperty().get();
        if (frame == null || frame.positions().isEmpty()) {
            return;
        }
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (NodeItem n : frame.nodes()) {
            Position p = frame.positions().get(n.ref());
            minX = Math.min(minX, p.x() - n.radius());
            minY = Math.min(minY, p.y() - n.radius());
            maxX = Math.max(maxX, p.x() + n.radius());
            maxY = Math.max(maxY, p.y() + n.radius() + 18);
        }
        // keep the graph clear of the legend in the top-left corner
        double legendWidth = legend.isVisible() ? legend.getWidth() + 10 : 0;
        double width = Math.max(1, surface.getWidth() - legendWidth);
        camera.fit(minX, minY, maxX, maxY, width, Math.max(1, surface.getHeight()), FIT_MARGIN);
        camera.panBy(legendWidth, 0);
    }

    /**
     * The view exactly as shown (legend included) at {@code scale} × its size in pixels; edges are redrawn at
     * that resolution, so 2× and 4× are sharp. Call on the FX thread.
     */
    public WritableImage snapshot(double scale) {
        int w = (int) Math.ceil(getWidth());
        int h = (int) Math.ceil(getHeight());
        edges.setPixelScale(scale);
        try {
            SnapshotParameters params = new SnapshotParameters();
            params.setTransform(Transform.scale(scale, scale));
            params.setViewport(new Rectangle2D(0, 0, w * scale, h * scale));
            return snapshot(params, null);
        } finally {
            edges.setPixelScale(1);
        }
    }

    /** The current frame as SVG, as shown: same camera, colours, risk outlines and chain labels. FX thread. */
    public String toSvg() {
        GraphFrame frame = viewModel.frameProperty().get();
        Text anyLabel = nodes.labels().getChildren().isEmpty() ? null : (Text) nodes.labels().getChildren().get(0);
        Color background = getBackground() != null && !getBackground().getFills().isEmpty()
                && getBackground().getFills().get(0).getFill() instanceof Color c ? c : Color.WHITE;
        SvgStyle style = new SvgStyle(background, edges.allocationColor(), edges.securedByColor(),
                ref -> nodes.glyph(ref) == null ? null : GlyphStyle.of(nodes.glyph(ref)),
                anyLabel != null && anyLabel.getFill() instanceof Color c ? c : Color.BLACK,
                anyLabel != null && anyLabel.getStroke() instanceof Color c ? c : null,
                anyLabel != null ? anyLabel.getStrokeWidth() : 0,
                anyLabel != null ? anyLabel.getFont().getFamily() : "System", nodes.labelOpacity());
        return SvgExporter.write(frame, camera.scale(), camera.tx(), camera.ty(), Math.ceil(getWidth()),
                Math.ceil(getHeight()), style);
    }

    public Camera camera() {
        return camera;
    }

    public NodeLayer nodeLayer() {
        return nodes;
    }
}
