package dev.sse.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sse.app.testing.OpenWindow;
import dev.sse.app.testing.WindowArgs;
import dev.sse.model.network.graph.NodeRef;
import dev.sse.views.graph.GraphFrame;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.value.ChangeListener;
import javafx.scene.Node;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Opening kusama (1,101 nodes) makes its glyphs 400 a pulse, chains first; a validator selected when only the first
 * batch exists still dims every validator made after it, and in the end every node has exactly one glyph.
 */
@Tag("ui")
@WindowArgs({"--sample", "textbook-domino"})
class BatchedGlyphsTest extends OpenWindow {

    @Test
    void aSelectionMadeWhileTheGlyphsAreStillBeingMadeReachesTheLaterOnes() throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> context.graphViewModel().frameProperty().get() != null
                && !context.graphViewModel().busyProperty().get());
        AtomicInteger atFirstFrame = new AtomicInteger(-1);
        NodeRef v = NodeRef.validator("v0001");
        WaitForAsyncUtils.asyncFx(() -> {
            // registered after the graph view's own listener: runs once kusama's first batch of glyphs exists
            context.graphViewModel().frameProperty().addListener(new ChangeListener<GraphFrame>() {
                @Override
                public void changed(javafx.beans.value.ObservableValue<? extends GraphFrame> o, GraphFrame was, GraphFrame now) {
                    if (now != null && now.nodes().size() > 1000) {
                        o.removeListener(this);
                        atFirstFrame.set(glyphs().size());
                        context.graphViewModel().select(v);
                    }
                }
            });
            context.mainWindow().documents().openSample("kusama");
        }).get();

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> glyphs().size()).get() == 1101);
        assertThat(atFirstFrame.get()).as("glyphs when the frame arrived").isBetween(1, 400);
        WaitForAsyncUtils.asyncFx(() -> {
            List<Node> all = glyphs();
            assertThat(all.stream().map(Node::getUserData).distinct()).hasSize(1101);
            for (Node g : all) {
                NodeRef ref = (NodeRef) g.getUserData();
                boolean shown = ref.equals(v) || ref.equals(NodeRef.chain("relay"));
                assertThat(g.getOpacity()).as("%s", ref).isEqualTo(shown ? 1 : 0.25);
            }
        }).get();
    }

    private List<Node> glyphs() {
        return stage.getScene().getRoot().lookupAll(".node-glyph").stream()
                .filter(n -> n.getUserData() instanceof NodeRef).toList();
    }
}
