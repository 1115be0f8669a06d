package dev.sse.views.overlay;

import dev.sse.model.network.ChainKind;
import dev.sse.model.network.graph.Link;
import dev.sse.model.network.graph.NodeRef;
import dev.sse.views.graph.EdgeItem;
import dev.sse.views.graph.GraphFrame;
import dev.sse.views.graph.NodeItem;
import dev.sse.views.graph.RiskState;
import dev.sse.views.graph.layout.Position;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which classes of nodes and edges the graph shows (issue 23): chains by kind, validators at all and by a stake value
 * threshold, nodes by risk state, allocations and securedBy edges. An edge shows only when both its ends do.
 * Immutable; {@link #apply} gives the frame the canvas draws, and the legend follows it.
 *
 * @param hiddenKinds        chain kinds not shown
 * @param validators         validators shown at all
 * @param hiddenStates       nodes in these states are not shown
 * @param minValidatorValue  validators whose stake value is below this are not shown (0: all)
 * @param allocations        allocation edges shown
 * @param securedBy          securedBy edges shown
 */
public record Visibility(Set<ChainKind> hiddenKinds, boolean validators, Set<RiskState> hiddenStates,
                         double minValidatorValue, boolean allocations, boolean securedBy) {

    /** Everything shown. */
    public static final Visibility ALL = new Visibility(Set.of(), true, Set.of(), 0, true, true);

    public Visibility {
        hiddenKinds = hiddenKinds.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(hiddenKinds));
        hiddenStates = hiddenStates.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(hiddenStates));
    }

    public boolean showsEverything() {
        return equals(ALL);
    }

    /** True when {@code node}, in {@code state} (may be null), is shown. */
    public boolean shows(NodeItem node, RiskState state) {
        if (state != null && hiddenStates.contains(state)) {
            return false;
        }
        if (node.isChain()) {
            return !hiddenKinds.contains(node.kind());
        }
        return validators && node.value() >= minValidatorValue;
    }

    /** The frame with only the shown nodes and the shown edges between them; positions of the shown nodes. */
    public GraphFrame apply(GraphFrame frame, Map<NodeRef, RiskState> states) {
        if (showsEverything()) {
            return frame;
        }
        List<NodeItem> nodes = frame.nodes().stream().filter(n -> shows(n, states.get(n.ref()))).toList();
        Set<NodeRef> shown = new java.util.HashSet<>();
        nodes.forEach(n -> shown.add(n.ref()));
        List<EdgeItem> edges = frame.edges().stream().filter(e -> shown.contains(e.link().source())
                && shown.contains(e.link().target())
                && (e.link().kind() == Link.Kind.ALLOCATION ? allocations : securedBy)).toList();
        Map<NodeRef, Position> positions = new HashMap<>();
        shown.forEach(ref -> {
            Position p = frame.positions().get(ref);
            if (p != null) {
                positions.put(ref, p);
            }
        });
        return new GraphFrame(frame.network(), nodes, edges, positions);
    }

    public Visibility withKind(ChainKind kind, boolean show) {
        return new Visibility(hidden(hiddenKinds, kind, show), validators, hiddenStates, minValidatorValue, allocations,
                securedBy);
    }

    public Visibility withState(RiskState state, boolean show) {
        return new Visibility(hiddenKinds, validators, hidden(hiddenStates, state, show), minValidatorValue, allocations,
                securedBy);
    }

    /** {@code hidden} without {@code item} when it is to show, with it otherwise. */
    private static <E> Set<E> hidden(Set<E> hidden, E item, boolean show) {
        Set<E> next = new HashSet<>(hidden);
        if (show) {
            next.remove(item);
        } else {
            next.add(item);
        }
        return next;
    }

    public Visibility withValidators(boolean show, double minValue) {
        return new Visibility(hiddenKinds, show, hiddenStates, Math.max(0, minValue), allocations, securedBy);
    }

    public Visibility withEdges(boolean showAllocations, boolean showSecuredBy) {
        return new Visibility(hiddenKinds, validators, hiddenStates, minValidatorValue, showAllocations, showSecuredBy);
    }
}
