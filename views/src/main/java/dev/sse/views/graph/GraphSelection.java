package dev.sse.views.graph;

import dev.sse.model.network.graph.NodeRef;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;

/**
 * The graph view's selection: the selected nodes, the primary one, its neighbours, search and keyboard traversal,
 * all over the frame {@link GraphViewModel} shows now. Split out of {@link GraphViewModel}, which delegates to it.
 */
final class GraphSelection {

    private final Supplier<GraphFrame> frame;
    private final ReadOnlyObjectWrapper<NodeRef> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    private final ObservableSet<NodeRef> selection = FXCollections.observableSet(new LinkedHashSet<>());
    private final ObservableSet<NodeRef> neighbours = FXCollections.observableSet(new HashSet<>());
    /**
     * Counts finished selection changes. The sets report each element added or removed, so selecting a service
     * with 1,134 neighbours on stress fired 1,134 changes, and a view that restyled on each spent 136–184 ms
     * restyling 2,050 glyphs over and over; this changes once per select, toggle or marquee.
     */
    private final ReadOnlyLongWrapper changes = new ReadOnlyLongWrapper(this, "selectionChanges");

    GraphSelection(Supplier<GraphFrame> frame) {
        this.frame = frame;
    }

    /**
     * After a new frame: the selection keeps the nodes the frame still has (a layout switch keeps it whole, so the
     * halo and the inspector agree), the primary selection moves to the first kept node when its own is gone.
     */
    void keep(GraphFrame shown) {
        Set<NodeRef> nodes = shown.positions().keySet();
        if (!nodes.containsAll(selection)) {
            selection.retainAll(nodes);
        }
        NodeRef primary = selected.get();
        if (primary != null && !selection.contains(primary)) {
            selected.set(selection.isEmpty() ? null : selection.iterator().next());
        }
        updateNeighbours();
    }

    void select(NodeRef node) {
        selection.clear();
        if (node != null) {
            selection.add(node);
        }
        selected.set(node);
        updateNeighbours();
    }

    void toggle(NodeRef node) {
        if (!selection.remove(node)) {
            selection.add(node);
            selected.set(node);
        } else if (node.equals(selected.get())) {
            selected.set(selection.isEmpty() ? null : selection.iterator().next());
        }
        updateNeighbours();
    }

    void selectAll(Collection<NodeRef> nodes, boolean add) {
        if (!add) {
            selection.clear();
        }
        selection.addAll(nodes);
        selected.set(selection.isEmpty() ? null : selection.iterator().next());
        updateNeighbours();
    }

    /** What the primary selection secures and what secures it (its neighbours in the graph). */
    private void updateNeighbours() {
        GraphFrame f = frame.get();
        NodeRef primary = selected.get();
        Set<NodeRef> next = new HashSet<>();
        if (f != null && primary != null) {
            for (EdgeItem e : f.edges()) {
                if (e.link().source().equals(primary)) {
                    next.add(e.link().target());
                } else if (e.link().target().equals(primary)) {
                    next.add(e.link().source());
                }
            }
        }
        neighbours.clear();
        neighbours.addAll(next);
        changes.set(changes.get() + 1);
    }

    Optional<NodeRef> find(String query) {
        GraphFrame f = frame.get();
        if (f == null || query == null || query.isBlank()) {
            return Optional.empty();
        }
        String q = query.strip().toLowerCase(Locale.ROOT);
        Predicate<NodeItem> exact = n -> n.ref().id().toLowerCase(Locale.ROOT).equals(q)
                || n.label().toLowerCase(Locale.ROOT).equals(q);
        Predicate<NodeItem> partial = n -> n.ref().id().toLowerCase(Locale.ROOT).contains(q)
                || n.label().toLowerCase(Locale.ROOT).contains(q);
        return f.nodes().stream().filter(exact).findFirst().or(() -> f.nodes().stream().filter(partial).findFirst())
                .map(NodeItem::ref);
    }

    void selectNext(int delta) {
        GraphFrame f = frame.get();
        if (f == null || f.nodes().isEmpty()) {
            return;
        }
        int index = -1;
        for (int i = 0; i < f.nodes().size(); i++) {
            if (f.nodes().get(i).ref().equals(selected.get())) {
                index = i;
            }
        }
        int size = f.nodes().size();
        int next = index < 0 ? (delta > 0 ? 0 : size - 1) : Math.floorMod(index + delta, size);
        select(f.nodes().get(next).ref());
    }

    ObservableSet<NodeRef> selection() {
        return selection;
    }

    ObservableSet<NodeRef> neighbours() {
        return neighbours;
    }

    ReadOnlyLongProperty changesProperty() {
        return changes.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<NodeRef> selectedProperty() {
        return selected.getReadOnlyProperty();
    }
}
