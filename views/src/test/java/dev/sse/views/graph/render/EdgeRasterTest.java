package dev.sse.views.graph.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sse.model.network.graph.Link;
import dev.sse.model.network.graph.NodeRef;
import dev.sse.views.graph.EdgeItem;
import dev.sse.views.graph.layout.Position;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The off-thread edge picture: deterministic, and redrawn only when the pixels would change. */
class EdgeRasterTest {

    private static final NodeRef HUB = NodeRef.chain("hub");
    private static final Map<NodeRef, Position> POSITIONS = Map.of(HUB, new Position(0, 0),
            NodeRef.validator("a"), new Position(100, 0), NodeRef.validator("b"), new Position(0, 100),
            NodeRef.validator("c"), new Position(-100, -50));

    private static EdgeItem alloc(String validator, double width) {
        return new EdgeItem(new Link(Link.Kind.ALLOCATION, NodeRef.validator(validator), HUB, width * 10), width);
    }

    private static EdgeRaster.Job job(List<EdgeItem> allocations, double scale) {
        return new EdgeRaster.Job(allocations, List.of(), POSITIONS, Set.of(), scale, 150, 120, 300, 240, 1,
                0.55, EdgeLayer.EDGE_BUDGET, new int[] {0xff6b7a8f, 0xff0072b2, 0xffd55e00});
    }

    @Test
    void theSameJobGivesTheSamePixels() {
        List<EdgeItem> edges = List.of(alloc("a", 2), alloc("b", 1), alloc("c", 0.5));
        int[] first = EdgeRaster.draw(job(edges, 1)).pixels();
        int[] second = EdgeRaster.draw(job(edges, 1)).pixels();
        assertThat(second).isEqualTo(first);
        assertThat(java.util.Arrays.stream(first).filter(p -> p != 0).count()).as("pixels drawn").isGreaterThan(100);
    }

    @Test
    void edgesAllAtTheThinnestWidthMakeTheSamePictureWhateverTheirStakeOrOrder() {
        // at scale 0.01 the thinnest edge is 50 world units: every width below it draws identically
        List<EdgeItem> before = List.of(alloc("a", 2), alloc("b", 1), alloc("c", 0.5));
        List<EdgeItem> after = new ArrayList<>(List.of(alloc("a", 1.5), alloc("b", 2.2), alloc("c", 0.4)));
        Collections.reverse(after);
        assertThat(job(after, 0.01).samePicture(job(before, 0.01))).isTrue();
        assertThat(EdgeRaster.draw(job(after, 0.01)).pixels()).isEqualTo(EdgeRaster.draw(job(before, 0.01)).pixels());
    }

    @Test
    void aVisibleWidthChangeOrAMovedCameraNeedsANewPicture() {
        List<EdgeItem> before = List.of(alloc("a", 2), alloc("b", 1));
        assertThat(job(List.of(alloc("a", 2), alloc("b", 1.5)), 1).samePicture(job(before, 1))).isFalse();
        assertThat(job(before, 1.1).samePicture(job(before, 1))).isFalse();
        assertThat(job(List.of(alloc("a", 2)), 1).samePicture(job(before, 1))).isFalse();
        assertThat(job(before, 1).samePicture(null)).isFalse();
    }
}
