package dev.sse.app.workbench;

import dev.sse.app.commands.StateEdit;
import dev.sse.app.files.Document;
import dev.sse.app.shell.MainWindow;
import dev.sse.views.graph.GraphViewModel;
import dev.sse.views.inspector.PropertySheetView;
import dev.sse.views.common.FxBridge;
import dev.sse.views.inspector.PropertySheetViewModel;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.SplitPane;

/**
 * The property sheet (issue 23) under the inspector: it follows the open document's network, the graph's selection
 * and the latest analysis; each change it accepts is one {@link StateEdit} on the document (one undo step), after
 * which the analysis runs again as after any edit.
 */
public final class PropertySheetFeature {

    private final MainWindow window;
    private final GraphViewModel graph;
    private final PropertySheetViewModel viewModel = new PropertySheetViewModel();
    private final PropertySheetView view = new PropertySheetView(viewModel);

    private PropertySheetFeature(MainWindow window, GraphViewModel graph) {
        this.window = window;
        this.graph = graph;
    }

    public static PropertySheetFeature install(MainWindow window, GraphViewModel graph, FxBridge bridge) {
        PropertySheetFeature f = new PropertySheetFeature(window, graph);
        f.viewModel.setBridge(bridge); // the reader's check runs off the FX thread while typing
        f.viewModel.setOnAccept(f::accept);
        window.shownProperty().addListener((o, was, now) -> f.refresh());
        window.analysisProperty().addListener((o, was, now) -> f.refresh());
        graph.selectionChangesProperty().addListener((o, was, now) -> f.refresh());
        f.dockUnderInspector();
        f.refresh();
        return f;
    }

    /** The sheet's view model (tests type into it as the view does). */
    public PropertySheetViewModel viewModel() {
        return viewModel;
    }

    private void refresh() {
        Document doc = window.currentDocument();
        viewModel.show(doc == null ? null : doc.network().get(), graph.selection(), window.analysisProperty().get());
    }

    private void accept(String name, dev.sse.model.network.Network after) {
        Document doc = window.currentDocument();
        if (doc != null && !after.equals(doc.network().get())) {
            window.commands().execute(new StateEdit<>(name, doc.network(), doc.network().get(), after));
        }
    }

    /** Splits the inspector's place beside the graph: the inspector above, the sheet below. */
    private void dockUnderInspector() {
        Node inspector = window.stage().getScene().getRoot().lookup(".inspector");
        for (Parent p = inspector == null ? null : inspector.getParent(); p != null; p = p.getParent()) {
            if (p instanceof SplitPane split && split.getItems().contains(inspector)) {
                double[] dividers = split.getDividerPositions();
                SplitPane column = new SplitPane();
                int at = split.getItems().indexOf(inspector);
                split.getItems().set(at, column); // the inspector leaves the outer pane before it joins the column
                column.getItems().setAll(inspector, view);
                column.setOrientation(Orientation.VERTICAL);
                column.setDividerPositions(0.45);
                SplitPane.setResizableWithParent(column, false);
                split.setDividerPositions(dividers);
                return;
            }
        }
    }
}
