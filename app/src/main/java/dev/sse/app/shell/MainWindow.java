package dev.sse.app.shell;

import dev.sse.app.commands.ActionCatalog;
import dev.sse.app.commands.CommandStack;
import dev.sse.app.concurrency.AnalysisRunner;
import dev.sse.app.concurrency.SimulationRunner;
import dev.sse.app.i18n.Messages;
import dev.sse.model.analysis.AnalysisOptions;
import dev.sse.model.simulation.AnalysisAttackFinder;
import dev.sse.app.files.Document;
import dev.sse.model.analysis.AnalysisResult;
import dev.sse.model.network.Network;
import dev.sse.model.session.Subscription;
import dev.sse.samples.SampleNetworks;
import dev.sse.views.common.FxBridge;
import dev.sse.views.graph.canvas.GraphView;
import dev.sse.views.graph.GraphViewModel;
import dev.sse.views.graph.Shown;
import dev.sse.views.graph.layout.CircularLayout;
import dev.sse.views.graph.layout.ForceDirectedLayout;
import dev.sse.views.graph.layout.LayoutStrategy;
import dev.sse.views.graph.layout.TiersLayout;
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
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * The main window: menus and toolbar on top, the graph in the centre, the inspector on the right, a
 * status bar below. It keeps the open {@link Document}, runs the analysis whenever the network
 * changes, and routes every edit through the {@link CommandStack}.
 */
public final class MainWindow implements FeatureHost {

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
    private final DocumentActions documents;
    private final StatusBar status = new StatusBar();
    private final javafx.scene.control.TextField search = new javafx.scene.control.TextField();
    private final BorderPane root = new BorderPane();
    private final ReadOnlyObjectWrapper<AnalysisResult> latest = new ReadOnlyObjectWrapper<>(this, "analysis");
    private final List<LayoutStrategy> layouts = List.of(new TiersLayout(), new ForceDirectedLayout(), new CircularLayout());
    private LayoutStrategy layout = layouts.get(0);
    /** The View ▸ Layout radio items, one per entry of {@link #layouts}. */
    private final ToggleGroup layoutChoice = new ToggleGroup();
    private final SimulationFeature simulation;
    private Subscription subscription = () -> { };
    private Stage stage;
    private final BorderPane graphArea;
    private final MenuBar menus;
    private SplitPane split;
    /** Graph, docked panels (the node tables, issue 23), simulation panel: top to bottom. */
    private SplitPane centre;
    private final NoteEdits notes;
    /** The network last laid out, analysed and simulated; an edit of its notes alone needs none of that. */
    private Network shown;

    public MainWindow(FxBridge bridge, GraphViewModel graph, GraphView graphView) {
        this.graph = graph;
        this.graphView = graphView;
        this.graphArea = new BorderPane(graphView);
        this.analysis = new AnalysisRunner(bridge);
        this.pipeline = new ShownPipeline(analysis);
        this.documents = new DocumentActions(bridge, this::adopt, () -> stage, commands, this::updateTitle);
        graph.setStakeEditor(new StakeEdits(commands, this::document, pipeline::preview, () -> pipeline.preview(null)));
        simulation = new SimulationFeature(bridge, commands, graph,
                new SimulationRunner(bridge, new AnalysisAttackFinder(
                        AnalysisOptions.defaults().withTimeLimit(AnalysisRunner.GUI_TIME_LIMIT_SECONDS))),
                pipeline::step);
        notes = new NoteEdits(commands, this::document, () -> stage);
        graphView.setNodeMenu((ref, selection) -> network() == null ? null
                : notes.addItems(simulation.menuFor(network(), ref, selection), network(), ref));
        this.menus = menuBar();
        root.setTop(new VBox(menus, toolBar()));
        centre = new SplitPane(graphArea, simulation.view());
        centre.setOrientation(javafx.geometry.Orientation.VERTICAL);
        centre.setDividerPositions(0.78);
        SplitPane.setResizableWithParent(simulation.view(), false);
        InspectorView inspectorView = new InspectorView(inspector);
        // each figure's "?" opens its glossary entry
        inspectorView.setOnGlossary(term -> dev.sse.app.help.GlossaryWindow.show(stage(), term),
                term -> dev.sse.app.i18n.Messages.get("inspector.glossary.link",
                        dev.sse.app.i18n.Messages.get("glossary." + term + ".term")));
        split = new SplitPane(centre, inspectorView);
        split.setDividerPositions(0.76);
        SplitPane.setResizableWithParent(split.getItems().get(1), false);
        root.setCenter(split);
        root.setBottom(status);
        graph.selectedProperty().addListener((o, was, now) -> inspector.show(pipeline.shown(), now));
        pipeline.shownProperty().addListener((o, was, now) -> show(now));
        commands.addListener(() -> {
            updateActions();
            updateTitle(); // an injected fault makes the document unsaved as an edit of the network does
        });
        updateActions();
    }

