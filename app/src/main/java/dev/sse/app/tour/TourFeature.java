package dev.sse.app.tour;

import dev.sse.app.i18n.Messages;
import dev.sse.app.compare.CompareMenu;
import dev.sse.app.help.GlossaryWindow;
import dev.sse.app.shell.FeatureHost;
import dev.sse.model.network.Network;
import dev.sse.model.network.graph.NodeRef;
import dev.sse.model.simulation.Scenario;
import dev.sse.model.simulation.SimTrace;
import dev.sse.model.tour.Tour;
import dev.sse.model.tour.TourAction;
import dev.sse.model.tour.TourFile;
import dev.sse.views.graph.canvas.GraphView;
import dev.sse.views.graph.GraphViewModel;
import dev.sse.views.timeline.TimelineViewModel;
import dev.sse.views.tour.TourPanel;
import dev.sse.views.tour.TourViewModel;
import java.util.List;
import javafx.animation.PauseTransition;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.util.Duration;

/**
 * Guided tours in the main window: the caption panel docked above the timeline, a Tours menu, and the
 * director that makes each step happen (faults in force, timeline round, camera, highlight). A step's state
 * is recomputed from the tour, never from history, so Back and Restart always show the same picture.
 */
public final class TourFeature implements AutoCloseable {

    /** Seconds a step with {@code "pause": false} stays before the tour goes on. */
    static final double AUTO_ADVANCE_SECONDS = 5;

    private final FeatureHost window;
    /** Opens the Compare window a tour step asks for. */
    private final CompareMenu compare;
    private final GraphViewModel graph;
    private final GraphView graphView;
    private final TourViewModel viewModel = new TourViewModel();
    private final PresenterMode presenter;
    private final PauseTransition autoAdvance = new PauseTransition(Duration.seconds(AUTO_ADVANCE_SECONDS));
    private Scenario base;
    private String networkId;
    private dev.sse.app.compare.CompareWindow comparison;
    private int pendingRound = Integer.MIN_VALUE;
    private boolean pendingAnimate;
    private int stopAt = -1;
    /** Listeners on the timeline, the graph and the scene: taken off on {@link #close()} (issue #18). */
    private final dev.sse.views.common.Listeners listeners = new dev.sse.views.common.Listeners();

    private TourFeature(FeatureHost window, GraphViewModel graph, GraphView graphView, CompareMenu compare) {
        this.window = window;
        this.compare = compare;
        this.graph = graph;
        this.graphView = graphView;
        viewModel.setDirector(this::enter);
        String css = TourFeature.class.getResource("/dev/sse/app/tour/tour.css").toExternalForm();
        var stylesheets = window.stage().getScene().getStylesheets();
        stylesheets.add(css);
        listeners.onClose(() -> stylesheets.remove(css));
        window.dockAboveTimeline(new TourPanel(viewModel, Messages::get, term -> GlossaryWindow.show(window.stage(), term)));
        TimelineViewModel timeline = window.timeline();
        listeners.listen(timeline.traceProperty(), (o, was, now) -> traceArrived(now));
        listeners.listen(timeline.positionProperty(), (o, was, now) -> {
            if (stopAt >= 0 && now.intValue() >= stopAt) {
                timeline.playingProperty().set(false);
                stopAt = -1;
                actionDone();
            }
        });
        autoAdvance.setOnFinished(e -> viewModel.next());
        viewModel.indexProperty().addListener((o, was, now) -> autoAdvance.stop());
        presenter = new PresenterMode(window, viewModel, this::reframe, graphView::setLabelScale);
        window.addMenu(menu());
    }

    /** Builds the feature into an attached window. */
    public static TourFeature install(FeatureHost window, GraphViewModel graph, GraphView graphView, CompareMenu compare) {
        return new TourFeature(window, graph, graphView, compare);
    }

    /** Takes every listener and filter the tours added off the window's objects; the window can go on without them. */
    @Override
    public void close() {
        autoAdvance.stop();
        presenter.close();
        listeners.close();
    }

    public TourViewModel viewModel() {
        return viewModel;
    }

    public PresenterMode presenter() {
        return presenter;
    }

    /**
     * Opens the tour's network (a bundled sample) and starts the tour at its first step. Like every way of
     * replacing the document, it asks about unsaved work first (issue 18: a tour used to drop it silently).
     */
    public void start(TourFile file) {
        // opening asks about unsaved work first; Cancel keeps the document and whatever tour is running
        window.openSample(file.network()).thenAccept(doc -> dev.sse.views.common.FxBridge.onFx(() -> {
            viewModel.close();
            base = file.scenario();
            networkId = file.network();
            viewModel.load(file.tour());
            graphView.requestFocus(); // the clicker keys go to the tour, not to the search field
        }));
    }

