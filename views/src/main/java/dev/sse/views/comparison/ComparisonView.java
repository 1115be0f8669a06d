package dev.sse.views.comparison;

import dev.sse.model.network.graph.NodeRef;
import dev.sse.views.common.ViewText;
import dev.sse.views.graph.Camera;
import dev.sse.views.graph.GraphFrame;
import dev.sse.views.graph.canvas.GraphView;
import dev.sse.views.graph.NodeItem;
import dev.sse.views.graph.layout.Position;
import javafx.animation.PauseTransition;
import javafx.util.Duration;
import dev.sse.views.timeline.EventLogView;
import dev.sse.views.timeline.TimelineView;
import java.util.List;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The split view: the two graphs side by side with one camera (zoom and pan move both), the shared playback
 * controls, and below them tabs for the delta table, the two event logs and whatever the app adds (charts,
 * sweeps). Everything shown comes from the {@link ComparisonViewModel}.
 */
public final class ComparisonView extends BorderPane {

    private final GraphView leftGraph;
    private final GraphView rightGraph;
    private final TabPane tabs = new TabPane();
    private final PauseTransition fitLater = new PauseTransition(Duration.millis(120));
    private final ComparisonViewModel vm;

    /** Room kept free for the legend in the top-left corner of each graph, in pixels. */
    private static final double LEGEND_CLEARANCE = 190;

    /** {@code raster}: the executor both graphs draw their edges on (owned by the composition root). */
    public ComparisonView(ComparisonViewModel vm, java.util.concurrent.Executor raster) {
        this.vm = vm;
        getStyleClass().add("comparison");
        getStylesheets().add(ComparisonView.class.getResource("/dev/sse/views/comparison/comparison.css").toExternalForm());
        leftGraph = new GraphView(vm.left().graph(), raster);
        rightGraph = new GraphView(vm.right().graph(), raster);
        leftGraph.setId("compare-left-graph");
        rightGraph.setId("compare-right-graph");
        syncCameras(leftGraph.camera(), rightGraph.camera());
        SplitPane graphs = new SplitPane(sidePane(vm.left(), leftGraph), sidePane(vm.right(), rightGraph));
        graphs.setDividerPositions(0.5);

        Label status = new Label();
        status.getStyleClass().add("comparison-status");
        status.textProperty().bind(vm.statusProperty());
        status.setId("compare-status");
        VBox playback = new VBox(2, new TimelineView(vm.lockstep()), status);

        DeltaTableView delta = new DeltaTableView(vm, id -> vm.highlight(List.of(NodeRef.chain(id))));
        SplitPane logs = new SplitPane(log(vm.left()), log(vm.right()));
        tabs.getTabs().addAll(tab(ViewText.get("comparison.tab.delta"), delta), tab(ViewText.get("comparison.tab.logs"), logs));
        tabs.setId("compare-tabs");
        VBox bottom = new VBox(4, playback, tabs);
        VBox.setVgrow(tabs, Priority.ALWAYS);

        fitLater.setOnFinished(e -> fitBoth());
        for (GraphView g : List.of(leftGraph, rightGraph)) {
            g.widthProperty().addListener((o, was, now) -> fitLater.playFromStart());
            g.heightProperty().addListener((o, was, now) -> fitLater.playFromStart());
        }
        vm.left().graph().frameProperty().addListener((o, was, now) -> refit(was, now));
        vm.right().graph().frameProperty().addListener((o, was, now) -> refit(was, now));

        SplitPane centre = new SplitPane(graphs, bottom);
        centre.setOrientation(Orientation.VERTICAL);
        centre.setDividerPositions(0.55);
        // charts and sweeps need room: their tabs give the graphs less height, the others give it back
        tabs.getSelectionModel().selectedIndexProperty().addListener((o, was, now) ->
                centre.setDividerPositions(now.intValue() >= 2 ? 0.36 : 0.55));
        setCenter(centre);
    }

