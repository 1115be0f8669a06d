package dev.sse.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sse.app.testing.OpenWindow;
import dev.sse.app.testing.Options;
import dev.sse.views.tour.TourViewModel;
import java.util.concurrent.TimeUnit;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Keyboard only: pick a tour card on the start screen, step the tour with the clicker keys, step back. */
@Tag("ui")
class TourKeyboardTest extends OpenWindow {

    @Override
    protected GuiOptions options() {
        return Options.of();
    }

    @Test
    void startScreenCardThenPageDownThroughTheTour(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.getScene().getRoot().lookupAll(".start-card")).hasSizeGreaterThanOrEqualTo(8);
        robot.type(KeyCode.RIGHT);   // second card: The bootstrapping problem
        robot.type(KeyCode.ENTER);
        TourViewModel tour = context.features().tours().viewModel();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, tour::isActive);
        assertThat(tour.tourProperty().get().title()).isEqualTo("The bootstrapping problem");
        assertThat(context.mainWindow().currentDocument().network().get().chains()).extracting(c -> c.id()).contains("I1", "C1");
        assertThat(stage.getScene().getRoot().lookupAll(".tour-panel")).hasSize(1);

        int last = tour.tourProperty().get().steps().size() - 1;
        for (int i = 0; i < last; i++) {
            robot.type(KeyCode.PAGE_DOWN);
        }
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> tour.indexProperty().get() == last);
        var timeline = context.mainWindow().timeline();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> timeline.lengthProperty().get() > 0
                && timeline.stateProperty().get() != null && !timeline.stateProperty().get().compromisedChains().isEmpty());
        assertThat(context.mainWindow().currentDocument().scenario().get().faults()).hasSize(1);

        robot.type(KeyCode.PAGE_UP);
        robot.type(KeyCode.PAGE_UP);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> tour.indexProperty().get() == last - 2
                && context.mainWindow().currentDocument().scenario().get().faults().isEmpty());
        assertThat(tour.canBackProperty().get()).isTrue();
    }
}
