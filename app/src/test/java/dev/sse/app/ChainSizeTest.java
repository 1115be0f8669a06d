package dev.sse.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.sse.app.testing.OpenWindow;
import dev.sse.app.testing.WindowArgs;
import dev.sse.model.network.graph.NodeRef;
import dev.sse.views.graph.Camera;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.shape.Circle;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Fitted, kusama's 101 chains would be dots of 2–4 px (the camera's scale is about 0.12): each chain keeps at least
 * 0.3 of its size on screen once the zoom settles, hubs still larger than parachains, and goes back to its own size
 * zoomed in. Validators are never magnified.
 */
@Tag("ui")
@WindowArgs({"--sample", "kusama"})
class ChainSizeTest extends OpenWindow {

    @Test
    void chainsKeepAReadableSizeWhenFittedAndTheirOwnZoomedIn() throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> context.graphViewModel().frameProperty().get() != null
                && !context.graphViewModel().busyProperty().get());
        Circle relay = (Circle) dev.sse.app.testing.UiLookups.glyph(stage, NodeRef.chain("relay"));
        Circle para = chainGlyphs().stream().filter(c -> c != relay).findFirst().orElseThrow();
        Circle validator = (Circle) stage.getScene().getRoot().lookup(".validator-node");
        Camera camera = ((dev.sse.views.graph.canvas.GraphView) stage.getScene().getRoot().lookup(".sse-graph")).camera();
        assertThat(camera.scale()).isLessThan(0.3);

        // the zoom settles 150 ms after the fit
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> chainGlyphs().stream()
                .allMatch(c -> Math.abs(onScreen(c) - 0.3 * c.getRadius()) < 1e-6)).get());
        WaitForAsyncUtils.asyncFx(() -> {
            for (Circle c : chainGlyphs()) {
                assertThat(onScreen(c)).isCloseTo(0.3 * c.getRadius(), within(1e-6));
            }
            assertThat(onScreen(relay)).isGreaterThan(onScreen(para));
            assertThat(onScreen(validator)).isCloseTo(validator.getRadius() * camera.scale(), within(1e-9));
        }).get();

        WaitForAsyncUtils.asyncFx(() -> camera.frame(0, 0, 1, 800, 600)).get();
        // both settle in one pass 150 ms after the camera change: read them together, on the FX thread
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                () -> Math.abs(onScreen(para) - para.getRadius()) < 1e-6 && Math.abs(onScreen(relay) - relay.getRadius()) < 1e-6).get());
        assertThat(WaitForAsyncUtils.asyncFx(() -> onScreen(relay)).get()).isCloseTo(relay.getRadius(), within(1e-6));
    }

    private List<Circle> chainGlyphs() {
        return stage.getScene().getRoot().lookupAll(".chain-node").stream()
                .filter(n -> n.getUserData() instanceof NodeRef).map(Circle.class::cast).toList();
    }

    /** The glyph's radius in scene pixels. */
    private static double onScreen(Circle c) {
        return c.getRadius() * c.getLocalToSceneTransform().getMxx();
    }
}