    public void attach(Stage stage) {
        this.stage = stage;
        Scene scene = new Scene(root, 1280, 800);
        scene.getStylesheets().addAll(css("/dev/sse/views/theme/tokens.css"), css("/dev/sse/app/shell.css"));
        stage.setScene(scene);
        simulation.installKeys(scene);
        stage.setTitle(Messages.get("app.title"));
        stage.setOnCloseRequest(e -> {
            if (!documents.confirmDiscard(document())) {
                e.consume();
            }
        });
        stage.show();
        graphView.requestFocus();
        // each cascade step is read out as one sentence: the timeline's caption, spoken by the focused graph
        simulation.timeline().captionProperty().addListener((o, was, now) -> graphView.announce(now));
    }

    private static String css(String resource) {
        return MainWindow.class.getResource(resource).toExternalForm();
    }

    /** Opens the file, else the sample, else the default sample; a failed file falls back to the default. */
    public java.util.concurrent.CompletableFuture<Document> openInitial(Path file, String sampleId, String scenario) {
        var opened = file != null ? documents.openFile(file, true)
                : documents.openSample(sampleId != null ? sampleId : SampleNetworks.DEFAULT_ID);
        if (scenario != null) {
            opened.thenAccept(doc -> simulation.runStoredScenario(scenario));
        }
        return opened;
    }

    /** A newly opened document becomes the current one. */
    private void adopt(Document next) {
        subscription.close();
        documents.setCurrent(next);
        commands.clear();
        graph.select(null);
        Network opened = next.network().get();
        shown = opened;
        // a fresh layout of the new network; nothing of the last one (its playback step, preview, analysis) stays
        graph.show(opened, layout, LAYOUT_SEED);
        pipeline.open(opened);
        subscription = next.network().subscribe(n -> FxBridge.onFx(() -> networkChanged(n)));
        simulation.attach(next);
    }

    private void networkChanged(Network n) {
        pipeline.notes(NoteEdits.nodeNotes(n));
        simulation.showStepNotes(n);
        boolean notesOnly = shown != null && NoteEdits.onlyNotesDiffer(shown, n);
        boolean same = shown == n;
        shown = n;
        if (notesOnly || same) {
            updateTitle();
            return;
        }
        pipeline.document(n);
        updateTitle();
        simulation.networkChanged();
    }

    /** Everything shown follows the pipeline's one value: graph, badge, inspector, title and status bar. */
    private void show(Shown now) {
        graph.display(now, layout, LAYOUT_SEED);
        status.show(now);
        inspector.show(now, graph.selectedProperty().get());
        if (now.analysis() != null) {
            latest.set(now.analysis());
        }
        updateTitle();
    }

    private void updateTitle() {
        Document doc = document();
        if (doc == null || stage == null) {
            return;
        }
        Network n = doc.network().get();
        stage.setTitle(Messages.get(doc.isDirty() ? "app.title.dirty" : "app.title.document", n.name(), doc.displayName()));
        status.setText(Messages.get("status.document", n.name(), doc.displayName(), String.valueOf(n.chains().size()),
                String.valueOf(n.validators().size()), String.valueOf(n.allocations().size()), layout.name(),
                String.valueOf(LAYOUT_SEED)));
        updateActions();
    }

    private void updateActions() {
        Document doc = document();
        actions.enabled(ActionCatalog.UNDO).set(commands.canUndo());
        actions.enabled(ActionCatalog.REDO).set(commands.canRedo());
        actions.enabled(ActionCatalog.SAVE).set(doc != null);
        actions.enabled(ActionCatalog.SAVE_AS).set(doc != null);
        actions.enabled(ActionCatalog.REVERT).set(doc != null && doc.isDirty());
    }

