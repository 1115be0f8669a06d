package dev.sse.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sse.app.testing.OpenWindow;
import dev.sse.app.testing.WindowArgs;
import dev.sse.app.testing.UiLookups;
import dev.sse.model.network.Allocation;
import dev.sse.model.network.graph.NodeRef;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Mouse gestures on the domino network that only the real window can check: a drop allocates, a right-click keeps a
 * selection. (Was AllocateByDragTest and RightClickSelectionTest, one window each; issue #18: fewer whole-window
 * classes. Which faults the menu offers is FaultChoicesTest's, without a toolkit.)
 */
@Tag("ui")
@WindowArgs({"--sample", "textbook-domino"})
class DominoGesturesTest extends OpenWindow {

    /** Dragging a validator onto a chain allocates it there (pooled), as one undoable edit. */
    @Test
    void dropAValidatorOnAChainToAllocateIt(FxRobot robot) throws Exception {
        awaitAnalysis();
        Node v0 = UiLookups.glyph(stage, NodeRef.validator("v0"));
        Node s4 = UiLookups.glyph(stage, NodeRef.chain("s4"));
        assertThat(allocations()).noneMatch(a -> a.validator().equals("v0") && a.chain().equals("s4"));

        robot.drag(v0, MouseButton.PRIMARY).dropTo(s4);

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> context.mainWindow().commands().canUndo());
        assertThat(allocations()).anyMatch(a -> a.validator().equals("v0") && a.chain().equals("s4") && a.isPooled());
        robot.interact(() -> context.mainWindow().commands().undo());
        assertThat(allocations()).noneMatch(a -> a.validator().equals("v0") && a.chain().equals("s4"));
    }

    /**
     * Issue #18.10: right-clicking one node of a multi-node selection opens the menu for the whole selection and keeps
     * the selection (it used to shrink the highlight to the clicked node, though the fault applied to all of them).
     */
    @Test
    void rightClickingOneOfFiveSelectedValidatorsKeepsAllFive(FxRobot robot) throws Exception {
        awaitAnalysis();
        List<NodeRef> five = List.of("v1", "v2", "v3", "v4", "v5").stream().map(NodeRef::validator).toList();
        robot.interact(() -> context.graphViewModel().selectAll(five, false));

        robot.clickOn(UiLookups.glyph(stage, NodeRef.validator("v3")), MouseButton.SECONDARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(context.graphViewModel().selection()).containsExactlyElementsOf(five);
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(context.graphViewModel().selection()).containsExactlyElementsOf(five);
    }

    private List<Allocation> allocations() {
        return context.mainWindow().currentDocument().network().get().allocations();
    }
}
