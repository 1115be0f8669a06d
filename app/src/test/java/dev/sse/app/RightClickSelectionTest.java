package dev.sse.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sse.app.testing.OpenWindow;
import dev.sse.app.testing.Options;
import dev.sse.app.testing.UiLookups;
import dev.sse.model.network.graph.NodeRef;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue #18.10: right-clicking one node of a multi-node selection opens the menu for the whole selection and keeps
 * the selection (it used to shrink the highlight to the clicked node, though the fault applied to all of them).
 */
@Tag("ui")
class RightClickSelectionTest extends OpenWindow {

    @Override
    protected GuiOptions options() {
        return Options.of("--sample", "textbook-domino");
    }

    @Test
    void rightClickingOneOfFiveSelectedValidatorsKeepsAllFive(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> context.mainWindow().analysisProperty().get() != null);
        List<NodeRef> five = List.of("v1", "v2", "v3", "v4", "v5").stream().map(NodeRef::validator).toList();
        robot.interact(() -> context.graphViewModel().selectAll(five, false));

        robot.clickOn(UiLookups.glyph(stage, NodeRef.validator("v3")), MouseButton.SECONDARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(context.graphViewModel().selection()).containsExactlyElementsOf(five);
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(context.graphViewModel().selection()).containsExactlyElementsOf(five);
    }
}