    private MenuBar menuBar() {
        actions.on(ActionCatalog.OPEN, documents::chooseAndOpen);
        actions.on(ActionCatalog.SAVE, documents::save);
        actions.on(ActionCatalog.SAVE_AS, documents::saveAs);
        actions.on(ActionCatalog.REVERT, documents::revert);
        actions.on(ActionCatalog.QUIT, () -> stage.fireEvent(new javafx.stage.WindowEvent(stage,
                javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST)));
        actions.on(ActionCatalog.UNDO, commands::undo);
        actions.on(ActionCatalog.REDO, commands::redo);
        actions.on(ActionCatalog.FIT, graphView::fit);
        actions.on(ActionCatalog.FIND, search::requestFocus);
        actions.on(ActionCatalog.SHORTCUTS, () -> ShortcutSheet.show(stage));

        Menu samples = new Menu(Messages.get("menu.openSample"));
        for (SampleNetworks.Sample s : SampleNetworks.all()) {
            MenuItem item = new MenuItem(s.title());
            item.setOnAction(e -> documents.openSample(s.id())); // asks about unsaved work first
            samples.getItems().add(item);
        }
        Menu file = new Menu(Messages.get("menu.file"), null, actions.menuItem(ActionCatalog.OPEN), samples, new SeparatorMenuItem(),
                actions.menuItem(ActionCatalog.SAVE), actions.menuItem(ActionCatalog.SAVE_AS),
                actions.menuItem(ActionCatalog.REVERT), new SeparatorMenuItem(), actions.menuItem(ActionCatalog.QUIT));
        Menu edit = new Menu(Messages.get("menu.edit"), null, actions.menuItem(ActionCatalog.UNDO), actions.menuItem(ActionCatalog.REDO));
        Menu layoutMenu = new Menu(Messages.get("menu.layout"));
        for (LayoutStrategy strategy : layouts) {
            RadioMenuItem item = new RadioMenuItem(strategy.name());
            item.setToggleGroup(layoutChoice);
            item.setSelected(strategy == layout);
            item.setOnAction(e -> relayout(strategy));
            layoutMenu.getItems().add(item);
        }
        Menu view = new Menu(Messages.get("menu.view"), null, actions.menuItem(ActionCatalog.FIT), actions.menuItem(ActionCatalog.FIND), layoutMenu);
        view.getItems().add(new SeparatorMenuItem());
        view.getItems().addAll(dev.sse.app.compare.CompareMenu.items(this::network,
                () -> document() == null ? Messages.get("compare.left") : document().displayName(), () -> stage));
        Menu simulate = new Menu(Messages.get("menu.simulate"));
        simulate.setOnShowing(e -> {
            simulation.fillScenarioMenu(simulate);
            simulate.getItems().addAll(new SeparatorMenuItem(), notes.stepItem(simulation.timeline()));
        });
        simulate.getItems().add(new MenuItem(Messages.get("menu.simulate.empty")));
        Menu help = new Menu(Messages.get("menu.help"), null, actions.menuItem(ActionCatalog.SHORTCUTS));
        return new MenuBar(file, edit, view, simulate, help);
    }

    private ToolBar toolBar() {
        search.setPromptText(Messages.get("search.prompt"));
        search.setPrefColumnCount(18);
        search.setOnAction(e -> {
            boolean found = graphView.search(search.getText());
            search.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("not-found"), !found);
            if (found) {
                graphView.requestFocus();
            }
        });
        return new ToolBar(actions.button(ActionCatalog.OPEN), actions.button(ActionCatalog.SAVE),
                actions.button(ActionCatalog.UNDO), actions.button(ActionCatalog.REDO), actions.button(ActionCatalog.FIT),
                new javafx.scene.control.Separator(), search);
    }

    private CompletableFuture<Void> relayout(LayoutStrategy strategy) {
        layout = strategy;
        return network() == null ? CompletableFuture.completedFuture(null)
                : graph.show(network(), layout, LAYOUT_SEED).thenRun(this::updateTitle);
    }

    /** The graph's camera (the render benchmark zooms with it). */
    public dev.sse.views.graph.Camera camera() {
        return graphView.camera();
    }

    /** The View ▸ Layout entries, in menu order. */
    public List<String> layoutNames() {
        return layouts.stream().map(LayoutStrategy::name).toList();
    }

    /** Same as choosing View ▸ Layout ▸ {@code layoutNames().get(index)}; completes when the new layout is shown. */
    public CompletableFuture<Void> useLayout(int index) {
        layoutChoice.getToggles().get(index).setSelected(true);
        return relayout(layouts.get(index));
    }

    private Document document() {
        return documents.current();
    }

    private Network network() {
        Document doc = document();
        return doc == null ? null : doc.network().get();
    }

    public ReadOnlyObjectProperty<AnalysisResult> analysisProperty() {
        return latest.getReadOnlyProperty();
    }

    /** Puts a scenario in force that is not the user's work (a tour's step): no undo step, nothing unsaved. */
    @Override
    public void showScenario(dev.sse.model.simulation.Scenario scenario) {
        Document doc = document();
        if (doc != null) {
            doc.showScenario(scenario);
        }
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
    public void dockUnderGraph(javafx.scene.Node panel, boolean show) {
        centre.getItems().remove(panel);
        if (show) {
            centre.getItems().add(1, panel);
            centre.setDividerPositions(0.55, 0.85);
        }
    }

    /** Docks a panel under the graph, above the timeline (the tour captions); null removes it. */
    @Override
    public void dockAboveTimeline(javafx.scene.Node panel) {
        graphArea.setBottom(panel);
    }

    /** Adds a menu before Help. */
    @Override
    public void addMenu(Menu menu) {
        menus.getMenus().add(menus.getMenus().size() - 1, menu);
    }

    /** Shows or hides menus, toolbar, inspector and status bar (presenter mode). */
    @Override
    public void setChromeVisible(boolean visible) {
        root.getTop().setVisible(visible);
        root.getTop().setManaged(visible);
        status.setVisible(visible);
        status.setManaged(visible);
        javafx.scene.Node inspectorPane = split.getItems().get(1);
        inspectorPane.setVisible(visible);
        inspectorPane.setManaged(visible);
        split.setDividerPositions(visible ? 0.76 : 1.0);
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
