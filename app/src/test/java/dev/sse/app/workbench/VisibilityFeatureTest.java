package dev.sse.app.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sse.app.testing.OpenWindow;
import dev.sse.app.testing.WindowArgs;
import dev.sse.model.network.ChainKind;
import dev.sse.views.overlay.Visibility;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** Issue 23: View → Show hides classes on the canvas, in the legend and in the node tables. */
@Tag("ui")
@WindowArgs({"--sample", "ethereum-rollups"})
class VisibilityFeatureTest extends OpenWindow {

    private long glyphs() {
        return context.graphView().lookupAll(".node-glyph").stream()
                .filter(n -> n.isVisible() && n.getUserData() instanceof dev.sse.model.network.graph.NodeRef).count();
    }

    @Test
    void hidingRollupsTakesThemFromCanvasLegendAndTable() throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> context.mainWindow().analysisProperty().get() != null
                && context.graphViewModel().frameProperty().get() != null && !context.graphViewModel().busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        var network = context.mainWindow().currentDocument().network().get();
        long rollups = network.chains().stream().filter(c -> c.kind() == ChainKind.ROLLUP).count();
        assertThat(rollups).isPositive();
        WaitForAsyncUtils.asyncFx(() -> context.features().table().setShown(true)).get();
        long before = WaitForAsyncUtils.asyncFx(this::glyphs).get();
        String legendBefore = WaitForAsyncUtils.asyncFx(() -> legendText()).get();
        assertThat(legendBefore).contains(dev.sse.views.common.ViewText.kind(ChainKind.ROLLUP));

        WaitForAsyncUtils.asyncFx(() -> context.features().visibility().set(Visibility.ALL.withKind(ChainKind.ROLLUP, false))).get();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(WaitForAsyncUtils.asyncFx(this::glyphs).get()).isEqualTo(before - rollups);
        assertThat(WaitForAsyncUtils.asyncFx(() -> legendText()).get()).doesNotContain(dev.sse.views.common.ViewText.kind(ChainKind.ROLLUP));
        assertThat(context.features().table().view().chainTable().getItems()).hasSize((int) (network.chains().size() - rollups));

        WaitForAsyncUtils.asyncFx(() -> context.features().visibility().set(Visibility.ALL)).get();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(WaitForAsyncUtils.asyncFx(this::glyphs).get()).isEqualTo(before);
    }

    private String legendText() {
        StringBuilder s = new StringBuilder();
        context.graphView().lookup(".legend").lookupAll(".label").forEach(n -> s.append(((javafx.scene.control.Label) n).getText()).append('|'));
        context.graphView().lookup(".legend").lookupAll(".text").forEach(n -> {
            if (n instanceof javafx.scene.text.Text t) {
                s.append(t.getText()).append('|');
            }
        });
        return s.toString();
    }
}
