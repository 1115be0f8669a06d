package dev.sse.app.compare;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sse.model.compare.ChainDelta;
import dev.sse.model.network.graph.NodeRef;
import dev.sse.views.comparison.ComparisonViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Opens the Cosmos Hub ICS vs isolated zones comparison with the key-compromise scenario: the delta table lists
 * every chain, one camera moves both graphs, one key steps both sides, a selection is mirrored, hovering a margin
 * bar highlights its chain on both graphs, and the report is written with the charts inlined.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class ComparisonWindowTest {

    private CompareWindow window;
    /** The threads AppContext would own: shut down after each test. */
    private final dev.sse.app.concurrency.Workers workers = new dev.sse.app.concurrency.Workers();

    @TempDir
    Path dir;

    @Start
    void start(Stage ignored) {
        window = new CompareWindow(workers).show();
        window.compareSamples("cosmos-hub-ics", "isolated-zones", "operator-key-compromise");
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(window::close);
        workers.close();
    }

    private static java.util.Set<Object> chains(FxRobot robot, String graph) {
        return robot.lookup(graph + " .chain-node").queryAll().stream().map(Node::getUserData)
                .filter(NodeRef.class::isInstance).collect(java.util.stream.Collectors.toSet());
    }

    @Test
    void opensThePairAndPlaysBothSidesInLockstep(FxRobot robot) throws Exception {
        ComparisonViewModel vm = window.viewModel();
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> vm.tableProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.rows()).extracting(ChainDelta::chain).containsExactly("hub", "neutron", "stride", "zone-c", "zone-d");
        assertThat(robot.lookup("#delta-table").queryAll()).hasSize(1);
        assertThat(chains(robot, "#compare-left-graph")).hasSize(5);
        assertThat(chains(robot, "#compare-right-graph")).hasSize(4);

        var left = window.viewModel().left();
        var right = window.viewModel().right();
        int leftSteps = left.timeline().lengthProperty().get();
        int rightSteps = right.timeline().lengthProperty().get();
        assertThat(leftSteps).isPositive();
        assertThat(rightSteps).isGreaterThan(leftSteps);
        robot.interact(() -> window.stage().requestFocus());
        robot.type(KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(left.timeline().positionProperty().get()).isEqualTo(1);
        assertThat(right.timeline().positionProperty().get()).isEqualTo(1);
        robot.type(KeyCode.END);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(left.timeline().positionProperty().get()).isEqualTo(leftSteps);
        assertThat(right.timeline().positionProperty().get()).isEqualTo(rightSteps);
        assertThat(right.timeline().stateProperty().get().fallenChains()).contains("neutron", "stride");

        var compareView = robot.lookup(".comparison").queryAs(dev.sse.views.comparison.ComparisonView.class);
        robot.interact(() -> compareView.leftGraph().camera().zoomAt(1.7, 120, 80));
        assertThat(compareView.rightGraph().camera().scale()).isEqualTo(compareView.leftGraph().camera().scale());
        assertThat(compareView.rightGraph().camera().tx()).isEqualTo(compareView.leftGraph().camera().tx());

        robot.interact(() -> left.graph().select(NodeRef.chain("stride")));
        assertThat(right.graph().selection()).containsExactly(NodeRef.chain("stride"));

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> window.charts().barsProperty().get() != null
                && robot.lookup(".margin-bars").tryQuery().isPresent());
        BarChart<?, ?> bars = robot.lookup(".margin-bars").queryAs(BarChart.class);
        Node neutronBar = bars.getData().get(1).getData().get(0).getNode(); // right side, first chain it has: neutron
        robot.interact(() -> Event.fireEvent(neutronBar, new MouseEvent(MouseEvent.MOUSE_ENTERED, 0, 0, 0, 0,
                MouseButton.NONE, 0, false, false, false, false, false, false, false, false, false, false, null)));
        assertThat(left.graph().selection()).contains(NodeRef.chain("neutron"));
        assertThat(right.graph().selection()).contains(NodeRef.chain("neutron"), NodeRef.validator("neutron-v1"));

        Path report = dir.resolve("report.html");
        robot.interact(() -> {
            try {
                window.writeReport(report);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        assertThat(Files.readString(report)).contains("Comparison: cosmos-hub-ics vs isolated-zones",
                "<svg", "Security margin per chain", "operator-key-compromise", "keys of operator org-20 compromised");
    }
}
