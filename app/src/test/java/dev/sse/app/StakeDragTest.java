package dev.sse.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sse.app.files.NetworkLoader;
import dev.sse.app.testing.OpenWindow;
import dev.sse.app.testing.Options;
import dev.sse.app.testing.UiLookups;
import dev.sse.model.network.Network;
import dev.sse.model.network.graph.NodeRef;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real gesture on the Theorem 2 network (a: 0.1, b: 0.9, π = 1, α = 1; γ* = 0): Ctrl+drag b up by
 * about one doubling, the margin becomes (0.1 + σ_b)/1 − 1 ≈ 90%; undo gives the original network back.
 */
@Tag("ui")
class StakeDragTest extends OpenWindow {

    @Override
    protected GuiOptions options() {
        return Options.of("--sample", "textbook-theorem2");
    }

    @Test
    void draggingAValidatorChangesTheMarginAndUndoRestoresTheNetwork(FxRobot robot) throws Exception {
        Network original = NetworkLoader.loadSample("textbook-theorem2");
        awaitMargin(0.0);

        Node b = UiLookups.glyph(stage, NodeRef.validator("b"));
        robot.press(KeyCode.CONTROL).drag(b, MouseButton.PRIMARY).moveBy(0, -100).drop().release(KeyCode.CONTROL);

        // about one doubling (the robot's path may end a pixel or two short): b grows to ≈ 1.8
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> context.mainWindow().commands().canUndo());
        double stake = context.mainWindow().currentDocument().network().get().validator("b").orElseThrow().stake();
        assertThat(stake).isBetween(1.6, 2.0);
        // γ* = (σ_a + σ_b) / π − 1 = 0.1 + stake − 1, from the definition
        awaitMargin(0.1 + stake - 1);
        assertThat(context.mainWindow().commands().undoName()).hasValueSatisfying(n -> assertThat(n).contains("b"));
        assertThat(stage.getTitle()).startsWith("• ");

        robot.interact(() -> context.mainWindow().commands().undo());
        awaitMargin(0.0);
        assertThat(context.mainWindow().currentDocument().network().get()).isEqualTo(original);
        assertThat(stage.getTitle()).doesNotStartWith("• ");
    }
}
