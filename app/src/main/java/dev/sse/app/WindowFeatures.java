package dev.sse.app;

import dev.sse.app.compare.CompareMenu;
import dev.sse.app.concurrency.Workers;
import dev.sse.app.montecarlo.MonteCarloFeature;
import dev.sse.app.shell.MainWindow;
import dev.sse.app.tour.TourFeature;
import dev.sse.app.workbench.EditActions;
import dev.sse.app.workbench.GraphAids;
import dev.sse.app.workbench.NewNetwork;
import dev.sse.app.workbench.PinMoves;
import dev.sse.app.workbench.PropertySheetFeature;
import dev.sse.app.workbench.TableFeature;
import dev.sse.app.workbench.VisibilityFeature;
import dev.sse.views.common.FxBridge;
import dev.sse.views.graph.GraphViewModel;
import dev.sse.views.graph.canvas.GraphView;

/**
 * The features {@link AppContext#show} installs on the attached main window, as one value (issue 21: one record
 * instead of eight nullable fields, each with its own getter): the guided tours, View → Node table (issue 23),
 * View → Show, the hover tooltips with minimap and zoom indicator, Edit → Add/Rename/Delete, File → New, the
 * property sheet, and Simulate ▸ Monte Carlo… (issue 24).
 */
public record WindowFeatures(TourFeature tours, TableFeature table, VisibilityFeature visibility, GraphAids aids,
                             EditActions edits, NewNetwork newNetwork, PropertySheetFeature sheet,
                             MonteCarloFeature montecarlo) implements AutoCloseable {

    /** Installs every feature on {@code window}, which must be attached (View → Show needs the table and the minimap). */
    static WindowFeatures install(MainWindow window, GraphViewModel graph, GraphView graphView, CompareMenu compare,
                                  FxBridge bridge, Workers workers) {
        TourFeature tours = TourFeature.install(window, graph, graphView, compare);
        TableFeature table = TableFeature.install(window, graph, graphView);
        GraphAids aids = GraphAids.install(window, graph, graphView);
        EditActions edits = EditActions.install(window, graph);
        NewNetwork newNetwork = NewNetwork.install(window);
        PropertySheetFeature sheet = PropertySheetFeature.install(window, graph, bridge);
        MonteCarloFeature montecarlo = MonteCarloFeature.install(window, graph, workers);
        PinMoves.install(window.commands(), graph);
        VisibilityFeature visibility = VisibilityFeature.install(window, graphView, table, aids.minimap()::redraw);
        return new WindowFeatures(tours, table, visibility, aids, edits, newNetwork, sheet, montecarlo);
    }

    /** Ends the tours' and the Monte Carlo panel's work. */
    @Override
    public void close() {
        tours.close();
        montecarlo.close();
    }
}
