package dev.sse.views.graph;

import dev.sse.model.network.Chain;
import dev.sse.model.network.graph.NodeRef;
import dev.sse.views.common.StyleClasses;
import dev.sse.views.graph.interact.StakeDragGesture;
import dev.sse.views.graph.interact.ZoomPanGesture;
import dev.sse.views.graph.layout.Position;
import dev.sse.views.graph.render.EdgeLayer;
import dev.sse.views.graph.render.Legend;
import dev.sse.views.graph.render.NodeLayer;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Rectangle;

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
        edges.widthProperty().bind(surface.widthProperty());
        edges.heightProperty().bind(surface.heightProperty());
        edges.widthProperty().addListener(o -> edges.redraw());
        edges.heightProperty().addListener(o -> edges.redraw());
        camera.scaleProperty().addListener(o -> edges.redraw());
        camera.txProperty().addListener(o -> edges.redraw());
        camera.tyProperty().addListener(o -> edges.redraw());

        ProgressIndicator busy = new ProgressIndicator();
        busy.setMaxSize(48, 48);
        busy.visibleProperty().bind(viewModel.busyProperty());
        StackPane.setAlignment(legend, Pos.TOP_LEFT);
        StackPane.setMargin(legend, new Insets(10));
        getChildren().addAll(surface, legend, busy);

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

    public Camera camera() {
        return camera;
    }

    public NodeLayer nodeLayer() {
        return nodes;
    }
}
