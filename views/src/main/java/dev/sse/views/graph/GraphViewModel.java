package dev.sse.views.graph;

import dev.sse.model.network.Network;
import dev.sse.model.network.graph.NetworkGraph;
import dev.sse.model.network.graph.NodeRef;
import dev.sse.views.common.FxBridge;
import dev.sse.views.graph.layout.LayoutStrategy;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * State of the graph view: the current frame (network + positions), whether a layout is running,
 * and the selection. Layouts run off the FX thread through {@link FxBridge}; the frame is replaced
 * on the FX thread, and a stale layout (an older request finishing late) is dropped.
 */
public final class GraphViewModel {

    private final FxBridge bridge;
    private final ReadOnlyObjectWrapper<GraphFrame> frame = new ReadOnlyObjectWrapper<>(this, "frame");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyObjectWrapper<NodeRef> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    private final ReadOnlyObjectWrapper<Map<NodeRef, RiskState>> states =
            new ReadOnlyObjectWrapper<>(this, "states", Map.of());
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private long requests;

    public GraphViewModel(FxBridge bridge) {
        this.bridge = bridge;
    }

    /** Lays out {@code network} with {@code strategy} and {@code seed} off the FX thread, then shows it. */
    public CompletableFuture<GraphFrame> show(Network network, LayoutStrategy strategy, long seed) {
        long request = ++requests;
        busy.set(true);
        return bridge.compute(() -> {
            NetworkGraph graph = NetworkGraph.of(network);
            return GraphFrame.of(graph, strategy.layout(graph, seed));
        }).whenComplete((result, error) -> {
            if (request != requests) {
                return;
            }
            busy.set(false);
            if (result != null) {
                selected.set(null);
                frame.set(result);
                summary.set(result.chainCount() + " chains · " + result.validatorCount() + " validators · "
                        + network.allocations().size() + " allocations");
            }
        });
    }

    /** Risk states to show, from the analysis or the simulation. */
    public void setStates(Map<NodeRef, RiskState> next) {
        states.set(Map.copyOf(next));
    }

    public ReadOnlyObjectProperty<Map<NodeRef, RiskState>> statesProperty() {
        return states.getReadOnlyProperty();
    }

    /**
     * Shows an edited version of the current network, keeping every node where it is (stake edits,
     * faults, playback). Falls back to a fresh layout when the set of nodes changed.
     */
    public CompletableFuture<GraphFrame> update(Network network, LayoutStrategy fallback, long seed) {
        GraphFrame current = frame.get();
        if (current == null) {
            return show(network, fallback, seed);
        }
        long request = ++requests;
        return bridge.compute(() -> {
            NetworkGraph graph = NetworkGraph.of(network);
            boolean sameNodes = graph.graph().vertexSet().equals(current.positions().keySet());
            return GraphFrame.of(graph, sameNodes ? current.positions() : fallback.layout(graph, seed));
        }).whenComplete((result, error) -> {
            if (request == requests && result != null) {
                busy.set(false);
                frame.set(result);
            }
        });
    }

    /** Receives stake drags from the canvas: a preview while dragging, one commit on release. */
    public interface StakeEditor {
        void preview(String validatorId, double factor);

        void commit(String validatorId, double factor);

        void cancel();
    }

    private StakeEditor stakeEditor;

    public void setStakeEditor(StakeEditor editor) {
        this.stakeEditor = editor;
    }

    public java.util.Optional<StakeEditor> stakeEditor() {
        return java.util.Optional.ofNullable(stakeEditor);
    }

    public void select(NodeRef node) {
        selected.set(node);
    }

    public ReadOnlyObjectProperty<GraphFrame> frameProperty() {
        return frame.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<NodeRef> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }
}
