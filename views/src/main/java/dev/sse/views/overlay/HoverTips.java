package dev.sse.views.overlay;

import dev.sse.model.analysis.AnalysisResult;
import dev.sse.model.network.Network;
import dev.sse.model.network.graph.Link;
import dev.sse.model.network.graph.NodeRef;
import dev.sse.views.graph.Camera;
import dev.sse.views.graph.EdgeItem;
import dev.sse.views.graph.GraphFrame;
import dev.sse.views.graph.canvas.GraphView;
import dev.sse.views.graph.interact.EdgePicker;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.Label;
import javafx.scene.input.MouseEvent;
import javafx.scene.shape.Circle;

/**
 * Hover tooltips on the graph's nodes and edges (issue 23): a label that follows the pointer with {@link HoverText}.
 * Nodes are found by their glyph under the pointer; edges by geometry ({@link EdgePicker} for allocations, the same
 * distance for securedBy links), only when no glyph is under it. Nothing while a button is down (a drag).
 */
public final class HoverTips {

    private final Label tip = new Label();
    private final GraphView view;
    private final Supplier<Network> network;
    private final Supplier<AnalysisResult> analysis;
    private final Supplier<GraphFrame> shownFrame;

    private HoverTips(GraphView view, Supplier<Network> network, Supplier<AnalysisResult> analysis,
                      Supplier<GraphFrame> shownFrame) {
        this.view = view;
        this.network = network;
        this.analysis = analysis;
        this.shownFrame = shownFrame;
    }

    /** Installs the tooltips on {@code view}; {@code shownFrame} is the frame as drawn (hidden classes left out). */
    public static HoverTips install(GraphView view, Supplier<Network> network, Supplier<AnalysisResult> analysis,
                                    Supplier<GraphFrame> shownFrame) {
        HoverTips h = new HoverTips(view, network, analysis, shownFrame);
        h.tip.getStyleClass().add("hover-tip");
        h.tip.setId("hover-tip");
        h.tip.setManaged(false);
        h.tip.setMouseTransparent(true);
        h.tip.setVisible(false);
        h.tip.setStyle("-fx-background-color: rgba(40,40,40,0.92); -fx-text-fill: white; -fx-padding: 4 7 4 7;"
                + " -fx-background-radius: 4; -fx-font-size: 12px;");
        view.getChildren().add(h.tip);
        view.addEventFilter(MouseEvent.MOUSE_MOVED, h::moved);
        view.addEventFilter(MouseEvent.MOUSE_EXITED, e -> h.tip.setVisible(false));
        view.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> h.tip.setVisible(false));
        return h;
    }

    private void moved(MouseEvent e) {
        String text = textAt(e.getPickResult().getIntersectedNode(), e.getX(), e.getY());
        if (text == null) {
            tip.setVisible(false);
            return;
        }
        tip.setText(text);
        tip.autosize();
        double x = Math.min(e.getX() + 14, view.getWidth() - tip.getWidth() - 4);
        double y = e.getY() + 18 + tip.getHeight() > view.getHeight() ? e.getY() - tip.getHeight() - 8 : e.getY() + 18;
        tip.relocate(Math.max(0, x), Math.max(0, y));
        tip.setVisible(true);
        tip.toFront();
    }

    /** The tooltip for the pointer at (x, y) of the canvas over {@code target}, or null. */
    public String textAt(javafx.scene.Node target, double x, double y) {
        Network n = network.get();
        if (n == null) {
            return null;
        }
        if (target instanceof Circle c && c.getUserData() instanceof NodeRef ref) {
            return HoverText.node(n, analysis.get(), ref);
        }
        GraphFrame frame = shownFrame.get();
        if (frame == null) {
            return null;
        }
        return edgeAt(frame, view.camera(), x, y).map(e -> HoverText.edge(n, e.link())).orElse(null);
    }

    static Optional<EdgeItem> edgeAt(GraphFrame frame, Camera camera, double x, double y) {
        Optional<EdgeItem> allocation = EdgePicker.allocationAt(frame, camera, x, y);
        return allocation.isPresent() ? allocation : EdgePicker.nearest(frame, camera, x, y, Link.Kind.SECURED_BY);
    }

    public Label tip() {
        return tip;
    }
}
