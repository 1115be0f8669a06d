package dev.sse.model.network.graph;

import dev.sse.model.network.Allocation;
import dev.sse.model.network.Chain;
import dev.sse.model.network.Network;
import dev.sse.model.network.Validator;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.Graphs;
import org.jgrapht.graph.AsUnmodifiableGraph;
import org.jgrapht.graph.DirectedMultigraph;
import org.jgrapht.graph.MaskSubgraph;

/**
 * The jgrapht projection of a {@link Network}: chains and validators as vertices, allocations
 * (validator → chain) and {@code securedBy} (consumer → provider) as directed edges.
 *
 * <p>Vertices and edges are inserted in file order (chains, then validators; allocations, then
 * securedBy), so iteration and anything seeded from it are deterministic. Building is O(V + E).
 */
public final class NetworkGraph {

    private final Network network;
    private final Graph<NodeRef, Link> graph;

    private NetworkGraph(Network network, Graph<NodeRef, Link> graph) {
        this.network = network;
        this.graph = graph;
    }

    /** Projects a network into an unmodifiable directed multigraph. */
    public static NetworkGraph of(Network network) {
        Graph<NodeRef, Link> g = new DirectedMultigraph<>(null, null, true);
        for (Chain c : network.chains()) {
            g.addVertex(NodeRef.chain(c.id()));
        }
        for (Validator v : network.validators()) {
            g.addVertex(NodeRef.validator(v.id()));
        }
        for (Allocation a : network.allocations()) {
            NodeRef from = NodeRef.validator(a.validator());
            NodeRef to = NodeRef.chain(a.chain());
            if (g.containsVertex(from) && g.containsVertex(to)) {
                g.addEdge(from, to, new Link(Link.Kind.ALLOCATION, from, to, network.valueOf(a)));
            }
        }
        for (Chain c : network.chains()) {
            if (c.securedBy() != null && g.containsVertex(NodeRef.chain(c.securedBy()))) {
                NodeRef from = NodeRef.chain(c.id());
                NodeRef to = NodeRef.chain(c.securedBy());
                g.addEdge(from, to, new Link(Link.Kind.SECURED_BY, from, to, 0));
            }
        }
        return new NetworkGraph(network, new AsUnmodifiableGraph<>(g));
    }

    public Network network() {
        return network;
    }

    /** The read-only graph. */
    public Graph<NodeRef, Link> graph() {
        return graph;
    }

    /**
     * "What if these validators were gone": an O(1) masked view that hides the given validators and
     * their edges, without copying the graph (jgrapht {@link MaskSubgraph}).
     */
    public Graph<NodeRef, Link> without(Set<String> validatorIds) {
        return new MaskSubgraph<>(graph,
                v -> !v.isChain() && validatorIds.contains(v.id()),
                e -> !e.source().isChain() && validatorIds.contains(e.source().id()));
    }

    /** Neighbours in either direction: what a node secures and what secures it. */
    public java.util.List<NodeRef> neighbours(NodeRef node) {
        return Graphs.neighborListOf(graph, node);
    }
}
