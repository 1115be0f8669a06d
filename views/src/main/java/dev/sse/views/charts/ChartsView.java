package dev.sse.views.charts;

import dev.sse.views.common.ViewText;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The Charts tab: margin bars, stake lost vs ψ with the DR bound, and chain margins vs a price drop (asset and
 * side chosen in a box), with the sweeps' progress and a cancel button. Charts are rebuilt from the view model's
 * data whenever it changes; hovering a point highlights it on both graphs.
 */
public final class ChartsView extends VBox {


    private final ChartsViewModel vm;
    private final StackPane bars = new StackPane();
    private final StackPane loss = new StackPane();
    private final StackPane price = new StackPane();

    public ChartsView(ChartsViewModel vm) {
        this.vm = vm;
        getStyleClass().add("charts");
        getStylesheets().add(ChartsView.class.getResource("/dev/sse/views/charts/charts.css").toExternalForm());
        ComboBox<String> asset = new ComboBox<>(vm.choices());
        asset.setPromptText(ViewText.get("charts.asset.prompt"));
        asset.setId("charts-asset");
        asset.valueProperty().addListener((o, was, now) -> {
            if (now != null && !now.equals(vm.priceChoiceProperty().get())) {
                vm.choosePrice(now);
            }
        });
        vm.priceChoiceProperty().addListener((o, was, now) -> asset.setValue(now));
        ProgressBar progress = new ProgressBar();
        progress.progressProperty().bind(vm.progressProperty());
        progress.visibleProperty().bind(vm.busyProperty());
        Button cancel = new Button(ViewText.get("charts.cancel"));
        cancel.disableProperty().bind(vm.busyProperty().not());
        cancel.setOnAction(e -> vm.cancel());
        Label status = new Label();
        status.textProperty().bind(vm.statusProperty());
        HBox bar = new HBox(8, new Label(ViewText.get("charts.priceChart")), asset, progress, cancel, status);
        bar.setAlignment(Pos.CENTER_LEFT);

        GridPane grid = new GridPane();
        grid.setHgap(6);
        grid.add(bars, 0, 0);
        grid.add(loss, 1, 0);
        grid.add(price, 2, 0);
        for (StackPane p : new StackPane[] {bars, loss, price}) {
            GridPane.setHgrow(p, Priority.ALWAYS);
            GridPane.setVgrow(p, Priority.ALWAYS);
            p.setMinSize(0, 0);
            p.setPrefSize(300, 260);
        }
        VBox.setVgrow(grid, Priority.ALWAYS);
        getChildren().addAll(bar, grid);
        setSpacing(4);

        vm.barsProperty().addListener((o, was, now) -> bars.getChildren().setAll(ChartNodes.marginBars(now, vm::hover)));
        vm.lossProperty().addListener((o, was, now) -> loss.getChildren().setAll(ChartNodes.lossVsShock(now, vm::hover)));
        vm.priceProperty().addListener((o, was, now) -> price.getChildren().setAll(
                ChartNodes.marginsVsPrice(vm.priceTitleProperty().get(), now, vm::hover)));
    }
}
