package dev.sse.app.montecarlo;

import dev.sse.app.commands.ActionCatalog;
import dev.sse.app.concurrency.Workers;
import dev.sse.app.files.Document;
import dev.sse.app.i18n.Messages;
import dev.sse.app.shell.SaveCsv;
import dev.sse.app.shell.FeatureHost;
import dev.sse.model.analysis.AnalysisOptions;
import dev.sse.model.montecarlo.MonteCarloResult;
import dev.sse.model.network.Network;
import dev.sse.model.simulation.Scenario;
import dev.sse.views.common.FxBridge;
import dev.sse.views.common.Listeners;
import dev.sse.views.graph.GraphViewModel;
import dev.sse.views.montecarlo.MonteCarloView;
import dev.sse.views.montecarlo.MonteCarloViewModel;
import javafx.event.EventHandler;
import javafx.scene.control.Alert;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * Simulate ▸ Monte Carlo… (issue 24) in the main window: the Compare window's Monte Carlo view and view model on one
 * side, docked under the graph. Its draws run on the open document's network on the composition root's threads
 * (issue #18: {@link Workers#executor()} for the run, {@link Workers#draws()} for its helpers, {@link Workers#race()}
 * for the margin races); once they are in, every chain of the graph is coloured by its probability of falling; any
 * row of the worst-draws table plays back on the graph as an ordinary scenario, with its "why" lines, through
 * {@link FeatureHost#showScenario} (no undo step, nothing unsaved). {@link #close()} cancels a run and takes the
 * shortcut off the scene.
 */
public final class MonteCarloFeature implements AutoCloseable {

    private final FeatureHost host;
    private final GraphViewModel graph;
    private final MonteCarloViewModel viewModel;
    private final MonteCarloView view;
    private final CheckMenuItem toggle = new CheckMenuItem(ActionCatalog.MONTE_CARLO.text());
    private final Listeners listeners = new Listeners();

    private MonteCarloFeature(FeatureHost host, GraphViewModel graph, Workers workers) {
        this.host = host;
        this.graph = graph;
        viewModel = new MonteCarloViewModel(new FxBridge(workers.executor()), FxBridge.fxExecutor(), workers.draws(),
                AnalysisOptions.defaults().withRaceExecutor(workers.race()), this::network, null, System::currentTimeMillis);
        view = new MonteCarloView(viewModel, this::saveCsv, this::documentName, () -> "", this::play);
        view.setId("montecarlo-panel");
        view.setMinHeight(300); // the docked split gives it at least this much of the graph's height
    }

    /** Adds Simulate ▸ Monte Carlo… and its shortcut to the attached window. */
    public static MonteCarloFeature install(FeatureHost host, GraphViewModel graph, Workers workers) {
        MonteCarloFeature f = new MonteCarloFeature(host, graph, workers);
        f.toggle.setId("menu-montecarlo");
        KeyCombination keys = KeyCombination.keyCombination(ActionCatalog.MONTE_CARLO.accelerator());
        f.toggle.setAccelerator(keys); // shown in the menu; the scene filter below is what runs it, menu open or not
        f.toggle.selectedProperty().addListener((o, was, now) -> host.dockUnderGraph(f.view, now));
        host.addSimulateItem(f.toggle);
        EventHandler<KeyEvent> filter = e -> {
            if (keys.match(e)) {
                f.toggle.setSelected(!f.toggle.isSelected());
                e.consume();
            }
        };
        var scene = host.stage().getScene();
        scene.addEventFilter(KeyEvent.KEY_PRESSED, filter);
        f.listeners.onClose(() -> scene.removeEventFilter(KeyEvent.KEY_PRESSED, filter));
        f.listeners.listen(f.viewModel.leftResultProperty(), (o, was, r) -> f.colour(r));
        return f;
    }

    /** Shows or hides the panel (Simulate ▸ Monte Carlo…). */
    public void setShown(boolean show) {
        toggle.setSelected(show);
    }

    public boolean isShown() {
        return toggle.isSelected();
    }

    public MonteCarloViewModel viewModel() {
        return viewModel;
    }

    public MonteCarloView view() {
        return view;
    }

    /** Each chain by its probability of falling in the draws; the next analysis or playback step repaints them. */
    private void colour(MonteCarloResult r) {
        if (r != null && r.network() == network()) {
            graph.setStates(MonteCarloViewModel.fallColours(r, graph.statesProperty().get()));
        }
    }

    /** Plays a draw as the document's shown scenario, if the draws are of the network open now. */
    private void play(Scenario draw) {
        Network n = network();
        if (n == null || draw == null) {
            return;
        }
        if (!draw.validateAgainst(n).isEmpty() || viewModel.leftResultProperty().get().network() != n) {
            Alert stale = new Alert(Alert.AlertType.INFORMATION, Messages.get("montecarlo.stale"));
            stale.initOwner(host.stage());
            stale.show();
            return;
        }
        host.showScenario(draw);
    }

    private Network network() {
        Document doc = host.currentDocument();
        return doc == null ? null : doc.network().get();
    }

    private String documentName() {
        Document doc = host.currentDocument();
        return doc == null ? "" : doc.displayName();
    }

    private void saveCsv(String csv) {
        if (csv == null) {
            return;
        }
        SaveCsv.ask(host.stage(), ActionCatalog.MONTE_CARLO.plainText(), "montecarlo-draws.csv", csv);
    }

    /** Cancels a run under way and takes the shortcut off the scene. */
    @Override
    public void close() {
        viewModel.cancel();
        listeners.close();
    }
}
