package dev.sse.app.compare;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sse.model.compare.ChartData;
import dev.sse.views.charts.ChartNodes;
import java.util.ArrayList;
import java.util.List;
import javafx.event.Event;
import javafx.scene.Scene;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.LineChart;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.shape.Path;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The JavaFX charts built from chart data: the DR bound is dashed, bars are capped, every point hovers. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class ChartNodesTest {

    private final HBox root = new HBox();

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(root, 900, 400));
        stage.show();
    }

    private static ChartData.Point p(double x, double y, String chain) {
        return new ChartData.Point(x, y, List.of(chain), List.of("v-" + chain));
    }

    @Test
    void boundIsDashedBarsAreCappedAndPointsHover(FxRobot robot) {
        List<ChartData.Point> hovered = new ArrayList<>();
        ChartData.Series loss = new ChartData.Series("loss", List.of(p(0, 0.0, "a"), p(0.1, 0.12, "a")), false);
        ChartData.Series bound = new ChartData.Series("bound", List.of(p(0, 0.0, "a"), p(0.1, 0.2, "a")), true);
        ChartData.Bars bars = new ChartData.Bars(List.of("a", "b"), List.of(
                new ChartData.Series("left", List.of(p(0, 55.0, "a"), p(1, -0.5, "b")), false)));
        robot.interact(() -> {
            LineChart<Number, Number> lines = ChartNodes.lossVsShock(List.of(loss, bound), hovered::add);
            BarChart<String, Number> bar = ChartNodes.marginBars(bars, hovered::add);
            root.getChildren().setAll(lines, bar);
        });
        LineChart<?, ?> lines = (LineChart<?, ?>) root.getChildren().get(0);
        BarChart<?, ?> bar = (BarChart<?, ?>) root.getChildren().get(1);
        assertThat(((Path) lines.getData().get(1).getNode()).getStrokeDashArray()).containsExactly(8.0, 5.0);
        assertThat(((Path) lines.getData().get(0).getNode()).getStrokeDashArray()).isEmpty();
        assertThat(((Number) bar.getData().get(0).getData().get(0).getYValue()).doubleValue()).isEqualTo(ChartNodes.MARGIN_CAP);
        // #18.11: the cut bar says so, with its true value (5,500%); the bar within the cap is not marked
        javafx.scene.Node cut = bar.getData().get(0).getData().get(0).getNode();
        assertThat(cut.getPseudoClassStates()).contains(ChartNodes.CLIPPED);
        assertThat(((javafx.scene.layout.StackPane) cut).getChildren()).anySatisfy(n ->
                assertThat(((javafx.scene.control.Label) n).getText()).isEqualTo("▲ " + dev.sse.model.format.Screen.percent(55.0)));
        assertThat(bar.getData().get(0).getData().get(1).getNode().getPseudoClassStates()).doesNotContain(ChartNodes.CLIPPED);
        robot.interact(() -> Event.fireEvent(lines.getData().get(0).getData().get(1).getNode(),
                new MouseEvent(MouseEvent.MOUSE_ENTERED, 0, 0, 0, 0, MouseButton.NONE, 0, false, false, false, false,
                        false, false, false, false, false, false, null)));
        assertThat(hovered).singleElement().extracting(ChartData.Point::y).isEqualTo(0.12);
    }
}
