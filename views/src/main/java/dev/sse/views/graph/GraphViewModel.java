package dev.sse.views.graph;

import dev.sse.model.network.Network;
import dev.sse.model.network.graph.NetworkGraph;
import dev.sse.model.network.graph.NodeRef;
import dev.sse.views.common.FxBridge;
import dev.sse.views.common.ViewText;
import dev.sse.views.graph.layout.LayoutStrategy;
import dev.sse.views.graph.layout.Position;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableSet;

/**
 * State of the graph view: the current frame (network + positions), whether a layout is running,
 * and the selection. Layouts run off the FX thread through {@link FxBridge}; the frame is replaced
 * on the FX thread, and a stale layout (an older request finishing late) is dropped.
 */
public final class GraphViewModel {

    private final FxBridge bridge;
    private final ReadOnlyObjectWrapper<GraphFrame> frame = new ReadOnlyObjectWrapper<>(this, "frame");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyObjectWrapper<Map<NodeRef, RiskState>> states =
            new ReadOnlyObjectWrapper<>(this, "states", Map.of());
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    /** Selected nodes, the primary one and its neighbours ({@link GraphSelection}). */
    private final GraphSelection selecting = new GraphSelection(frame::get);
    private long requests;

    public GraphViewModel(FxBridge bridge) {
        this.bridge = bridge;
    }

    /** Lays out {@code network} with {@code strategy} and {@code seed} off the FX thread, then shows it. */
    public CompletableFuture<GraphFrame> show(Network network, LayoutStrategy strategy, long seed) {
        long request = ++requests;
        busy.set(true);
        lastStrategy = strategy;
        lastSeed = seed;
        CompletableFuture<GraphFrame> laidOut = bridge.compute(() -> {
            NetworkGraph graph = NetworkGraph.of(network);
            return GraphFrame.of(graph, strategy.layout(graph, seed));
        });
        CompletableFuture<GraphFrame> shown = laidOut.handle((result, error) -> {
            if (error != null) {
                if (request == requests) {
                    busy.set(false);
                }
                throw error instanceof java.util.concurrent.CompletionException c ? c : new java.util.concurrent.CompletionException(error);
            }
            if (request != requests) {
                return result;
            }
            busy.set(false);
            // a layout switch (the same nodes) keeps the pinned nodes where they were dropped; another network drops pins
            GraphFrame pinned = pins.onNewLayout(frame.get(), result);
            frame.set(pinned);
            selecting.keep(pinned);
            summary.set(ViewText.get("graph.summary", result.chainCount(),
                    result.validatorCount(), network.allocations().size()));
            return pinned;
        });
        pending = new Pending(request, network, shown);
        return shown;
    }

    /** The layout last asked for: an update whose nodes changed lays out with it, never piles nodes on one spot. */
    private LayoutStrategy lastStrategy;
    private long lastSeed;
    /** The newest frame being built ({@link #show} or {@link #update}): an update of the same network waits for it. */
    private Pending pending;

    private record Pending(long request, Network network, CompletableFuture<GraphFrame> frame) {
    }

    private final ReadOnlyObjectWrapper<Set<NodeRef>> pulsing = new ReadOnlyObjectWrapper<>(this, "pulsing", Set.of());

    /** Nodes whose edges carry the risk right now (the current step's attackers, slashed validators): pulses travel there. */
    public void setPulsing(Set<NodeRef> nodes) {
        pulsing.set(Set.copyOf(nodes));
    }

    public ReadOnlyObjectProperty<Set<NodeRef>> pulsingProperty() {
        return pulsing.getReadOnlyProperty();
    }

    private final ReadOnlyObjectWrapper<Map<NodeRef, String>> notes = new ReadOnlyObjectWrapper<>(this, "notes", Map.of());

    /** Node notes to show beside their nodes (the network's annotations, resolved by the app). */
    public void setNotes(Map<NodeRef, String> next) {
        notes.set(Map.copyOf(next));
    }

    public ReadOnlyObjectProperty<Map<NodeRef, String>> notesProperty() {
        return notes.getReadOnlyProperty();
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
        Pending laying = pending;
        if (laying != null && laying.request() == requests && laying.network() == network) {
            // the network is being laid out right now (a document just opened): that layout is its frame
            return laying.frame();
        }
        LayoutStrategy strategy = fallback != null ? fallback : lastStrategy;
        long withSeed = fallback != null ? seed : lastSeed;
        GraphFrame current = frame.get();
        if (current == null) {
            return strategy == null ? CompletableFuture.completedFuture(null) : show(network, strategy, withSeed);
        }
        if (current.network().equals(network)) {
            return CompletableFuture.completedFuture(current);
        }
        long request = ++requests;
        CompletableFuture<GraphFrame> updated = bridge.compute(() -> {
            java.util.List<NodeRef> nodes = NetworkGraph.nodes(network);
            if (nodes.size() == current.positions().size() && current.positions().keySet().containsAll(nodes)) {
                // the same nodes (an edit, a playback step): keep every position, no graph to build
                return GraphFrame.of(network, NetworkGraph.links(network), current.positions());
            }
            NetworkGraph graph = NetworkGraph.of(network);
            if (strategy == null || current.positions().keySet().containsAll(graph.graph().vertexSet())) {
                // nodes removed only (or nothing to lay out with): the rest stay where they are
                Map<NodeRef, Position> kept = new HashMap<>(current.positions());
                kept.keySet().retainAll(graph.graph().vertexSet());
                graph.graph().vertexSet().forEach(v -> kept.putIfAbsent(v, new Position(0, 0)));
                return GraphFrame.of(graph, kept);
            }
            // other nodes (another network, or nodes added): a fresh layout, never a pile at the origin
            return GraphFrame.of(graph, strategy.layout(graph, withSeed));
        }).thenApply(laid -> {
            if (request != requests) {
                return laid; // superseded: neither shown nor allowed to drop pins
            }
            // nodes added or removed: the pinned nodes that remain stay where they were dropped
            GraphFrame result = laid.positions().keySet().equals(current.positions().keySet()) ? laid : pins.keep(laid);
            busy.set(false);
            frame.set(result);
            if (!result.positions().keySet().equals(current.positions().keySet())) {
                selecting.keep(result);
            }
            return result;
        });
        pending = new Pending(request, network, updated);
        return updated;
    }

