package dev.sse.model.network.graph;

import dev.sse.model.network.Allocation;
import dev.sse.model.network.Chain;
import dev.sse.model.network.Network;
import dev.sse.model.network.Validator;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.Graphs;
import org.jgrapht.graph.AsUnmodifiableGraph;
import org.jgrapht.graph.DirectedMultigraph;

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
        for (NodeRef v : nodes(network)) {
            g.addVertex(v);
        }
        for (Link l : links(network)) {
            g.addEdge(l.source(), l.target(), l);
        }
        return new NetworkGraph(network, new AsUnmodifiableGraph<>(g));
    }

    /** The graph's vertices in order: every chain, then every validator, as in the file. */
    public static List<NodeRef> nodes(Network network) {
        List<NodeRef> out = new ArrayList<>(network.chains().size() + network.validators().size());
        for (Chain c : network.chains()) {
            out.add(NodeRef.chain(c.id()));
        }
        for (Validator v : network.validators()) {
            out.add(NodeRef.validator(v.id()));
        }
        return out;
    }

    /**
     * The graph's edges in order, without building the graph (a playback step re-draws the same nodes
     * with new amounts): each allocation between known nodes, weighted by its value, then each securedBy.
     */
    public static List<Link> links(Network network) {
        Set<String> chains = new HashSet<>();
        network.chains().forEach(c -> chains.add(c.id()));
        Set<String> validators = new HashSet<>();
        network.validators().forEach(v -> validators.add(v.id()));
        // a set, as the graph's edge set: an identical link twice is one edge
        Set<Link> out = new LinkedHashSet<>();
        for (Allocation a : network.allocations()) {
            if (validators.contains(a.validator()) && chains.contains(a.chain())) {
                NodeRef from = NodeRef.validator(a.validator());
                NodeRef to = NodeRef.chain(a.chain());
                out.add(new Link(Link.Kind.ALLOCATION, from, to, network.valueOf(a)));
            }
        }
        for (Chain c : network.chains()) {
            if (c.securedBy() != null && chains.contains(c.securedBy())) {
                NodeRef from = NodeRef.chain(c.id());
                NodeRef to = NodeRef.chain(c.securedBy());
                out.add(new Link(Link.Kind.SECURED_BY, from, to, 0));
            }
        }
        return new ArrayList<>(out);
    }

    public Network network() {
        return network;
    }

    /** The read-only graph. */
    public Graph<NodeRef, Link> graph() {
        return graph;
    }

    /** Neighbours in either direction: what a node secures and what secures it. */
    public java.util.List<NodeRef> neighbours(NodeRef node) {
        return Graphs.neighborListOf(graph, node);
    }
}
