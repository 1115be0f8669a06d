package dev.sse.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sse.app.files.NetworkLoader;
import dev.sse.app.testing.OpenWindow;
import dev.sse.app.testing.WindowArgs;
import dev.sse.app.testing.UiLookups;
import dev.sse.model.network.Network;
import dev.sse.model.network.graph.NodeRef;
import dev.sse.views.timeline.TimelineView;
import dev.sse.views.timeline.TimelineViewModel;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real gestures on the domino network: right-click a validator, inject a double-sign on s1 from the
 * context menu (v0 is slashed in full as a generic service's offender), step through the cascade with the arrow key until every service has fallen, then undo and get
 * the original network and an empty timeline back.
 */
@Tag("ui")
@WindowArgs({"--sample", "textbook-domino"})
class FaultPlaybackTest extends OpenWindow {

    @Test
    void injectADoubleSignStepThroughTheCascadeAndUndoIt(FxRobot robot) throws Exception {
        Network original = NetworkLoader.loadSample("textbook-domino");
        awaitAnalysis();
        Node v0 = UiLookups.glyph(stage, NodeRef.validator("v0"));

        robot.rightClickOn(v0);
        robot.clickOn(UiLookups.menuItem(robot, "Double-sign (v0 (first domino)) on"));
        robot.clickOn(UiLookups.menuItem(robot, "s1"));

        TimelineViewModel timeline = context.mainWindow().timeline();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> timeline.lengthProperty().get() > 0);
        assertThat(timeline.positionProperty().get()).isZero();
        int steps = timeline.lengthProperty().get();
        for (int i = 0; i < steps; i++) {
            robot.type(KeyCode.RIGHT);
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(timeline.positionProperty().get()).isEqualTo(steps);
        assertThat(timeline.stateProperty().get().fallenChains()).containsExactlyInAnyOrder("s1", "s2", "s3", "s4", "s5", "s6");
        assertThat(timeline.log()).anyMatch(row -> row.type().equals("attack"));

        robot.type(KeyCode.LEFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(timeline.positionProperty().get()).isEqualTo(steps - 1);

        // the play button draws its icon (a triangle, two bars while playing): no character a font may lack
        javafx.scene.shape.SVGPath icon = (javafx.scene.shape.SVGPath) robot.lookup("#timeline-play").queryButton().getGraphic();
        assertThat(icon.getContent()).isEqualTo(TimelineView.PLAY);
        robot.interact(timeline::togglePlay);
        assertThat(icon.getContent()).isEqualTo(TimelineView.PAUSE);
        assertThat(robot.lookup("#timeline-play").queryButton().getAccessibleText()).isEqualTo("Pause (Space)");
        robot.interact(timeline::togglePlay);
        assertThat(icon.getContent()).isEqualTo(TimelineView.PLAY);

        // the speed box shows the speed the timeline plays at, also when it was set elsewhere (a tour, the benchmark)
        @SuppressWarnings("unchecked")
        javafx.scene.control.ComboBox<Double> speed = robot.lookup("#timeline-speed").queryAs(javafx.scene.control.ComboBox.class);
        robot.interact(() -> timeline.setSpeed(4));
        assertThat(speed.getValue()).isEqualTo(4.0);
        assertThat(speed.getConverter().toString(speed.getValue())).isEqualTo("4×");
        robot.interact(() -> speed.setValue(0.5));
        assertThat(timeline.speedProperty().get()).isEqualTo(0.5);

        robot.interact(() -> context.mainWindow().commands().undo());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> timeline.lengthProperty().get() == 0);
        assertThat(context.mainWindow().currentDocument().network().get()).isEqualTo(original);
        assertThat(context.mainWindow().currentDocument().scenario().get().faults()).isEmpty();
    }
}
