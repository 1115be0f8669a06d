package dev.sse.app.wiring;

import dev.sse.app.GuiOptions;
import dev.sse.app.concurrency.Workers;
import dev.sse.app.shell.MainWindow;
import dev.sse.views.common.FxBridge;
import dev.sse.views.graph.GraphView;
import dev.sse.views.graph.GraphViewModel;
import javafx.stage.Stage;

/**
 * Composition root: builds the executor, view models and views by constructor. No DI framework, no
 * singletons; each feature gets what it needs from here.
 */
public final class AppContext implements AutoCloseable {

    private final Workers workers;
    private final GraphViewModel graphViewModel;
    private final MainWindow mainWindow;

    private AppContext(Workers workers) {
        this.workers = workers;
        FxBridge bridge = new FxBridge(workers.executor());
        this.graphViewModel = new GraphViewModel(bridge);
        this.mainWindow = new MainWindow(bridge, graphViewModel, new GraphView(graphViewModel));
    }

    public static AppContext create() {
        return new AppContext(new Workers());
    }

    /** Shows the main window on {@code stage} and opens the network the options name. */
    public void show(Stage stage, GuiOptions options) {
        mainWindow.attach(stage);
        mainWindow.openInitial(options.file(), options.sample(), options.scenario());
        if (options.compare() != null) {
            try {
                dev.sse.app.compare.CompareMenu.openFromCommandLine(options.file(), options.sample(), options.compare(),
                        options.scenario());
            } catch (Exception e) {
                System.err.println("explorer: --compare " + options.compare() + ": " + e.getMessage());
            }
        }
    }

    public GraphViewModel graphViewModel() {
        return graphViewModel;
    }

    public MainWindow mainWindow() {
        return mainWindow;
    }

    @Override
    public void close() {
        workers.close();
    }
}
