package dev.sse.app.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sse.app.testing.OpenWindow;
import dev.sse.app.testing.WindowArgs;
import dev.sse.model.network.graph.Link;
import dev.sse.views.graph.EdgeItem;
import dev.sse.views.graph.GraphFrame;
import java.util.concurrent.TimeUnit;
import javafx.scene.shape.Circle;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Issue 23: hover tooltips on a glyph and on an edge, the minimap's viewport and the zoom indicator. */
@Tag("ui")
@WindowArgs({"--sample", "cosmos-hub-ics"})
class GraphAidsTest extends OpenWindow {

    @Test
    void tooltipsMinimapAndZoom(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> context.mainWindow().analysisProperty().get() != null
                && context.graphView().drawnFrame() != null && !context.graphViewModel().busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        var view = context.graphView();
        GraphFrame frame = view.drawnFrame();
        Circle glyph = (Circle) view.lookupAll(".chain-node").stream().filter(n -> n instanceof Circle).findFirst().orElseThrow();
        // the pointer over a glyph: a real move, so the pick and the label go through the event path
        robot.moveTo(glyph);
        WaitForAsyncUtils.waitForFxEvents();
        var tip = context.features().aids().tips().tip();
        assertThat(tip.isVisible()).isTrue();
        assertThat(tip.getText()).contains("cost of corruption").contains("USD");

        EdgeItem allocation = frame.edges().stream().filter(e -> e.link().kind() == Link.Kind.ALLOCATION).findFirst().orElseThrow();
        var a = frame.positions().get(allocation.link().source());
        var b = frame.positions().get(allocation.link().target());
        double x = (view.camera().toScreenX(a) + view.camera().toScreenX(b)) / 2;
        double y = (view.camera().toScreenY(a) + view.camera().toScreenY(b)) / 2;
        String edgeTip = WaitForAsyncUtils.asyncFx(() -> context.features().aids().tips().textAt(view, x, y)).get();
        assertThat(edgeTip).contains("→").contains("allocation");

        var minimap = context.features().aids().minimap();
        String before = minimap.zoomText();
        double width = minimap.viewportRect()[2];
        WaitForAsyncUtils.asyncFx(() -> view.camera().zoomAt(2, view.getWidth() / 2, view.getHeight() / 2)).get();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(minimap.zoomText()).isNotEqualTo(before).endsWith("%")
                .isEqualTo(String.format(java.util.Locale.ROOT, "%.0f%%", view.camera().scale() * 100));
        assertThat(minimap.viewportRect()[2]).isCloseTo(width / 2, org.assertj.core.data.Offset.offset(0.5));
    }
}
