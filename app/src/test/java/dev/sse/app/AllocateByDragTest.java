package dev.sse.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sse.app.testing.OpenWindow;
import dev.sse.app.testing.Options;
import dev.sse.app.testing.UiLookups;
import dev.sse.model.network.Allocation;
import dev.sse.model.network.graph.NodeRef;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Dragging a validator onto a chain allocates it there (pooled), as one undoable edit. */
@Tag("ui")
class AllocateByDragTest extends OpenWindow {

    @Override
    protected GuiOptions options() {
        return Options.of("--sample", "textbook-domino");
    }

    @Test
    void dropAValidatorOnAChainToAllocateIt(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> context.mainWindow().analysisProperty().get() != null);
        Node v0 = UiLookups.glyph(stage, NodeRef.validator("v0"));
        Node s4 = UiLookups.glyph(stage, NodeRef.chain("s4"));
        assertThat(allocations()).noneMatch(a -> a.validator().equals("v0") && a.chain().equals("s4"));

        robot.drag(v0, MouseButton.PRIMARY).dropTo(s4);

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> context.mainWindow().commands().canUndo());
        assertThat(allocations()).anyMatch(a -> a.validator().equals("v0") && a.chain().equals("s4") && a.isPooled());
        robot.interact(() -> context.mainWindow().commands().undo());
        assertThat(allocations()).noneMatch(a -> a.validator().equals("v0") && a.chain().equals("s4"));
    }

    private java.util.List<Allocation> allocations() {
        return context.mainWindow().currentDocument().network().get().allocations();
    }
}