    private Menu menu() {
        Menu menu = new Menu(Messages.get("menu.tours"));
        for (TourFile file : TourLibrary.bundled()) {
            MenuItem item = new MenuItem(file.tour().title());
            item.setOnAction(e -> start(file));
            menu.getItems().add(item);
        }
        MenuItem glossary = new MenuItem(Messages.get("menu.glossary"));
        glossary.setOnAction(e -> GlossaryWindow.show(window.stage(), null));
        MenuItem present = new MenuItem(Messages.get("menu.presenter"));
        present.setAccelerator(javafx.scene.input.KeyCombination.keyCombination("F5"));
        present.setOnAction(e -> presenter.toggle());
        menu.getItems().addAll(new SeparatorMenuItem(), glossary, present);
        return menu;
    }

    private void enter(Tour tour, int index, boolean forward) {
        autoAdvance.stop();
        stopAt = -1;
        var doc = window.currentDocument();
        if (doc == null) {
            return;
        }
        Network network = doc.network().get();
        var step = tour.steps().get(index);
        highlight(network, step.highlight());
        fit(network, step.fit());
        if (step.action() instanceof TourAction.Compare compare) {
            compare(network, compare);
        }
        Scenario target = tour.scenarioAt(base, index);
        pendingRound = tour.roundAt(index);
        pendingAnimate = forward && step.action() instanceof TourAction.Play;
        if (!doc.scenario().get().faults().equals(target.faults())) {
            window.showScenario(new Scenario(base.name(), target.faults(), target.policy(), target.seed()));
            if (target.faults().isEmpty()) {
                pendingRound = Integer.MIN_VALUE;
                actionDone();
            }
        } else {
            traceArrived(window.timeline().traceProperty().get());
        }
    }

    /** Seeks (or plays) to the pending round once the trace of the faults in force is there. */
    private void traceArrived(SimTrace trace) {
        if (pendingRound == Integer.MIN_VALUE || !viewModel.isActive()) {
            return;
        }
        List<?> faults = window.currentDocument().scenario().get().faults();
        long faultSteps = trace == null ? 0 : trace.steps().stream().filter(s -> s.round() == 0).count();
        if (trace == null ? !faults.isEmpty() : faultSteps != faults.size()) {
            return; // an older trace; the one for these faults is on its way
        }
        int round = pendingRound;
        pendingRound = Integer.MIN_VALUE;
        TimelineViewModel timeline = window.timeline();
        int target = trace == null ? 0 : round < 0 ? trace.steps().size()
                : (int) trace.steps().stream().filter(s -> s.round() <= round).count();
        if (pendingAnimate && target > timeline.positionProperty().get()) {
            stopAt = target;
            if (!timeline.playingProperty().get()) {
                timeline.togglePlay();
            }
        } else {
            timeline.seek(target);
            actionDone();
        }
    }

    /**
     * The compare action: the tour's network against {@code with} (a sample or a variant) under the stored
     * scenario, in the Compare window. Stepping to it again brings the open window back instead of a second one.
     */
    private void compare(Network network, TourAction.Compare compare) {
        if (comparison != null && comparison.isShowing()) {
            comparison.toFront();
            return;
        }
        try {
            comparison = this.compare.open(window.stage(), networkId, network, compare.with(), compare.scenario());
            viewModel.setNote(Messages.get("tour.compare.opened"));
        } catch (Exception e) {
            viewModel.setNote(Messages.get("tour.compare.failed", e.getMessage()));
        }
    }

    private void reframe() {
        var doc = window.currentDocument();
        var step = viewModel.step();
        if (doc != null) {
            fit(doc.network().get(), step == null ? List.of() : step.fit());
        }
    }

    private void actionDone() {
        var step = viewModel.step();
        if (step != null && !step.pause() && viewModel.canNextProperty().get()) {
            autoAdvance.playFromStart();
        }
    }

    private void highlight(Network network, List<String> ids) {
        graph.selectAll(refs(network, ids), false);
    }

    private void fit(Network network, List<String> ids) {
        List<NodeRef> refs = refs(network, ids);
        if (graph.frameProperty().get() == null || graph.busyProperty().get()) {
            graph.busyProperty().addListener(new javafx.beans.InvalidationListener() {
                @Override
                public void invalidated(javafx.beans.Observable o) {
                    if (!graph.busyProperty().get()) {
                        graph.busyProperty().removeListener(this);
                        graphView.fit(refs);
                    }
                }
            });
        } else {
            graphView.fit(refs);
        }
    }

    static List<NodeRef> refs(Network network, List<String> ids) {
        return ids.stream().map(id -> network.chains().stream().anyMatch(c -> c.id().equals(id))
                ? NodeRef.chain(id) : NodeRef.validator(id)).toList();
    }
}
