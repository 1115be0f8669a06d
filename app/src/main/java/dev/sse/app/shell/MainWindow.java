package dev.sse.app.shell;

import dev.sse.app.compare.CompareMenu;
import dev.sse.app.commands.CommandStack;
import dev.sse.app.concurrency.AnalysisRunner;
import dev.sse.app.concurrency.SimulationRunner;
import dev.sse.app.i18n.Messages;
import dev.sse.model.analysis.AnalysisOptions;
import dev.sse.model.simulation.AnalysisAttackFinder;
import dev.sse.app.files.Document;
import dev.sse.model.analysis.AnalysisResult;
import dev.sse.model.network.Network;
import dev.sse.views.common.FxBridge;
import dev.sse.views.graph.canvas.GraphView;
import dev.sse.views.graph.GraphViewModel;
import dev.sse.views.graph.Shown;
import dev.sse.views.graph.layout.LayoutStrategy;
import dev.sse.views.inspector.InspectorView;
import dev.sse.views.inspector.InspectorViewModel;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.SeparatorMenuItem;
import javafx.stage.Stage;

/**
 * The main window: its parts ({@link MainMenus}, {@link WindowChrome}, {@link LayoutChoice}, the graph, the
 * timeline of {@link SimulationFeature}, the inspector and the {@link StatusBar}) put together, showing what
 * {@link ShownPipeline} decides. The open {@link Document} and what follows from replacing or editing it is
 * {@link DocumentFlow}'s; every edit goes through the {@link CommandStack}. Features reach it through
 * {@link FeatureHost}.
 */
public final class MainWindow implements FeatureHost, AutoCloseable {

    /** Layout seed: the same file gives the same picture every time. */
    public static final long LAYOUT_SEED = 42;

    private final GraphViewModel graph;
    private final GraphView graphView;
    private final InspectorViewModel inspector = new InspectorViewModel();
    private final AnalysisRunner analysis;
    /** Decides what the window shows; graph, badge, inspector, status bar and legend read its value only. */
    private final ShownPipeline pipeline;
    private final CommandStack commands = new CommandStack();
    private final ActionBinder actions = new ActionBinder();
    /** Open, replace, prompt, title: everything about the open document. */
    private final DocumentFlow flow;
    private final DocumentActions documents;
    private final StatusBar status = new StatusBar();
    private final ReadOnlyObjectWrapper<AnalysisResult> latest = new ReadOnlyObjectWrapper<>(this, "analysis");
    private final LayoutChoice layouts = new LayoutChoice();
    /** Items features add to the end of Simulate ({@link #addSimulateItem}). */
    private final List<javafx.scene.control.MenuItem> featureItems = new java.util.ArrayList<>();
    private final SimulationFeature simulation;
    /** What the window adds to the stage and scene, taken off by {@link #close()} (the stage may be reused). */
    private final dev.sse.views.common.Listeners listeners = new dev.sse.views.common.Listeners();
    private Stage stage;
    private final WindowChrome chrome;
    private final NoteEdits notes;

    /** @param options the window's analysis options: its race executor is the composition root's (issue #18) */
    public MainWindow(FxBridge bridge, AnalysisOptions options, GraphViewModel graph, GraphView graphView,
                      CompareMenu compare) {
        this.graph = graph;
        this.graphView = graphView;
        this.analysis = new AnalysisRunner(bridge, options);
        this.pipeline = new ShownPipeline(analysis);
        simulation = new SimulationFeature(bridge, commands, graph,
                new SimulationRunner(bridge, new AnalysisAttackFinder(
                        options.withTimeLimit(AnalysisRunner.GUI_TIME_LIMIT_SECONDS))),
                pipeline::step);
        this.flow = new DocumentFlow(bridge, commands, actions, graph, pipeline, simulation, layouts, status, () -> stage);
        this.documents = flow.documents();
        graph.setStakeEditor(new StakeEdits(commands, this::document, pipeline::preview, () -> pipeline.preview(null)));
        notes = new NoteEdits(commands, this::document, () -> stage);
        graphView.setNodeMenu((ref, selection) -> network() == null ? null
                : notes.addItems(simulation.menuFor(network(), ref, selection), network(), ref));
        MainMenus menus = new MainMenus(actions, documents, commands, graphView, () -> stage);
        var compareItems = compare.items(this::network,
                () -> document() == null ? Messages.get("compare.left") : document().displayName(), () -> stage);
        MenuBar menuBar = menus.menuBar(layouts, this::relayout, compareItems, simulate -> {
            simulation.fillScenarioMenu(simulate);
            simulate.getItems().addAll(new SeparatorMenuItem(), notes.stepItem(simulation.timeline()));
            simulate.getItems().addAll(featureItems);
        });
        InspectorView inspectorView = new InspectorView(inspector);
        // each figure's "?" opens its glossary entry
        inspectorView.setOnGlossary(term -> dev.sse.app.help.GlossaryWindow.show(stage(), term),
                term -> Messages.get("inspector.glossary.link", Messages.get("glossary." + term + ".term")));
        chrome = new WindowChrome(menuBar, menus.toolBar(), graphView, simulation.view(), inspectorView, status);
        graph.selectedProperty().addListener((o, was, now) -> inspector.show(pipeline.shown(), now));
        pipeline.shownProperty().addListener((o, was, now) -> show(now));
        simulation.timeline().playingProperty().addListener((o, was, now) -> pipeline.playing(now));
    }

