package dev.sse.views.graph.layout;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sse.model.network.Allocation;
import dev.sse.model.network.Chain;
import dev.sse.model.network.ChainKind;
import dev.sse.model.network.Network;
import dev.sse.model.network.Validator;
import dev.sse.model.network.graph.NetworkGraph;
import dev.sse.model.network.graph.NodeRef;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** The three layouts place every node, give the same picture for the same seed, and tiers keeps validators apart. */
class LayoutsTest {

    /** A hub securing three consumers, 400 validators whose stakes fall off steeply (a few large glyphs, many small). */
    private static Network network() {
        Network.Builder b = Network.builder().name("skewed")
                .chain(new Chain("hub", "Hub", ChainKind.PROVIDER, null, 1, 2.0 / 3, null, null, null));
        for (int c = 0; c < 3; c++) {
            b.chain(new Chain("c" + c, null, ChainKind.CONSUMER, null, 1, 2.0 / 3, "hub", null, null));
        }
        for (int i = 0; i < 400; i++) {
            b.validator(new Validator("v" + i, null, 1_000_000.0 / (1 + i), null, null));
            b.allocation(new Allocation("v" + i, "hub", OptionalDouble.empty()));
        }
        return b.build();
    }

    @Test
    void everyLayoutPlacesEveryNodeAndRepeatsItselfForTheSameSeed() {
        NetworkGraph graph = NetworkGraph.of(network());
        for (LayoutStrategy layout : List.of(new TiersLayout(), new CircularLayout(), new ForceDirectedLayout())) {
            Map<NodeRef, Position> first = layout.layout(graph, 42);
            assertThat(first.keySet()).as(layout.getClass().getSimpleName()).isEqualTo(graph.graph().vertexSet());
            assertThat(layout.layout(NetworkGraph.of(network()), 42)).as(layout.getClass().getSimpleName()).isEqualTo(first);
        }
    }

    @Test
    void tiersDrawsNoValidatorOnAnother() {
        Network n = network();
        Map<NodeRef, Position> at = new TiersLayout().layout(NetworkGraph.of(n), 42);
        double max = n.validators().stream().mapToDouble(n::valueOf).max().orElseThrow();
        List<Validator> vs = n.validators();
        for (int i = 0; i < vs.size(); i++) {
            for (int j = i + 1; j < vs.size(); j++) {
                Position a = at.get(NodeRef.validator(vs.get(i).id()));
                Position b = at.get(NodeRef.validator(vs.get(j).id()));
                double room = GlyphSize.validatorRadius(n.valueOf(vs.get(i)), max) + GlyphSize.validatorRadius(n.valueOf(vs.get(j)), max);
                assertThat(Math.hypot(a.x() - b.x(), a.y() - b.y())).as("%s and %s", vs.get(i).id(), vs.get(j).id())
                        .isGreaterThanOrEqualTo(room);
            }
        }
        // the largest validator sits at the top of the first band, above the hub
        Position top = at.get(NodeRef.validator("v0"));
        assertThat(top.x()).isCloseTo(0, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(top.y()).isNegative();
    }
}
