package dev.sse.views.graph.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sse.model.network.Allocation;
import dev.sse.model.network.Chain;
import dev.sse.model.network.ChainKind;
import dev.sse.model.network.Network;
import dev.sse.model.network.Validator;
import dev.sse.model.network.graph.NetworkGraph;
import dev.sse.views.graph.Camera;
import dev.sse.views.graph.GraphFrame;
import dev.sse.views.graph.layout.TiersLayout;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Fit never zooms a tiny network in beyond {@link 2.0} (it chose 785 % for two chains). */
class FramingTest {

    private static GraphFrame frame(Network net) {
        NetworkGraph g = NetworkGraph.of(net);
        return GraphFrame.of(g, new TiersLayout().layout(g, 42));
    }

    private static Network twoChains() {
        return Network.builder().name("tiny")
                .validator(new Validator("v", null, 100, null, null))
                .chain(Chain.builder("hub", ChainKind.PROVIDER).profitFromCorruption(10).attackThreshold(2.0 / 3).build())
                .chain(Chain.builder("c", ChainKind.CONSUMER).profitFromCorruption(10).attackThreshold(2.0 / 3)
                        .securedBy("hub").build())
                .allocation(Allocation.pooled("v", "hub")).build();
    }

    @Test
    void fittingATinyNetworkStopsAtTwoHundredPercent() {
        Camera camera = new Camera();
        new Framing(camera).fit(frame(twoChains()), List.of(), 1400, 900, 0, 1);
        assertThat(camera.scale()).isEqualTo(Framing.MAX_FIT_SCALE);
    }

    @Test
    void theCappedFitKeepsTheNodesCentred() {
        GraphFrame f = frame(twoChains());
        Camera camera = new Camera();
        new Framing(camera).fit(f, List.of(), 1400, 900, 200, 1);
        double minX = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        for (var p : f.positions().values()) {
            minX = Math.min(minX, camera.toScreenX(p));
            maxX = Math.max(maxX, camera.toScreenX(p));
        }
        // the nodes sit in the middle of the part of the view the legend leaves free (200..1400)
        assertThat((minX + maxX) / 2).isCloseTo(800, org.assertj.core.data.Offset.offset(60.0));
    }

    @Test
    void aTourStepOnATinyNetworkIsCappedToo() {
        GraphFrame f = frame(twoChains());
        Camera camera = new Camera();
        new Framing(camera).fit(f, List.of(f.nodes().get(0).ref()), 1400, 900, 0, 1);
        assertThat(camera.scale()).isLessThanOrEqualTo(Framing.MAX_FIT_SCALE);
    }
}
