package dev.sse.app.shell;

import dev.sse.app.commands.CommandStack;
import dev.sse.app.commands.StateEdit;
import dev.sse.app.concurrency.SimulationRunner;
import dev.sse.app.files.Document;
import dev.sse.app.i18n.Messages;
import dev.sse.model.network.Network;
import dev.sse.model.network.graph.NodeRef;
import dev.sse.model.session.Subscription;
import dev.sse.model.simulation.Scenario;
import dev.sse.model.simulation.SimState;
import dev.sse.model.simulation.fault.Fault;
import dev.sse.views.common.FxBridge;
import dev.sse.views.graph.GraphViewModel;
import dev.sse.views.timeline.EventLogView;
import dev.sse.views.timeline.TimelineView;
import dev.sse.views.timeline.TimelineViewModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.scene.Scene;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.VBox;

/**
 * Faults and their playback: the context menu injects a fault as one undoable step, every change of
 * the fault list re-runs the simulation off the FX thread, and the timeline plays the resulting trace on
 * the graph (positions fixed). Resetting the timeline shows the network before the faults.
 */
final class SimulationFeature {

    private final TimelineViewModel timeline = new TimelineViewModel();
    private final CommandStack commands;
    private final GraphViewModel graph;
    private final SimulationRunner runner;
    private final Steps steps;
    private final javafx.scene.control.Label status = new javafx.scene.control.Label();
    private final SplitPane view;
    private Document document;
    private Subscription subscription = () -> { };

    /** Where the playback position goes: the window's one pipeline of what is shown ({@link ShownPipeline#step}). */
    interface Steps {
        /** {@code trace} (null without faults) at {@code position} (0 = before the faults), pulsing {@code pulses}. */
        void show(dev.sse.model.simulation.SimTrace trace, int position, Set<NodeRef> pulses);
    }

    SimulationFeature(FxBridge bridge, CommandStack commands, GraphViewModel graph, SimulationRunner runner, Steps steps) {
        this.commands = commands;
        this.graph = graph;
        this.runner = runner;
        this.steps = steps;
        TimelineView controls = new TimelineView(timeline);
        status.getStyleClass().add("simulation-status");
        status.setWrapText(true);
        EventLogView log = new EventLogView(timeline, row -> graph.selectAll(row.subjects(), false));
        view = new SplitPane(new VBox(controls, status), log);
        view.setDividerPositions(0.55);
        timeline.stateProperty().addListener((o, was, now) -> showState(now));
    }

    javafx.scene.Node view() {
        return view;
    }

    TimelineViewModel timeline() {
        return timeline;
    }

    /** Follows a newly opened document's faults. */
    void attach(Document next) {
        subscription.close();
        document = next;
        subscription = next.scenario().subscribe(scenario -> FxBridge.onFx(() -> simulate(scenario)));
    }

    /**
     * The Simulate menu: the scenarios stored in the network file (each replaces the fault list as one
     * undoable step) and "Clear faults".
     */
    void fillScenarioMenu(javafx.scene.control.Menu menu) {
        menu.getItems().clear();
        if (document != null) {
            document.network().get().scenarios().forEach((name, settings) -> {
                javafx.scene.control.MenuItem item = new javafx.scene.control.MenuItem(Messages.get("simulate.runScenario", name));
                item.setOnAction(e -> loadScenario(name, settings, true));
                menu.getItems().add(item);
            });
        }
        if (!menu.getItems().isEmpty()) {
            menu.getItems().add(new javafx.scene.control.SeparatorMenuItem());
        }
        javafx.scene.control.MenuItem clear = new javafx.scene.control.MenuItem(Messages.get("simulate.clearFaults"));
        clear.setDisable(document == null || document.scenario().get().faults().isEmpty());
        clear.setOnAction(e -> {
            Scenario s = document.scenario().get();
            replaceScenario(Messages.get("simulate.clearFaults"), new Scenario(s.name(), List.of(), s.policy(), s.seed()));
        });
        menu.getItems().add(clear);
    }

    /**
     * Loads a scenario stored in the open network by name (the --scenario option). It is the file's, not the
     * user's work: no undo step, and the document stays saved.
     */
    void runStoredScenario(String name) {
        dev.sse.model.network.Settings settings = document == null ? null : document.network().get().scenarios().get(name);
        if (settings == null) {
            status.setText(Messages.get("simulate.noScenario", name,
                    document == null ? "" : String.join(", ", document.network().get().scenarios().keySet())));
        } else {
            loadScenario(name, settings, false);
        }
    }

