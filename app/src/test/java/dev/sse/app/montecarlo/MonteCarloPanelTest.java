package dev.sse.app.montecarlo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sse.app.testing.OpenWindow;
import dev.sse.app.testing.WindowArgs;
import dev.sse.model.montecarlo.ChainRisk;
import dev.sse.model.network.graph.NodeRef;
import dev.sse.views.graph.RiskState;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 24 in the main window, thin: Ctrl+Shift+M docks the Monte Carlo panel under the graph; its draws colour the
 * graph's chains by their probability of falling (the palette of FallColouring); the second-worst draw, not only the
 * worst, plays back as the document's shown scenario without making it unsaved; and (issue #18) once the context
 * closes, no Monte Carlo helper thread of its {@code Workers} is left.
 */
@Tag("ui")
@WindowArgs({"--sample", "textbook-domino"})
class MonteCarloPanelTest extends OpenWindow {

    @Test
    void theShortcutDocksThePanelItsDrawsColourTheGraphAndAnyWorstDrawPlaysBack(FxRobot robot) throws Exception {
        awaitAnalysis();
        robot.clickOn(context.graphView());
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.M).release(KeyCode.M, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.getScene().getRoot().lookupAll("#montecarlo-panel")).as("docked under the graph").hasSize(1);
        assertThat(context.features().montecarlo().isShown()).isTrue();

        var vm = context.features().montecarlo().viewModel();
        WaitForAsyncUtils.asyncFx(() -> {
            vm.drawsProperty().set("120");
            vm.chainRateProperty().set("0.4");
            vm.slashFractionProperty().set("1");
            vm.failureProperty().set("0.2");
            vm.run();
        }).get();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !vm.runningProperty().get() && vm.leftResultProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        var result = vm.leftResultProperty().get();
        assertThat(result.complete()).isTrue();
        var states = context.graphViewModel().statesProperty().get();
        for (ChainRisk c : result.chainRisks()) {
            RiskState expected = c.fall() >= 0.1 ? RiskState.COMPROMISED : c.fall() >= 0.01 ? RiskState.ATTACKABLE
                    : c.fall() > 0 ? RiskState.AT_RISK : RiskState.HEALTHY;
            assertThat(states.get(NodeRef.chain(c.id()))).as(c.id()).isEqualTo(expected);
        }

        @SuppressWarnings("unchecked")
        TableView<Object> worst = (TableView<Object>) stage.getScene().getRoot().lookup("#mc-worst");
        int second = result.worst(2).get(1).index();
        WaitForAsyncUtils.asyncFx(() -> worst.getSelectionModel().select(1)).get();
        robot.clickOn((Button) stage.getScene().getRoot().lookup("#mc-play-draw"));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> context.mainWindow().currentDocument().scenario().get().name()
                .equals("montecarlo draw " + second));
        assertThat(context.mainWindow().currentDocument().isDirty()).as("a draw played is not the user's edit").isFalse();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> context.mainWindow().timeline().traceProperty().get() != null
                && context.mainWindow().timeline().traceProperty().get().scenarioName().equals("montecarlo draw " + second));
        assertThat(context.mainWindow().timeline().traceProperty().get().lostValue()).as("played back to the draw's loss")
                .isEqualTo(result.worst(2).get(1).loss());

        Set<Thread> helpers = montecarloThreads();
        assertThat(helpers).as("the run's helpers are the context's Workers.draws()").isNotEmpty();
        WaitForAsyncUtils.asyncFx(context::close).get();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> helpers.stream().noneMatch(Thread::isAlive));
        assertThat(montecarloThreads()).as("Monte Carlo threads left after closing").isEmpty();
    }

    private static Set<Thread> montecarloThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive)
                .filter(t -> t.getName().startsWith("sse-montecarlo-") || t.getName().startsWith("montecarlo-"))
                .collect(Collectors.toSet());
    }
}
