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
                .chain(Chain.builder("hub", ChainKind.PROVIDER).name("Hub").profitFromCorruption(1).build());
        for (int c = 0; c < 3; c++) {
            b.chain(Chain.builder("c" + c, ChainKind.CONSUMER).profitFromCorruption(1).securedBy("hub").build());
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

    /** An L1 and eight AVSs it secures; 120 operators restaking into most AVSs, 40 into one (eigenlayer-pooled's shape). */
    private static Network restaking() {
        Network.Builder b = Network.builder().name("restaking")
                .chain(Chain.builder("eth", ChainKind.L1).name("Ethereum").profitFromCorruption(1).build());
        for (int a = 0; a < 8; a++) {
            b.chain(Chain.builder("avs" + a, ChainKind.AVS).profitFromCorruption(1).attackThreshold(0.5)
                    .securedBy("eth").build());
        }
        for (int i = 0; i < 160; i++) {
            b.validator(new Validator("op" + i, null, 1 + i % 7, null, null));
            for (int a = 0; a < 8; a++) {
                if (i < 120 ? (i + a) % 5 != 0 : a == i % 8) {
                    b.allocation(new Allocation("op" + i, "avs" + a, OptionalDouble.empty()));
                }
            }
        }
        return b.build();
    }

    @Test
    void forceDirectedKeepsRoomForEachChainsLabelAndTheHubInTheMiddle() {
        Network n = restaking();
        Map<NodeRef, Position> at = new ForceDirectedLayout().layout(NetworkGraph.of(n), 42);
        List<dev.sse.model.network.Chain> chains = n.chains();
        for (int i = 0; i < chains.size(); i++) {
            for (int j = i + 1; j < chains.size(); j++) {
                Position a = at.get(NodeRef.chain(chains.get(i).id()));
                Position b = at.get(NodeRef.chain(chains.get(j).id()));
                // each chain keeps its radius plus at least Spread.CHAIN_ROOM for its label
                double room = GlyphSize.chainRadius(chains.get(i).kind()) + GlyphSize.chainRadius(chains.get(j).kind())
                        + 2 * Spread.CHAIN_ROOM;
                assertThat(Math.hypot(a.x() - b.x(), a.y() - b.y())).as("%s and %s", chains.get(i).id(), chains.get(j).id())
                        .isGreaterThanOrEqualTo(room - 1e-6);
            }
        }
        // the L1 stays nearer the middle of the picture than most nodes
        double cx = at.values().stream().mapToDouble(Position::x).average().orElseThrow();
        double cy = at.values().stream().mapToDouble(Position::y).average().orElseThrow();
        Position hub = at.get(NodeRef.chain("eth"));
        double hubDistance = Math.hypot(hub.x() - cx, hub.y() - cy);
        long farther = at.values().stream().filter(p -> Math.hypot(p.x() - cx, p.y() - cy) > hubDistance).count();
        assertThat(farther).isGreaterThan(at.size() * 8 / 10);
    }

    @Test
    void spreadingEvensOutTheDistancesFromTheCentreKeepingTheirOrderAndDirections() {
        Map<NodeRef, Position> packed = new java.util.LinkedHashMap<>();
        for (int i = 0; i < 100; i++) {
            double r = i < 90 ? i * 0.01 : 1000 + i; // a tight core of 90 and ten far outliers
            packed.put(NodeRef.validator("v" + i), new Position(r * Math.cos(i), r * Math.sin(i)));
        }
        double cx = packed.values().stream().mapToDouble(Position::x).average().orElseThrow();
        double cy = packed.values().stream().mapToDouble(Position::y).average().orElseThrow();
        Map<NodeRef, Position> even = Spread.equalize(packed, 100);
        List<NodeRef> byInput = packed.keySet().stream()
                .sorted(java.util.Comparator.comparingDouble(v -> Math.hypot(packed.get(v).x() - cx, packed.get(v).y() - cy))).toList();
        for (int k = 0; k < byInput.size(); k++) {
            Position in = packed.get(byInput.get(k));
            Position out = even.get(byInput.get(k));
            // the k-th nearest of n at R·√((k+½)/n), in the direction it had
            assertThat(Math.hypot(out.x(), out.y())).isCloseTo(100 * Math.sqrt((k + 0.5) / 100), org.assertj.core.api.Assertions.within(1e-9));
            assertThat(Math.atan2(out.y(), out.x())).isCloseTo(Math.atan2(in.y() - cy, in.x() - cx), org.assertj.core.api.Assertions.within(1e-9));
        }
    }

    @Test
    void circularDrawsNoGlyphOnAnotherAndSpreadsTheChains() {
        Network n = network();
        Map<NodeRef, Position> at = new CircularLayout().layout(NetworkGraph.of(n), 42);
        double max = n.validators().stream().mapToDouble(n::valueOf).max().orElseThrow();
        Map<NodeRef, Double> radius = new java.util.HashMap<>();
        n.validators().forEach(v -> radius.put(NodeRef.validator(v.id()), GlyphSize.validatorRadius(n.valueOf(v), max)));
        n.chains().forEach(c -> radius.put(NodeRef.chain(c.id()), GlyphSize.chainRadius(c.kind()) + Spread.CHAIN_ROOM));
        List<NodeRef> all = List.copyOf(at.keySet());
        for (int i = 0; i < all.size(); i++) {
            for (int j = i + 1; j < all.size(); j++) {
                Position a = at.get(all.get(i));
                Position b = at.get(all.get(j));
                assertThat(Math.hypot(a.x() - b.x(), a.y() - b.y())).as("%s and %s", all.get(i), all.get(j))
                        .isGreaterThanOrEqualTo(radius.get(all.get(i)) + radius.get(all.get(j)) - 1e-6);
            }
        }
        // four chains a quarter of the way round from one another: about 404 / 4 nodes apart
        assertThat(CircularLayout.order(n).indexOf(NodeRef.chain("c0"))).isBetween(95, 105);
    }
}