    private void loadScenario(String name, dev.sse.model.network.Settings settings, boolean asEdit) {
        try {
            Scenario stored = dev.sse.model.io.json.ScenarioCodec.fromSettings(name, settings, document.network().get());
            if (asEdit) {
                replaceScenario(Messages.get("edit.runScenario", name), stored);
            } else {
                document.showScenario(stored);
            }
        } catch (dev.sse.model.io.json.NetworkFormatException e) {
            status.setText(Messages.get("simulate.doesNotFit", name, e.getMessage()));
        }
    }

    void replace(String name, Scenario next) {
        replaceScenario(name, next);
    }

    private void replaceScenario(String name, Scenario next) {
        if (document != null) {
            commands.execute(new StateEdit<>(name, document.scenario(), document.scenario().get(), next));
        }
    }

    ContextMenu menuFor(Network network, NodeRef clicked, Set<NodeRef> selection) {
        return FaultMenu.build(network, clicked, selection, this::inject);
    }

    /** Adds a fault to the scenario as one undoable step. */
    void inject(String name, Fault fault) {
        if (document == null) {
            return;
        }
        Scenario before = document.scenario().get();
        List<Fault> faults = new ArrayList<>(before.faults());
        faults.add(fault);
        commands.execute(new StateEdit<>(name, document.scenario(), before,
                new Scenario(before.name(), faults, before.policy(), before.seed())));
    }

    /** Shows the notes of the current scenario's steps under the timeline caption. */
    void showStepNotes(Network n) {
        timeline.setStepNotes(document == null ? Map.of() : NoteEdits.stepNotes(n, document.scenario().get().name()));
    }

    /** Re-simulates after the network changed (a stake edit with faults present). */
    void networkChanged() {
        if (document != null) {
            simulate(document.scenario().get());
        }
    }

    private void simulate(Scenario scenario) {
        showStepNotes(document.network().get());
        List<Fault> faults = scenario.faults();
        if (faults.isEmpty()) {
            runner.cancel();
            timeline.load(null);
            status.setText("");
            return;
        }
        status.setText(Messages.get("simulate.running", String.valueOf(faults.size()), scenario.policy().json(),
                String.valueOf(scenario.seed())));
        runner.run(document.network().get(), scenario, (trace, error) -> {
            if (error != null) {
                timeline.load(null);
                status.setText(Messages.get("simulate.failed", ErrorDialogs.describe(error.getCause() != null ? error.getCause() : error)));
            } else {
                timeline.load(trace);
                status.setText(Messages.get("simulate.done", scenario.name(), scenario.policy().json(), String.valueOf(scenario.seed()),
                        String.valueOf(trace.steps().size()), String.valueOf(trace.fallenChains().size()),
                        String.valueOf(trace.compromisedChains().size()), dev.sse.model.format.Screen.percent(trace.lostFraction())));
            }
        });
    }

    /** A step (or the timeline's reset) is shown through the pipeline: network, verdict, states and pulses together. */
    private void showState(SimState state) {
        steps.show(state == null ? null : timeline.traceProperty().get(), timeline.positionProperty().get(), currentSubjects());
    }

    /** The nodes the current step's events talk about: their edges carry the pulses. */
    private Set<NodeRef> currentSubjects() {
        var trace = timeline.traceProperty().get();
        int p = timeline.positionProperty().get();
        if (trace == null || p == 0) {
            return Set.of();
        }
        Set<NodeRef> subjects = new java.util.HashSet<>();
        trace.steps().get(p - 1).events().forEach(e -> subjects.addAll(dev.sse.views.timeline.EventRow.of(p, e).subjects()));
        return subjects;
    }

    /** The playback keys ({@link dev.sse.app.playback.TimelineKeys}) — unless typing. */
    void installKeys(Scene scene, dev.sse.views.common.Listeners listeners) {
        listeners.filter(scene, javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (scene.getFocusOwner() instanceof TextInputControl || scene.getFocusOwner() instanceof ListView) {
                return;
            }
            if (dev.sse.app.playback.TimelineKeys.apply(e.getCode(), timeline)) {
                e.consume();
            }
        });
    }
}
