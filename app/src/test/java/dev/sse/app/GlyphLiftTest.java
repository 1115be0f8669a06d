package dev.sse.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sse.model.network.Chain;
import dev.sse.model.network.ChainKind;
import dev.sse.model.network.Network;
import dev.sse.model.network.Validator;
import dev.sse.model.network.graph.NodeRef;
import dev.sse.views.graph.Camera;
import dev.sse.views.graph.GraphFrame;
import dev.sse.views.graph.layout.Position;
import dev.sse.views.graph.render.NodeLayer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Parent;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** A dragged glyph leaves the cached glyph layer while it moves and returns to its place in the drawing order with the next frame. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class GlyphLiftTest {

    private static GraphFrame frame(double hubX) {
        Network.Builder b = Network.builder().name("three")
                .chain(Chain.builder("hub", ChainKind.PROVIDER).name("Hub").profitFromCorruption(1)
                        .attackThreshold(0.5).build());
        Map<NodeRef, Position> at = new HashMap<>();
        at.put(NodeRef.chain("hub"), new Position(hubX, 0));
        for (int i = 0; i < 3; i++) {
            b.validator(new Validator("v" + i, null, 1, null, null));
            at.put(NodeRef.validator("v" + i), new Position(100 + i, 0));
        }
        return GraphFrame.of(b.build(), List.of(), at);
    }

    @Test
    void aDraggedGlyphIsLiftedThenPutBackInOrder() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            NodeLayer layer = new NodeLayer(new Camera());
            layer.setFrame(frame(0));
            var hub = layer.glyph(NodeRef.chain("hub"));
            Parent cached = hub.getParent();
            int index = cached.getChildrenUnmodifiable().indexOf(hub);
            assertThat(index).isZero();

            layer.lift(NodeRef.chain("hub"));
            layer.moveGlyph(NodeRef.chain("hub"), new Position(50, 50));
            assertThat(hub.getParent()).isNotSameAs(cached);
            assertThat(cached.getChildrenUnmodifiable()).doesNotContain(hub).hasSize(3);
            layer.lift(NodeRef.chain("hub")); // every move lifts: only the first does anything
            assertThat(cached.getChildrenUnmodifiable()).hasSize(3);

            layer.setFrame(frame(50)); // the pinned position arrives as the next frame
            assertThat(hub.getParent()).isSameAs(cached);
            assertThat(cached.getChildrenUnmodifiable().indexOf(hub)).isEqualTo(index);
            assertThat(hub.getCenterX()).isEqualTo(50);
        }).get();
    }
}
