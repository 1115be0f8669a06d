package dev.sse.views.charts;

import dev.sse.model.io.csv.SweepCsv;
import dev.sse.model.network.Network;
import dev.sse.model.simulation.Scenario;
import dev.sse.model.sweep.SweepParameter;
import dev.sse.model.sweep.SweepResult;
import dev.sse.model.sweep.SweepRow;
import dev.sse.model.sweep.SweepSpec;
import dev.sse.model.sweep.Sweeper;
import dev.sse.views.common.FormNumber;
import dev.sse.views.common.FxBridge;
import dev.sse.views.common.ViewText;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * A parameter sweep on one side of the comparison: the form's text (parameter, range, steps, ψ, time limit), a
 * run off the FX thread through the model's {@link Sweeper} with progress and cancel, the rows as they arrive and
 * the finished result as CSV. The CLI's {@code sweep} runs the very same code.
 */
public final class SweepViewModel {

    private final FxBridge bridge;
    private final java.util.concurrent.Executor race;
    private final Supplier<Network> left;
    private final Supplier<Network> right;
    private final Supplier<Scenario> scenario;
    private final StringProperty parameter = new SimpleStringProperty(this, "parameter", "shock-budget");
    private final StringProperty from = new SimpleStringProperty(this, "from", "0");
    private final StringProperty to = new SimpleStringProperty(this, "to", "0.3");
    private final StringProperty steps = new SimpleStringProperty(this, "steps", "7");
    private final StringProperty shockBudget = new SimpleStringProperty(this, "shockBudget", String.valueOf(SweepSpec.DEFAULT_SHOCK_BUDGET));
    private final StringProperty timeLimit = new SimpleStringProperty(this, "timeLimit", String.valueOf(SweepSpec.DEFAULT_TIME_LIMIT));
    private final BooleanProperty onRight = new SimpleBooleanProperty(this, "onRight");
    private final BooleanProperty withScenario = new SimpleBooleanProperty(this, "withScenario");
    private final ObservableList<SweepRow> rows = FXCollections.observableArrayList();
    private final ObservableList<String> suggestions = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<SweepResult> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status",
            ViewText.get("sweep.status.hint", String.join(", ", SweepParameter.FORMS)));
    private AtomicBoolean cancel = new AtomicBoolean();

    /**
     * {@code race}: where every point's margin race runs ({@code AnalysisOptions.raceExecutor}; issue #18: the
     * composition root's pool in the window, null for the model's shared one).
     */
    public SweepViewModel(FxBridge bridge, java.util.concurrent.Executor race, Supplier<Network> left, Supplier<Network> right,
                          Supplier<Scenario> scenario) {
        this.bridge = bridge;
        this.race = race;
        this.left = left;
        this.right = right;
        this.scenario = scenario;
    }

    /** Parameter forms that fit the chosen side's network, for the form's drop-down. */
    public void refreshSuggestions() {
        Network n = onRight.get() ? right.get() : left.get();
        List<String> out = new java.util.ArrayList<>(List.of("shock-budget", "adversary-fraction"));
        if (n != null) {
            n.assets().forEach(a -> out.add("price-drop:" + a.symbol()));
            n.chains().forEach(c -> out.add("profit:" + c.id()));
            n.chains().stream().filter(c -> c.securedBy() != null && c.kind().inheritsProviderSet())
                    .forEach(c -> out.add("top-n:" + c.id()));
            n.allocations().stream().limit(20).forEach(a -> out.add("allocation:" + a.validator() + ":" + a.chain()));
        }
        suggestions.setAll(out);
    }

    /** Validates the form and starts the sweep; problems go to the status line. */
    public void run() {
        Network network = onRight.get() ? right.get() : left.get();
        if (network == null || running.get()) {
            return;
        }
        SweepSpec spec;
        try {
            Scenario s = withScenario.get() ? scenario.get() : null;
            spec = new SweepSpec(SweepParameter.parse(parameter.get()), FormNumber.of(from, "sweep.from"),
                    FormNumber.of(to, "sweep.to"), (int) FormNumber.of(steps, "sweep.steps"),
                    FormNumber.of(shockBudget, "sweep.psi"), FormNumber.of(timeLimit, "sweep.field.timeLimit"),
                    s == null || s.faults().isEmpty() ? null : dev.sse.model.compare.ScenarioFit.fit(s, network).scenario());
            List<String> problems = Sweeper.problems(network, spec);
            if (!problems.isEmpty()) {
                throw new IllegalArgumentException(problems.get(0));
            }
        } catch (IllegalArgumentException e) {
            status.set(ViewText.get("sweep.status.invalid", e.getMessage()));
            return;
        }
        AtomicBoolean mine = new AtomicBoolean();
        cancel = mine;
        rows.clear();
        result.set(null);
        progress.set(0);
        running.set(true);
        status.set(ViewText.get("sweep.status.running", spec.parameter().key(), network.name()));
        bridge.compute(() -> Sweeper.run(network, spec, race, (d, t, row) -> bridge.fx().execute(() -> {
            if (!mine.get()) {
                rows.add(row);
                progress.set(d / (double) t);
                status.set(ViewText.get("sweep.status.point", String.valueOf(d), String.valueOf(t), spec.parameter().key(),
                        dev.sse.model.format.Screen.decimal(row.value())));
            }
        }), mine::get)).whenComplete((r, e) -> {
            if (cancel != mine) {
                return;
            }
            running.set(false);
            if (e != null) {
                status.set(ViewText.get("sweep.status.failed", e.getCause() != null ? e.getCause().getMessage() : e.getMessage()));
                return;
            }
            result.set(r);
            rows.setAll(r.rows());
            status.set(ViewText.get(r.complete() ? "sweep.status.done" : "sweep.status.cancelled", String.valueOf(r.rows().size()),
                    spec.parameter().key(), String.valueOf(r.network()), String.valueOf(spec.timeLimitSeconds())));
        });
    }

    public void cancel() {
        cancel.set(true);
    }

    /** The finished (or cancelled) sweep as CSV, or null before any. */
    public String csv() {
        return result.get() == null ? null : SweepCsv.write(result.get());
    }

    public StringProperty parameterProperty() { return parameter; }
    public StringProperty fromProperty() { return from; }
    public StringProperty toProperty() { return to; }
    public StringProperty stepsProperty() { return steps; }
    public StringProperty shockBudgetProperty() { return shockBudget; }
    public StringProperty timeLimitProperty() { return timeLimit; }
    public BooleanProperty onRightProperty() { return onRight; }
    public BooleanProperty withScenarioProperty() { return withScenario; }
    public ObservableList<SweepRow> rows() { return rows; }
    public ObservableList<String> suggestions() { return suggestions; }
    public ReadOnlyObjectProperty<SweepResult> resultProperty() { return result.getReadOnlyProperty(); }
    public ReadOnlyDoubleProperty progressProperty() { return progress.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty runningProperty() { return running.getReadOnlyProperty(); }
    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }
}