    public void attach(Stage stage) {
        this.stage = stage;
        Scene scene = new Scene(chrome.root(), 1280, 800);
        scene.getStylesheets().addAll(css("/dev/sse/views/theme/tokens.css"), css("/dev/sse/app/shell.css"));
        stage.setScene(scene);
        simulation.installKeys(scene, listeners);
        stage.setTitle(Messages.get("app.title"));
        flow.promptOnClose(stage, listeners);
        stage.show();
        graphView.requestFocus();
        // each cascade step is read out as one sentence: the timeline's caption, spoken by the focused graph
        listeners.listen(simulation.timeline().captionProperty(), (o, was, now) -> graphView.announce(now));
    }

    /** Takes what the window added off the stage and scene, and stops listening to the open document. */
    @Override
    public void close() {
        flow.close();
        listeners.close();
    }

    private static String css(String resource) {
        return MainWindow.class.getResource(resource).toExternalForm();
    }

    /** Opens the file, else the sample, else the default sample; a failed file falls back to the default. */
    public CompletableFuture<Document> openInitial(Path file, String sampleId, String scenario) {
        return flow.openInitial(file, sampleId, scenario);
    }

    /** Everything shown follows the pipeline's one value: graph, badge, inspector, title and status bar. */
    private void show(Shown now) {
        graph.display(now, layouts.current(), LAYOUT_SEED);
        status.show(now);
        inspector.show(now, graph.selectedProperty().get());
        if (now.analysis() != null && !now.early()) { // its readers (property sheet, benchmarks) take final answers only
            latest.set(now.analysis());
        }
        updateTitle();
    }

    private void updateTitle() {
        flow.updateTitle();
    }

    private CompletableFuture<Void> relayout(LayoutStrategy layout) {
        return network() == null ? CompletableFuture.completedFuture(null)
                : graph.show(network(), layout, LAYOUT_SEED).thenRun(this::updateTitle);
    }

    /** The graph's camera (the render benchmark zooms with it). */
    public dev.sse.views.graph.Camera camera() {
        return graphView.camera();
    }

    /** The View ▸ Layout entries, in menu order. */
    public List<String> layoutNames() {
        return layouts.names();
    }

    /** Same as choosing View ▸ Layout ▸ {@code layoutNames().get(index)}; completes when the new layout is shown. */
    public CompletableFuture<Void> useLayout(int index) {
        return relayout(layouts.select(index));
    }

    private Document document() {
        return flow.current();
    }

    private Network network() {
        return flow.network();
    }

    public ReadOnlyObjectProperty<AnalysisResult> analysisProperty() {
        return latest.getReadOnlyProperty();
    }

    /** Puts a scenario in force that is not the user's work (a tour's step): no undo step, nothing unsaved. */
    @Override
    public void showScenario(dev.sse.model.simulation.Scenario scenario) {
        flow.showScenario(scenario);
    }

    @Override
    public dev.sse.views.timeline.TimelineViewModel timeline() {
        return simulation.timeline();
    }

    public CommandStack commands() {
        return commands;
    }

    @Override
    public Document currentDocument() {
        return document();
    }

    /** Open/save/listeners, for the workspace features (autosave, recent files, export). */
    public DocumentActions documents() {
        return documents;
    }

    String statusText() {
        return status.text();
    }

    public String badgeText() {
        return status.badgeText();
    }

    // --- hooks for guided tours, the start screen and presenter mode (dev.sse.app.tour, dev.sse.app.start) ---

    /** What the window shows: network, analysis, states (issue 23: the node tables follow it). */
    public ReadOnlyObjectProperty<dev.sse.views.graph.Shown> shownProperty() {
        return pipeline.shownProperty();
    }

    /** Docks {@code panel} under the graph, above the simulation panel, or takes it away ({@code show} false). */
    @Override
    public void dockUnderGraph(javafx.scene.Node panel, boolean show) {
        chrome.dockUnderGraph(panel, show);
    }

    @Override
    public void dockAboveTimeline(javafx.scene.Node panel) {
        chrome.dockAboveTimeline(panel);
    }

    @Override
    public void addSimulateItem(javafx.scene.control.MenuItem item) {
        featureItems.add(item);
    }

    @Override
    public void addMenu(Menu menu) {
        chrome.addMenu(menu);
    }

    @Override
    public void setChromeVisible(boolean visible) {
        chrome.setChromeVisible(visible);
    }

    @Override
    public Stage stage() {
        return stage;
    }

    @Override
    public CompletableFuture<Document> openSample(String sampleId) {
        return documents.openSample(sampleId);
    }
}