    /**
     * Shows what the window shows ({@link Shown}): its network (positions kept, as {@link #update}), then its risk
     * states and pulses, applied together once that network's frame is on screen, so the canvas changes once per
     * step; notes at once. A value superseded before its frame is built applies nothing: the newer one will.
     */
    public CompletableFuture<GraphFrame> display(Shown shown, LayoutStrategy fallback, long seed) {
        setNotes(shown.notes());
        return update(shown.network(), fallback, seed).whenComplete((built, error) -> {
            if (error != null || built == null || frame.get() == built) {
                setPulsing(shown.pulses());
                setStates(shown.states());
            }
        });
    }

    /** Receives stake drags from the canvas: a preview while dragging, one commit on release. */
    public interface StakeEditor {
        void preview(String validatorId, double factor);

        void commit(String validatorId, double factor);

        void cancel();

        /** A validator was dropped onto a chain: it starts securing it (one undoable edit). */
        void allocate(String validatorId, String chainId);

        /** An allocation edge is being dragged: show the network with that allocation's amount × factor. */
        void previewAllocation(String validatorId, String chainId, double factor);

        /** The allocation drag was released: one undoable edit scaling that allocation's amount. */
        void commitAllocation(String validatorId, String chainId, double factor);
    }

    private StakeEditor stakeEditor;

    public void setStakeEditor(StakeEditor editor) {
        this.stakeEditor = editor;
    }

    public Optional<StakeEditor> stakeEditor() {
        return Optional.ofNullable(stakeEditor);
    }

    /** Selects one node (or none), replacing the selection. */
    public void select(NodeRef node) {
        selecting.select(node);
    }

    /** Shift-click: adds or removes a node from the selection. */
    public void toggle(NodeRef node) {
        selecting.toggle(node);
    }

    /** Marquee: selects these nodes (added to the selection when {@code add}). */
    public void selectAll(Collection<NodeRef> nodes, boolean add) {
        selecting.selectAll(nodes, add);
    }

    /**
     * Search by id or name, case-insensitive: an exact id or name first, then the first node (in file
     * order) whose id or name contains the query.
     */
    public Optional<NodeRef> find(String query) {
        return selecting.find(query);
    }

    /** Keyboard traversal: the node {@code delta} steps from the selection, in file order (chains, then validators). */
    public void selectNext(int delta) {
        selecting.selectNext(delta);
    }

    /** Pinned nodes: where plain drags dropped them ({@link Pins}). */
    private final Pins pins = new Pins();

    private NodeMoves nodeMoves;

    public void setNodeMoves(NodeMoves moves) {
        this.nodeMoves = moves;
    }

    /** A plain drag ended at {@code to}: through {@link NodeMoves} when set (one undoable command), else pinned now. */
    public void dropped(NodeRef node, Position to) {
        GraphFrame f = frame.get();
        Position from = f == null ? null : f.positions().get(node);
        if (from == null) {
            return;
        }
        if (nodeMoves != null) {
            nodeMoves.moved(node, from, to, pins.has(node));
        } else {
            pin(node, to);
        }
    }

    /** Pins {@code node} at {@code at}: it stays there through edits, playback and layout switches. */
    public void pin(NodeRef node, Position at) {
        pins.put(node, at);
        place(node, at);
    }

    /** Unpins {@code node} and puts it back at {@code at} (undoing its first drag). */
    public void unpin(NodeRef node, Position at) {
        pins.remove(node);
        place(node, at);
    }

    /** The pinned nodes and their places. */
    public Map<NodeRef, Position> pins() {
        return pins.all();
    }

    private void place(NodeRef node, Position at) {
        GraphFrame f = frame.get();
        if (f != null && f.positions().containsKey(node)) {
            Map<NodeRef, Position> next = new HashMap<>(f.positions());
            next.put(node, at);
            frame.set(new GraphFrame(f.network(), f.nodes(), f.edges(), next));
        }
    }

    public ObservableSet<NodeRef> selection() {
        return selecting.selection();
    }

    public ObservableSet<NodeRef> neighbours() {
        return selecting.neighbours();
    }

    /** Changes once each time the selection (and with it the neighbours) has finished changing: listen here, not to the sets. */
    public javafx.beans.property.ReadOnlyLongProperty selectionChangesProperty() {
        return selecting.changesProperty();
    }

    public ReadOnlyObjectProperty<GraphFrame> frameProperty() {
        return frame.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<NodeRef> selectedProperty() {
        return selecting.selectedProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }
}
