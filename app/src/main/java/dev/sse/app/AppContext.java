package dev.sse.app;

import dev.sse.app.compare.CompareMenu;
import dev.sse.app.concurrency.Workers;
import dev.sse.app.files.AppHome;
import dev.sse.app.shell.MainWindow;
import dev.sse.app.tour.TourFeature;
import dev.sse.app.bench.TestHooks;
import dev.sse.app.workspace.WorkspaceFeatures;
import dev.sse.views.common.FxBridge;
import dev.sse.views.graph.canvas.GraphView;
import dev.sse.views.graph.GraphViewModel;
import dev.sse.model.analysis.AnalysisOptions;
import javafx.stage.Stage;

/**
 * Composition root: builds the executor, view models and views by constructor. No DI framework, no
 * singletons; each feature gets what it needs from here.
 */
public final class AppContext implements AutoCloseable {

    private final Workers workers;
    private final GraphViewModel graphViewModel;
    private final GraphView graphView;
    private final MainWindow mainWindow;
    private final CompareMenu compare;
    private final WorkspaceFeatures workspace;
    /** What {@link #show} installs on the window; null before. */
    private WindowFeatures features;

    /** Off the FX thread on the main workers, results back on it: the one bridge the window's parts share. */
    private final FxBridge bridge;

    private AppContext(Workers workers, AppHome home) {
        this.workers = workers;
        this.bridge = new FxBridge(workers.executor());
        this.graphViewModel = new GraphViewModel(bridge);
        this.graphView = new GraphView(graphViewModel, workers.raster());
        this.compare = new CompareMenu(workers);
        AnalysisOptions options = AnalysisOptions.defaults().withRaceExecutor(workers.race());
        this.mainWindow = new MainWindow(bridge, options, graphViewModel, graphView, compare);
        this.workspace = WorkspaceFeatures.create(home, bridge, options, mainWindow, graphView);
    }

    /** With the user's folder and preferences ({@link AppHome#fromSystem()}). */
    public static AppContext create() {
        return create(AppHome.fromSystem());
    }

    public static AppContext create(AppHome home) {
        return new AppContext(new Workers(), home);
    }

    /** Shows the main window on {@code stage} and opens the network the options name. */
    public void show(Stage stage, GuiOptions options) {
        workspace.chooseTheme(options.theme() == null ? null : dev.sse.app.prefs.Theme.parse(options.theme()));
        workspace.beforeShow(stage);
        mainWindow.attach(stage);
        features = WindowFeatures.install(mainWindow, graphViewModel, graphView, compare, bridge, workers);
        TourFeature tours = features.tours();
        String testEdit = options.testEdit();
        workspace.afterShow(testEdit == null ? () -> { }
                : () -> TestHooks.applyEdit(testEdit, mainWindow.currentDocument(), mainWindow.commands()));
        tours.presenter().setLargerText(workspace::setPresenting);
        String bench = options.benchmarkRender() != null ? options.benchmarkRender() : options.benchmarkDrag();
        if (bench != null) {
            boolean isFile = java.nio.file.Files.exists(java.nio.file.Path.of(bench));
            java.util.function.Supplier<java.util.concurrent.CompletableFuture<?>> opener =
                    () -> mainWindow.openInitial(isFile ? java.nio.file.Path.of(bench) : null, isFile ? null : bench, null);
            if (options.benchmarkRender() != null) {
                new dev.sse.app.bench.RenderBenchmark(mainWindow, graphViewModel, System.out, options.benchmarkSeconds(),
                        options.benchmarkSpeed()).run(opener);
            } else {
                new dev.sse.app.bench.DragBenchmark(mainWindow, graphViewModel, System.out).run(opener);
            }
        } else if (options.startScreen() && options.file() == null && options.sample() == null) {
            dev.sse.app.start.StartScreen.show(mainWindow, tours::start);
            workspace.offerRecovery(); // recovered work is offered on the start screen, not only after a network opens
        } else {
            mainWindow.openInitial(options.file(), options.sample(), options.scenario());
        }
        if (options.compare() != null) {
            try {
                compare.openFromCommandLine(options.file(), options.sample(), options.compare(),
                        options.scenario());
            } catch (Exception e) {
                System.err.println("explorer: --compare " + options.compare() + ": " + e.getMessage());
            }
        }
    }

    public WorkspaceFeatures workspace() {
        return workspace;
    }

    public GraphViewModel graphViewModel() {
        return graphViewModel;
    }

    /** The graph canvas (issue 23: its glyphs, for the exports and the table). */
    public GraphView graphView() {
        return graphView;
    }

    /** The window's features (tours, node table, View → Show, edits, …), once {@link #show} has attached the window. */
    public WindowFeatures features() {
        return features;
    }

    /** Opens Compare windows on this context's threads. */
    public CompareMenu compare() {
        return compare;
    }

    public MainWindow mainWindow() {
        return mainWindow;
    }

    @Override
    public void close() {
        if (features != null) {
            features.close();
        }
        mainWindow.close();
        workspace.close();
        workers.close();
    }
}
