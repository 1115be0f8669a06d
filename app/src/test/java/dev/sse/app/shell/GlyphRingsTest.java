package dev.sse.app.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.sse.app.testing.OpenWindow;
import dev.sse.app.testing.WindowArgs;
import dev.sse.views.graph.export.GlyphStyle;
import dev.sse.views.graph.render.RingCircle;
import java.util.List;
import javafx.scene.shape.StrokeType;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 23 (zoom at 55 fps): the chains' risk rings are centred strokes on a circle grown by half the stroke
 * ({@code -sse-ring: true}, {@link RingCircle}), not {@code -fx-stroke-type: outside}, which Prism draws as an area
 * subtraction on every repaint of a glyph (about a tenth of the render thread while zooming kusama). The disc keeps
 * its size, the ring lies outside it, and the SVG export still reads the stroke as outside the disc.
 */
@Tag("ui")
@WindowArgs({"--sample", "cosmos-hub-ics"})
class GlyphRingsTest extends OpenWindow {

    @Test
    void everyChainWearsItsRingOutsideItsDiscWithoutAnOutsideStroke() throws Exception {
        List<RingCircle> chains = WaitForAsyncUtils.asyncFx(() -> {
            stage.getScene().getRoot().applyCss();
            return stage.getScene().getRoot().lookupAll(".chain-node").stream()
                    .filter(RingCircle.class::isInstance).map(RingCircle.class::cast).toList();
        }).get();
        assertThat(chains).isNotEmpty();
        for (RingCircle c : chains) {
            assertThat(c.getStrokeType()).isEqualTo(StrokeType.CENTERED);
            assertThat(c.ring()).as("a chain in a risk state wears a ring").isTrue();
            assertThat(c.getRadius()).isCloseTo(c.disc() + c.getStrokeWidth() / 2, within(1e-9));
            assertThat(WaitForAsyncUtils.asyncFx(() -> GlyphStyle.of(c).outside()).get()).isTrue();
        }
        RingCircle plain = WaitForAsyncUtils.asyncFx(() -> stage.getScene().getRoot().lookupAll(".validator-node").stream()
                .filter(RingCircle.class::isInstance).map(RingCircle.class::cast).findFirst().orElseThrow()).get();
        assertThat(plain.ring()).as("a validator in no state has a plain outline").isFalse();
        assertThat(plain.getRadius()).isEqualTo(plain.disc());
    }
}
