package dev.sse.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sse.app.files.NetworkLoader;
import dev.sse.app.testing.OpenWindow;
import dev.sse.app.testing.WindowArgs;
import dev.sse.app.testing.UiLookups;
import dev.sse.model.network.Allocation;
import dev.sse.model.network.Network;
import dev.sse.model.network.graph.NodeRef;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.shape.Circle;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real Ctrl+drag gestures on the Theorem 2 network (a: 0.1, b: 0.9, both pooled on x; π = 1, α = 1; γ* = 0): on
 * a validator they change its stake, on an allocation edge its amount; the margin follows its definition and undo
 * gives the original network back. (Was StakeDragTest and AllocationDragTest, one window each; issue #18: fewer
 * whole-window classes.)
 */
@Tag("ui")
@WindowArgs({"--sample", "textbook-theorem2"})
class Theorem2DragTest extends OpenWindow {

    /** Ctrl+drag b up by about one doubling: the margin becomes (0.1 + σ_b)/1 − 1 ≈ 90%. */
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

    /**
     * Ctrl+drag the edge b–x about 100 px toward b halves b's allocation, which becomes an explicit amount; the only
     * attack (a and b together) then costs 0.1 + amount, so γ* = 0.1 + amount − 1 &lt; 0.
     */
    @Test
    void draggingAnAllocationEdgeTowardItsValidatorShrinksItAndUndoRestoresIt(FxRobot robot) throws Exception {
        Network original = NetworkLoader.loadSample("textbook-theorem2");
        awaitMargin(0.0);
        Point2D b = centre((Circle) UiLookups.glyph(stage, NodeRef.validator("b")));
        Point2D x = centre((Circle) UiLookups.glyph(stage, NodeRef.chain("x")));
        Point2D middle = b.midpoint(x);
        Point2D towardB = b.subtract(x).normalize().multiply(100);

        robot.press(KeyCode.CONTROL).drag(middle, MouseButton.PRIMARY).moveBy(towardB.getX(), towardB.getY()).drop()
                .release(KeyCode.CONTROL);

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> context.mainWindow().commands().canUndo());
        Network edited = context.mainWindow().currentDocument().network().get();
        Allocation bx = edited.allocationsOf("b").get(0);
        // about one halving (the robot's path may end a pixel or two short), in whole cents
        assertThat(bx.isPooled()).isFalse();
        assertThat(bx.amount().getAsDouble()).isBetween(0.44, 0.47);
        assertThat(edited.validator("b").orElseThrow().stake()).isEqualTo(0.9);
        assertThat(edited.allocationsOf("a").get(0).isPooled()).isTrue();
        awaitMargin(0.1 + bx.amount().getAsDouble() - 1);
        assertThat(context.mainWindow().commands().undoName()).hasValueSatisfying(n -> assertThat(n).contains("b", "x"));

        robot.interact(() -> context.mainWindow().commands().undo());
        awaitMargin(0.0);
        assertThat(context.mainWindow().currentDocument().network().get()).isEqualTo(original);
    }

    private static Point2D centre(Circle c) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> c.localToScreen(c.getCenterX(), c.getCenterY())).get();
    }
}
