package dev.sse.app.workbench;

import dev.sse.app.shell.MainWindow;
import dev.sse.views.graph.GraphViewModel;
import dev.sse.views.graph.Shown;
import dev.sse.views.graph.canvas.GraphView;
import dev.sse.views.overlay.HoverTips;
import dev.sse.views.overlay.Minimap;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.layout.StackPane;

/**
 * What helps to see the graph (issue 23): hover tooltips on nodes and edges, with the figures of what the window shows
 * ({@link HoverTips}), and a minimap with the zoom in the bottom-right corner ({@link Minimap}).
 */
public final class GraphAids {

    private final HoverTips tips;
    private final Minimap minimap;

    private GraphAids(HoverTips tips, Minimap minimap) {
        this.tips = tips;
        this.minimap = minimap;
    }

    public static GraphAids install(MainWindow window, GraphViewModel graph, GraphView view) {
        HoverTips tips = HoverTips.install(view, () -> shown(window) == null ? null : shown(window).network(),
                () -> shown(window) == null ? null : shown(window).analysis(), view::drawnFrame);
        Minimap minimap = new Minimap(view.camera(), view::drawnFrame, () -> new double[] {view.getWidth(), view.getHeight()});
        StackPane.setAlignment(minimap, Pos.BOTTOM_RIGHT);
        StackPane.setMargin(minimap, new Insets(8));
        view.getChildren().add(minimap);
        graph.frameProperty().addListener((o, was, now) -> minimap.redraw());
        view.widthProperty().addListener(o -> minimap.redraw());
        view.heightProperty().addListener(o -> minimap.redraw());
        return new GraphAids(tips, minimap);
    }

    private static Shown shown(MainWindow window) {
        return window.shownProperty().get();
    }

    public HoverTips tips() {
        return tips;
    }

    public Minimap minimap() {
        return minimap;
    }
}
