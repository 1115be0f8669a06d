package dev.sse.views.graph.interact;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sse.model.network.Allocation;
import dev.sse.model.network.Chain;
import dev.sse.model.network.ChainKind;
import dev.sse.model.network.Network;
import dev.sse.model.network.Validator;
import dev.sse.model.network.graph.NetworkGraph;
import dev.sse.model.network.graph.NodeRef;
import dev.sse.views.graph.Camera;
import dev.sse.views.graph.EdgeItem;
import dev.sse.views.graph.GraphFrame;
import dev.sse.views.graph.layout.Position;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Picking an allocation edge by geometry: the nearest segment within six screen pixels, never a secured-by edge. */
class EdgePickerTest {

    /** v at (0, 0) allocates to hub at (100, 0); consumer c at (100, 100) is secured by hub. */
    private static GraphFrame frame() {
        Network n = Network.builder().name("pick").validator(new Validator("v", null, 1, null, null))
                .chain(Chain.builder("hub", ChainKind.PROVIDER).profitFromCorruption(1).attackThreshold(0.5).build())
                .chain(Chain.builder("c", ChainKind.CONSUMER).profitFromCorruption(1).attackThreshold(0.5)
                        .securedBy("hub").build())
                .allocation(Allocation.pooled("v", "hub")).build();
        return GraphFrame.of(NetworkGraph.of(n), Map.of(NodeRef.validator("v"), new Position(0, 0),
                NodeRef.chain("hub"), new Position(100, 0), NodeRef.chain("c"), new Position(100, 100)));
    }

    @Test
    void takesTheAllocationUnderThePointWithinSixScreenPixels() {
        Camera camera = new Camera();
        camera.frame(50, 0, 2, 200, 100); // scale 2, world (50, 0) at screen (100, 50)
        assertThat(EdgePicker.allocationAt(frame(), camera, 100, 55).map(EdgeItem::link))
                .hasValueSatisfying(l -> assertThat(l.source()).isEqualTo(NodeRef.validator("v")));
        assertThat(EdgePicker.allocationAt(frame(), camera, 100, 57)).isEmpty();
        // beyond the validator's end of the segment
        assertThat(EdgePicker.allocationAt(frame(), camera, -8, 50)).isEmpty();
        // on the secured-by edge hub–c (screen x = 200): not an allocation
        assertThat(EdgePicker.allocationAt(frame(), camera, 200, 150)).isEmpty();
    }

    /** The hover tips' hit test for secured-by links is the same one (it was a copy in HoverTips). */
    @Test
    void takesTheSecuredByLinkOfTheKindAskedFor() {
        Camera camera = new Camera();
        camera.frame(50, 0, 2, 200, 100);
        assertThat(EdgePicker.nearest(frame(), camera, 203, 150, dev.sse.model.network.graph.Link.Kind.SECURED_BY)
                .map(EdgeItem::link)).hasValueSatisfying(l -> assertThat(l.kind())
                        .isEqualTo(dev.sse.model.network.graph.Link.Kind.SECURED_BY));
        assertThat(EdgePicker.nearest(frame(), camera, 210, 150, dev.sse.model.network.graph.Link.Kind.SECURED_BY))
                .isEmpty();
    }

    @Test
    void distanceToASegmentIsToItsNearestPoint() {
        assertThat(EdgePicker.distance(5, 3, 0, 0, 10, 0)).isEqualTo(3);
        assertThat(EdgePicker.distance(-3, 4, 0, 0, 10, 0)).isEqualTo(5);
        assertThat(EdgePicker.distance(1, 1, 0, 0, 0, 0)).isEqualTo(Math.sqrt(2));
    }
}
