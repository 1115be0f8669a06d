package dev.sse.app.workbench;

import dev.sse.app.i18n.Messages;
import dev.sse.app.shell.SaveCsv;
import dev.sse.app.shell.MainWindow;
import dev.sse.model.network.graph.NodeRef;
import dev.sse.views.graph.GraphViewModel;
import dev.sse.views.graph.Shown;
import dev.sse.views.graph.canvas.GraphView;
import dev.sse.views.table.NodeTableView;
import dev.sse.views.table.NodeTableViewModel;
import java.util.List;
import java.util.function.Predicate;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.input.KeyCombination;

/**
 * View → Node table (issue 23): the chains and validators with every figure, docked under the graph. It follows what
 * the window shows (a drag's preview excepted: the table keeps the document's figures until the drop), its
 * selection and the graph's are one, and its CSV button saves the rows as shown.
 */
public final class TableFeature {

    private final MainWindow window;
    private final GraphViewModel graph;
    private final GraphView graphView;
    private final NodeTableViewModel viewModel = new NodeTableViewModel();
    private final NodeTableView view = new NodeTableView(viewModel);
    private final CheckMenuItem toggle = new CheckMenuItem(Messages.get("table.menu"));
    private Shown built;
    private boolean fromTable;

    private TableFeature(MainWindow window, GraphViewModel graph, GraphView graphView) {
        this.window = window;
        this.graph = graph;
        this.graphView = graphView;
    }

    /** Adds View → Node table to the attached window. */
    public static TableFeature install(MainWindow window, GraphViewModel graph, GraphView graphView) {
        TableFeature f = new TableFeature(window, graph, graphView);
        f.toggle.setId("menu-node-table");
        f.toggle.setAccelerator(KeyCombination.keyCombination("Shortcut+T"));
        f.toggle.selectedProperty().addListener((o, was, now) -> f.setShown(now));
        MenuBar bar = (MenuBar) window.stage().getScene().getRoot().lookup(".menu-bar");
        bar.getMenus().stream().filter(m -> m.getText().replace("_", "").equals(Messages.get("menu.view").replace("_", "")))
                .findFirst().map(Menu::getItems).ifPresent(items -> items.add(f.toggle));
        window.shownProperty().addListener((o, was, now) -> f.refresh());
        graph.selectionChangesProperty().addListener((o, was, now) -> {
            if (!f.fromTable) {
                f.view.select(graph.selection());
            }
        });
        f.view.setOnSelect(f::selectInGraph);
        f.view.setOnCsv(f::saveCsv);
        return f;
    }

    /** Shows or hides the docked tables. */
    public void setShown(boolean show) {
        toggle.setSelected(show);
        window.dockUnderGraph(view, show);
        refresh();
    }

    /** Hides rows the graph hides (the visibility classes of the canvas). */
    public void setVisible(Predicate<NodeRef> visible) {
        viewModel.setVisible(visible);
    }

    private void refresh() {
        Shown now = window.shownProperty().get();
        if (!toggle.isSelected() || now == null || now.source() instanceof Shown.DragPreview
                || built != null && built.network() == now.network() && built.analysis() == now.analysis()
                && built.states().equals(now.states())) {
            return;
        }
        built = now;
        view.show(NodeTableViewModel.build(now.network(), now.analysis(), now.states()));
        view.select(graph.selection());
    }

    private void selectInGraph(List<NodeRef> refs) {
        fromTable = true;
        try {
            if (refs.size() == 1) {
                graph.select(refs.get(0));
                graphView.centerOn(refs.get(0));
            } else if (!refs.isEmpty()) {
                graph.selectAll(refs, false);
            }
        } finally {
            fromTable = false;
        }
    }

    private void saveCsv(String csv) {
        SaveCsv.ask(window.stage(), Messages.get("table.csv.title"), "network-table.csv", csv);
    }

    public NodeTableView view() {
        return view;
    }

    public NodeTableViewModel viewModel() {
        return viewModel;
    }
}
