package dev.sse.views.comparison;

import dev.sse.model.analysis.AnalysisOptions;
import dev.sse.model.compare.ChainDelta;
import dev.sse.model.compare.Comparison;
import dev.sse.model.compare.ComparisonTable;
import dev.sse.model.compare.Side;
import dev.sse.model.compare.SideRunner;
import dev.sse.model.network.Network;
import dev.sse.model.network.graph.NodeRef;
import dev.sse.model.simulation.Scenario;
import dev.sse.views.common.FxBridge;
import dev.sse.views.common.ViewText;
import dev.sse.views.graph.GraphFrame;
import dev.sse.views.graph.GraphViewModel;
import dev.sse.views.timeline.TimelineViewModel;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Two networks side by side (issue 9): both are analysed and run the same scenario through the engines off the
 * FX thread ({@link SideRunner}), the delta table is read from the results ({@link Comparison}), one timeline
 * drives both sides' playback in lockstep, and a selection on either graph is mirrored on the other (by id).
 */
public final class ComparisonViewModel {

    private final FxBridge bridge;
    private final SideViewModel left;
    private final SideViewModel right;
    private final TimelineViewModel lockstep = new TimelineViewModel();
    private final ReadOnlyObjectWrapper<ComparisonTable> table = new ReadOnlyObjectWrapper<>(this, "table");
    private final ObservableList<ChainDelta> rows = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Scenario> scenario = new ReadOnlyObjectWrapper<>(this, "scenario");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private AnalysisOptions options;
    private long generation;
    private boolean mirroring;

    public ComparisonViewModel(FxBridge bridge, AnalysisOptions options) {
        this.bridge = bridge;
        this.options = options;
        this.left = new SideViewModel(bridge);
        this.right = new SideViewModel(bridge);
        lockstep.positionProperty().addListener((o, was, now) -> follow(now.intValue()));
        mirror(left.graph(), right.graph());
        mirror(right.graph(), left.graph());
    }

    /** Compares two networks under a scenario (null: no faults); the results arrive on the FX thread. */
    public CompletableFuture<Void> compare(String leftLabel, Network l, String rightLabel, Network r, Scenario s) {
        long mine = ++generation;
        scenario.set(s);
        left.showNetwork(leftLabel, l);
        right.showNetwork(rightLabel, r);
        lockstep.load(null);
        table.set(null);
        rows.clear();
        busy.set(true);
        status.set(s == null || s.faults().isEmpty() ? ViewText.get("comparison.status.analysing")
                : ViewText.get("comparison.status.analysingScenario", s.name()));
        AnalysisOptions o = options;
        CompletableFuture<Side> lf = bridge.compute(() -> SideRunner.run(leftLabel, l, s, o));
        CompletableFuture<Side> rf = bridge.compute(() -> SideRunner.run(rightLabel, r, s, o));
        return lf.thenCombine(rf, List::of).handleAsync((sides, error) -> {
            if (mine != generation) {
                return null;
            }
            busy.set(false);
            if (error != null) {
                Throwable cause = error.getCause() != null ? error.getCause() : error;
                status.set(ViewText.get("comparison.status.failed", cause.getMessage()));
                left.failed(cause.getMessage());
                right.failed(cause.getMessage());
                return null;
            }
            show(sides.get(0), sides.get(1));
            return null;
        }, bridge.fx());
    }

    /** Runs another scenario on the sides shown. */
    public CompletableFuture<Void> runScenario(Scenario s) {
        Network l = left.networkProperty().get();
        Network r = right.networkProperty().get();
        if (l == null || r == null) {
            return CompletableFuture.completedFuture(null);
        }
        return compare(left.labelProperty().get(), l, right.labelProperty().get(), r, s);
    }

    private void show(Side l, Side r) {
        left.showResults(l);
        right.showResults(r);
        ComparisonTable t = Comparison.of(l, r);
        table.set(t);
        rows.setAll(t.chains());
        int steps = Math.max(len(l), len(r));
        lockstep.load(steps == 0 ? null : len(l) >= len(r) ? l.trace() : r.trace());
        status.set(steps == 0 ? ViewText.get("comparison.status.noFaults")
                : ViewText.get("comparison.status.scenario", scenario.get().name(), String.valueOf(len(l)),
                String.valueOf(len(r))));
    }

    private static int len(Side s) {
        return s.trace() == null ? 0 : s.trace().steps().size();
    }

    /** Both sides follow the lockstep position; a shorter trace stays at its end. */
    private void follow(int position) {
        for (SideViewModel side : List.of(left, right)) {
            side.timeline().seek(Math.min(position, side.timeline().lengthProperty().get()));
        }
    }

    /** Highlights these nodes on both graphs (those each side has), e.g. what a chart point is about. */
    public void highlight(Collection<NodeRef> nodes) {
        select(left.graph(), nodes);
        select(right.graph(), nodes);
    }

    private void mirror(GraphViewModel from, GraphViewModel to) {
        from.selectionChangesProperty().addListener((o, was, now) -> {
            if (!mirroring) {
                select(to, Set.copyOf(from.selection()));
            }
        });
    }

    private void select(GraphViewModel graph, Collection<NodeRef> nodes) {
        GraphFrame f = graph.frameProperty().get();
        Set<NodeRef> present = f == null ? Set.of() : nodes.stream().filter(f.positions()::containsKey)
                .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
        if (present.equals(graph.selection())) {
            return;
        }
        mirroring = true;
        try {
            graph.selectAll(present, false);
        } finally {
            mirroring = false;
        }
    }

    public void setOptions(AnalysisOptions next) {
        this.options = next;
    }

    public AnalysisOptions options() { return options; }
    public SideViewModel left() { return left; }
    public SideViewModel right() { return right; }
    public TimelineViewModel lockstep() { return lockstep; }
    public ObservableList<ChainDelta> rows() { return rows; }
    public ReadOnlyObjectProperty<ComparisonTable> tableProperty() { return table.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<Scenario> scenarioProperty() { return scenario.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }
}
