package dev.sse.views.graph;

import dev.sse.model.network.Network;
import dev.sse.model.network.graph.NetworkGraph;
import dev.sse.model.network.graph.NodeRef;
import dev.sse.views.common.FxBridge;
import dev.sse.views.graph.layout.LayoutStrategy;
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
