package dev.sse.model.network.graph;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sse.model.network.Allocation;
import dev.sse.model.network.Chain;
import dev.sse.model.network.ChainKind;
import dev.sse.model.network.Network;
import dev.sse.model.network.Validator;
import org.junit.jupiter.api.Test;

class NetworkGraphTest {

    private final Network network = Network.builder().name("t")
            .validator(new Validator("v1", null, 10, null, null))
            .validator(new Validator("v2", null, 20, null, null))
            .chain(Chain.builder("hub", ChainKind.PROVIDER).profitFromCorruption(5).build())
            .chain(Chain.builder("c", ChainKind.CONSUMER).profitFromCorruption(1).securedBy("hub").build())
            .allocation(Allocation.pooled("v1", "hub"))
            .allocation(Allocation.of("v2", "hub", 5))
            .build();

    @Test
    void projectsChainsValidatorsAllocationsAndSecuredBy() {
        NetworkGraph g = NetworkGraph.of(network);
        assertThat(g.graph().vertexSet()).containsExactly(NodeRef.chain("hub"), NodeRef.chain("c"),
                NodeRef.validator("v1"), NodeRef.validator("v2"));
        assertThat(g.graph().edgeSet()).extracting(Link::kind, Link::value).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Link.Kind.ALLOCATION, 10.0),
                org.assertj.core.groups.Tuple.tuple(Link.Kind.ALLOCATION, 5.0),
                org.assertj.core.groups.Tuple.tuple(Link.Kind.SECURED_BY, 0.0));
        assertThat(g.neighbours(NodeRef.chain("hub"))).containsExactlyInAnyOrder(
                NodeRef.validator("v1"), NodeRef.validator("v2"), NodeRef.chain("c"));
    }

    @Test
    void linksAndNodesWithoutTheGraphAreTheGraphsOwnInOrder() {
        NetworkGraph g = NetworkGraph.of(network);
        assertThat(NetworkGraph.links(network)).containsExactlyElementsOf(g.graph().edgeSet());
        assertThat(NetworkGraph.nodes(network)).containsExactlyElementsOf(g.graph().vertexSet());
    }
}
