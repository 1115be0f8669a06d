package dev.sse.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sse.app.testing.OpenWindow;
import dev.sse.app.testing.WindowArgs;
import dev.sse.app.tour.TourLibrary;
import dev.sse.views.tour.TourViewModel;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 18 item 10: the tour panel's Next and Back buttons stay in one place from step to step (they used to move
 * with the caption's height), so clicking Next twice at the same spot goes two steps.
 */
@Tag("ui")
@WindowArgs({"--sample", "textbook-domino"})
class TourButtonsTest extends OpenWindow {

    @Test
    void nextAndBackButtonsMoveBetweenSteps(FxRobot robot) throws Exception {
        TourViewModel tour = context.features().tours().viewModel();
        robot.interact(() -> context.features().tours().start(TourLibrary.bundled().get(0)));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, tour::isActive);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(tour.indexProperty().get()).isZero();

        Node panel = robot.lookup(".tour-panel").query();
        java.util.List<Double> nextAt = new java.util.ArrayList<>();
        java.util.Set<Double> panelHeights = new java.util.HashSet<>();
        int steps = tour.tourProperty().get().steps().size();
        for (int i = 0; i < steps; i++) {
            int step = i;
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> tour.indexProperty().get() == step);
            WaitForAsyncUtils.waitForFxEvents();
            nextAt.add(button(robot, "Next").localToScene(0, 0).getY());
            panelHeights.add(panel.getLayoutBounds().getHeight());
            if (i < steps - 1) {
                robot.clickOn(button(robot, "Next"));
            }
        }
        assertThat(panelHeights).as("captions of different lengths").hasSizeGreaterThan(1);
        assertThat(nextAt).as("where Next is at each step").containsOnly(nextAt.get(0));
        robot.clickOn(button(robot, "Back"));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> tour.indexProperty().get() == steps - 2);
        // PresenterMode's key filter stays on the (shared) primary stage after the window closes: an active tour
        // would take the next test's arrow keys
        robot.interact(tour::close);
    }

    private static Button button(FxRobot robot, String prefix) {
        return robot.lookup(".tour-panel .button").match((Node n) -> n instanceof Button b && b.getText().contains(prefix))
                .queryAs(Button.class);
    }
}
