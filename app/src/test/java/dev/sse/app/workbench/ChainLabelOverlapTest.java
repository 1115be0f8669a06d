package dev.sse.app.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sse.app.AppContext;
import dev.sse.app.testing.Options;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 23: the chain labels shown never overlap each other or the legend, at the first fit and zoomed in, on the
 * samples where they piled up (eigenlayer-holesky-2025-02's 25 AVS labels, polkadot).
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class ChainLabelOverlapTest {

    private AppContext context;

    @AfterEach
    void close() throws Exception {
        if (context != null) {
            context.close();
        }
        FxToolkit.cleanupStages();
    }

    @ParameterizedTest
    @ValueSource(strings = {"eigenlayer-holesky-2025-02", "polkadot"})
    void labelsShownNeverOverlap(String sample) throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        context = WaitForAsyncUtils.asyncFx(() -> {
            AppContext c = AppContext.create();
            c.show(stage, Options.of("--sample", sample));
            stage.setWidth(1280);
            stage.setHeight(800);
            return c;
        }).get();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> context.graphViewModel().frameProperty().get() != null
                && !context.graphViewModel().busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        for (double zoom : new double[] {1, 1.6, 2.5}) {
            WaitForAsyncUtils.asyncFx(() -> {
                var view = context.graphView();
                view.camera().zoomAt(zoom, view.getWidth() / 2, view.getHeight() / 2);
            }).get();
            // labels are placed when the zoom settles (a quick second notch hides them until then: NodeLayer)
            Thread.sleep(300);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(WaitForAsyncUtils.asyncFx(() -> context.graphView().labelsShown()).get()).isTrue();
            List<Bounds> labels = WaitForAsyncUtils.asyncFx(() -> shownLabels(context.graphView())).get();
            Bounds legend = WaitForAsyncUtils.asyncFx(() -> context.graphView().lookup(".legend")
                    .localToScene(context.graphView().lookup(".legend").getLayoutBounds())).get();
            for (int i = 0; i < labels.size(); i++) {
                assertThat(overlap(labels.get(i), legend)).as("label %d over the legend at zoom %s", i, zoom).isFalse();
                for (int j = i + 1; j < labels.size(); j++) {
                    assertThat(overlap(labels.get(i), labels.get(j))).as("labels %d and %d at zoom %s", i, j, zoom).isFalse();
                }
            }
        }
    }

    private static List<Bounds> shownLabels(Node root) {
        List<Bounds> out = new ArrayList<>();
        for (Node n : root.lookupAll(".node-label")) {
            if (n instanceof Text t && shown(t)) {
                out.add(t.localToScene(t.getLayoutBounds()));
            }
        }
        return out;
    }

    private static boolean shown(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible() || p.getOpacity() == 0) {
                return false;
            }
        }
        return true;
    }

    /** Strict overlap, less half a pixel of rounding. */
    private static boolean overlap(Bounds a, Bounds b) {
        return a.getMinX() + 0.5 < b.getMaxX() && b.getMinX() + 0.5 < a.getMaxX()
                && a.getMinY() + 0.5 < b.getMaxY() && b.getMinY() + 0.5 < a.getMaxY();
    }
}
