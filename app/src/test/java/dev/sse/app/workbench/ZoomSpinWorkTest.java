package dev.sse.app.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sse.app.testing.OpenWindow;
import dev.sse.app.testing.WindowArgs;
import dev.sse.views.graph.canvas.GraphView;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 23, "smooth while it grows": a wheel spin on kusama (24 notches, one a frame, as the render benchmark's
 * {@code ZoomSpin}) places and declutters the chain labels once, at its first notch, and again once when the zoom
 * settles, and asks the raster thread for an edge picture at most every 250 ms meanwhile. Before, every notch
 * placed and decluttered the 101 labels and asked for a new edge picture, and the empty pulse canvas was cleared and
 * drawn (a spin ran at 28–41 fps on kusama).
 */
@Tag("ui")
@WindowArgs({"--sample", "kusama"})
class ZoomSpinWorkTest extends OpenWindow {

    @Test
    void aWheelSpinPlacesTheLabelsOnceAndAsksForFewEdgePictures() throws Exception {
        resize(1280, 800);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> context.graphViewModel().frameProperty().get() != null
                && !context.graphViewModel().busyProperty().get());
        Thread.sleep(500);
        WaitForAsyncUtils.waitForFxEvents();
        GraphView view = context.graphView();
        long labels = WaitForAsyncUtils.asyncFx(view::labelPlacements).get();
        long pictures = WaitForAsyncUtils.asyncFx(view::edgePictures).get();

        long start = System.nanoTime();
        // gaps between notches on the FX thread long enough for the zoom to settle (a busy machine): each a new gesture
        int[] pauses = new int[1];
        long[] last = {0};
        long[] during = new long[3];
        for (int notch = 0; notch < 24; notch++) {
            WaitForAsyncUtils.asyncFx(() -> {
                long now = System.nanoTime();
                pauses[0] += last[0] != 0 && now - last[0] > 140_000_000L ? 1 : 0;
                last[0] = now;
                view.camera().zoomAt(1.15, view.getWidth() / 2, view.getHeight() / 2);
                // read in the same task as the notch: the zoom cannot have settled yet
                during[0] = view.labelPlacements() - labels;
                during[1] = view.labelsShown() ? 1 : 0;
                during[2] = view.edgePictures() - pictures;
            }).get();
            Thread.sleep(16);
        }
        long spinMillis = (System.nanoTime() - start) / 1_000_000;
        long labelsDuring = during[0];
        boolean shownDuring = during[1] == 1;
        long picturesDuring = during[2];

        // the notches came one a frame: only the first placed the labels (and the first after each pause), which stay
        // hidden until the zoom settles
        assertThat(labelsDuring).isBetween(1L, 1L + pauses[0]);
        // nothing pulses (no playback): the pulse canvas is not drawn at all
        assertThat(WaitForAsyncUtils.asyncFx(() -> view.lookupAll("*").stream()
                .filter(n -> n instanceof dev.sse.views.graph.render.PulseLayer).allMatch(n -> !n.isVisible())).get()).isTrue();
        assertThat(shownDuring).isFalse();
        assertThat(picturesDuring).isLessThanOrEqualTo(1 + spinMillis / 250 + pauses[0]);

        Thread.sleep(400);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(WaitForAsyncUtils.asyncFx(view::labelPlacements).get() - labels).isEqualTo(labelsDuring + 1);
        assertThat(WaitForAsyncUtils.asyncFx(view::labelsShown).get()).isTrue();
        assertThat(WaitForAsyncUtils.asyncFx(view::edgePictures).get() - pictures).isGreaterThan(picturesDuring);
    }
}