    /** A new set of nodes (not a playback frame) frames both graphs again, once both have settled. */
    private void refit(GraphFrame was, GraphFrame now) {
        if (now != null && (was == null || !was.positions().keySet().equals(now.positions().keySet()))) {
            fitLater.playFromStart();
        }
    }

    /**
     * Frames both graphs with the one shared camera: the union of their bounds fits each pane (the legend's
     * corner kept clear), so neither side is cut off.
     */
    public void fitBoth() {
        double[] box = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        for (GraphView g : List.of(leftGraph, rightGraph)) {
            GraphFrame f = g == leftGraph ? leftFrame() : rightFrame();
            if (f == null) {
                continue;
            }
            for (NodeItem n : f.nodes()) {
                Position p = f.positions().get(n.ref());
                box[0] = Math.min(box[0], p.x() - n.radius());
                box[1] = Math.min(box[1], p.y() - n.radius());
                box[2] = Math.max(box[2], p.x() + n.radius());
                box[3] = Math.max(box[3], p.y() + n.radius() + 18);
            }
        }
        double w = Math.min(leftGraph.getWidth(), rightGraph.getWidth());
        double h = Math.min(leftGraph.getHeight(), rightGraph.getHeight());
        if (box[0] > box[2] || w <= LEGEND_CLEARANCE || h <= 0) {
            return;
        }
        Camera c = leftGraph.camera();
        // chain labels sit outside their glyphs at a constant screen size: leave room for the longest at the sides
        double label = java.util.stream.Stream.of(leftFrame(), rightFrame()).filter(java.util.Objects::nonNull)
                .flatMap(f -> f.nodes().stream()).filter(NodeItem::isChain).mapToInt(n -> n.label().length())
                .max().orElse(0) * 7.5;
        c.fit(box[0], box[1], box[2], box[3], w - LEGEND_CLEARANCE, h,
                Math.max(16, Math.min(label, (w - LEGEND_CLEARANCE) / 4)), 30);
        c.panBy(LEGEND_CLEARANCE, 0);
    }

    private GraphFrame leftFrame() {
        return vm.left().graph().frameProperty().get();
    }

    private GraphFrame rightFrame() {
        return vm.right().graph().frameProperty().get();
    }

    /** One camera for both graphs: the same scale and translation on each side. */
    private static void syncCameras(Camera a, Camera b) {
        b.scaleProperty().bindBidirectional(a.scaleProperty());
        b.txProperty().bindBidirectional(a.txProperty());
        b.tyProperty().bindBidirectional(a.tyProperty());
    }

    private static Node sidePane(SideViewModel side, GraphView graph) {
        Label title = new Label();
        title.textProperty().bind(side.labelProperty());
        title.getStyleClass().add("comparison-side-title");
        Label summary = new Label();
        summary.textProperty().bind(side.summaryProperty());
        summary.getStyleClass().add("comparison-side-summary");
        summary.setWrapText(true);
        VBox box = new VBox(2, title, summary, graph);
        box.getStyleClass().add("comparison-side");
        // the graph may shrink below its legend when charts take the room: the camera refits it
        graph.setMinSize(0, 0);
        box.setMinSize(0, 0);
        VBox.setVgrow(graph, Priority.ALWAYS);
        return box;
    }

    private static Node log(SideViewModel side) {
        Label title = new Label();
        title.textProperty().bind(side.labelProperty());
        title.getStyleClass().add("comparison-side-title");
        EventLogView log = new EventLogView(side.timeline(), row -> side.graph().selectAll(row.subjects(), false));
        log.setId(null);
        VBox box = new VBox(2, title, log);
        VBox.setVgrow(log, Priority.ALWAYS);
        return box;
    }

    private static Tab tab(String name, Node content) {
        Tab t = new Tab(name, content);
        t.setClosable(false);
        return t;
    }

    /** Adds a tab below the graphs (charts, sweeps). */
    public void addTab(String name, Node content) {
        tabs.getTabs().add(tab(name, content));
    }

    public TabPane tabs() {
        return tabs;
    }

    public GraphView leftGraph() {
        return leftGraph;
    }

    public GraphView rightGraph() {
        return rightGraph;
    }
}
