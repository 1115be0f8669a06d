package dev.sse.app.shell;

import dev.sse.app.commands.ActionCatalog;
import dev.sse.app.commands.CommandStack;
import dev.sse.app.files.Document;
import dev.sse.app.i18n.Messages;
import dev.sse.model.network.Network;
import dev.sse.model.network.SourceLine;
import dev.sse.model.session.Subscription;
import dev.sse.model.simulation.Scenario;
import dev.sse.samples.SampleNetworks;
import dev.sse.views.common.FxBridge;
import dev.sse.views.common.Listeners;
import dev.sse.views.graph.GraphViewModel;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import javafx.stage.Stage;

/**
 * The main window's document flow (issue #18: out of {@link MainWindow}, which is left a layout of parts): which
 * document is open and what follows when another replaces it (open, sample, tour, recovery: all through
 * {@link DocumentActions}, which asks about unsaved work first), when its network changes (an edit, undo, a notes-only
 * edit that needs no new analysis), when the window is asked to close (the same prompt), and the title, status
 * line and Save/Undo/Redo/Revert states that follow the document and the {@link CommandStack}.
 */
final class DocumentFlow implements AutoCloseable {

    private final DocumentActions documents;
    private final CommandStack commands;
    private final ActionBinder actions;
    private final GraphViewModel graph;
    private final ShownPipeline pipeline;
    private final SimulationFeature simulation;
    private final LayoutChoice layouts;
    private final StatusBar status;
    private final Supplier<Stage> stage;
    private Subscription subscription = () -> { };
    /** The network last laid out, analysed and simulated; an edit of its notes alone needs none of that. */
    private Network shown;

    DocumentFlow(FxBridge bridge, CommandStack commands, ActionBinder actions, GraphViewModel graph, ShownPipeline pipeline,
                 SimulationFeature simulation, LayoutChoice layouts, StatusBar status, Supplier<Stage> stage) {
        this.commands = commands;
        this.actions = actions;
        this.graph = graph;
        this.pipeline = pipeline;
        this.simulation = simulation;
        this.layouts = layouts;
        this.status = status;
        this.stage = stage;
        this.documents = new DocumentActions(bridge, this::adopt, stage, commands, this::updateTitle);
        commands.addListener(() -> {
            updateActions();
            updateTitle(); // an injected fault makes the document unsaved as an edit of the network does
        });
        updateActions();
    }

    DocumentActions documents() {
        return documents;
    }

    Document current() {
        return documents.current();
    }

    /** The open document's network, or null before one is open. */
    Network network() {
        Document doc = current();
        return doc == null ? null : doc.network().get();
    }

    /** Closing the window asks about unsaved work as opening another document does; taken off by {@code listeners}. */
    void promptOnClose(Stage window, Listeners listeners) {
        window.setOnCloseRequest(e -> {
            if (!documents.confirmDiscard(current())) {
                e.consume();
            }
        });
        listeners.onClose(() -> window.setOnCloseRequest(null));
    }

    /** Opens the file, else the sample, else the default sample; a failed file falls back to the default. */
    CompletableFuture<Document> openInitial(Path file, String sampleId, String scenario) {
        var opened = file != null ? documents.openFile(file, true)
                : documents.openSample(sampleId != null ? sampleId : SampleNetworks.DEFAULT_ID);
        if (scenario != null) {
            opened.thenAccept(doc -> simulation.runStoredScenario(scenario));
        }
        return opened;
    }

    /** Puts a scenario in force that is not the user's work (a tour's step, a Monte Carlo draw): no undo, nothing unsaved. */
    void showScenario(Scenario scenario) {
        Document doc = current();
        if (doc != null) {
            doc.showScenario(scenario);
        }
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
        graph.show(opened, layouts.current(), MainWindow.LAYOUT_SEED);
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

    /** Title ("•" when unsaved), status line and the actions that depend on the document. */
    void updateTitle() {
        Document doc = current();
        Stage window = stage.get();
        if (doc == null || window == null) {
            return;
        }
        Network n = doc.network().get();
        window.setTitle(Messages.get(doc.isDirty() ? "app.title.dirty" : "app.title.document", n.name(), doc.displayName()));
        status.setText(Messages.get("status.document", n.name(), doc.displayName(), n.chains().size(),
                n.validators().size(), n.allocations().size(), layouts.current().name(),
                String.valueOf(MainWindow.LAYOUT_SEED)));
        status.setSource(SourceLine.of(n), n.provenance().isEmpty() ? "" : n.source());
        updateActions();
    }

    private void updateActions() {
        Document doc = current();
        actions.enabled(ActionCatalog.UNDO).set(commands.canUndo());
        actions.enabled(ActionCatalog.REDO).set(commands.canRedo());
        actions.enabled(ActionCatalog.SAVE).set(doc != null);
        actions.enabled(ActionCatalog.SAVE_AS).set(doc != null);
        actions.enabled(ActionCatalog.REVERT).set(doc != null && doc.isDirty());
    }

    /** Stops listening to the open document. */
    @Override
    public void close() {
        subscription.close();
    }
}
