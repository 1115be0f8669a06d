package dev.sse.app.shell;

import dev.sse.app.files.Document;
import dev.sse.model.simulation.Scenario;
import dev.sse.views.timeline.TimelineViewModel;
import java.util.concurrent.CompletableFuture;
import javafx.scene.Node;
import javafx.scene.control.Menu;
import javafx.stage.Stage;

/**
 * What a feature built on top of the main window (guided tours, presenter mode) may do with it. Owned by the shell so
 * features depend on the shell and never the other way round (issue #18: no {@code app.shell ⇄ app.tour} cycle);
 * {@link MainWindow} implements it and the composition root ({@code AppContext}) hands it to each feature.
 */
public interface FeatureHost {

    /** The window's stage, once attached. */
    Stage stage();

    /** Adds a menu before Help. */
    void addMenu(Menu menu);

    /** Docks a panel under the graph, above the timeline (the tour captions); null removes it. */
    void dockAboveTimeline(Node panel);

    /** Docks {@code panel} in the split under the graph, above the simulation panel, or takes it away. */
    void dockUnderGraph(Node panel, boolean show);

    /** Adds an item at the end of the Simulate menu (after the document's scenarios, each time it opens). */
    void addSimulateItem(javafx.scene.control.MenuItem item);

    /** Shows or hides menus, toolbar, inspector and status bar (presenter mode). */
    void setChromeVisible(boolean visible);

    /** The cascade timeline under the graph. */
    TimelineViewModel timeline();

    /** The open document, or null before one is open. */
    Document currentDocument();

    /** Puts a scenario in force that is not the user's work (a tour's step): no undo step, nothing unsaved. */
    void showScenario(Scenario scenario);

    /** Opens a bundled sample as File ▸ Open sample does: asks about unsaved work first. */
    CompletableFuture<Document> openSample(String sampleId);
}
