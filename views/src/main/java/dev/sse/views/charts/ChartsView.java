package dev.sse.views.charts;

import dev.sse.views.common.ViewText;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.geometry.Pos;
import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.chart.Chart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
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

    /** Size of the report's chart snapshots, in pixels. */
    public static final double SNAPSHOT_WIDTH = 760;
    public static final double SNAPSHOT_HEIGHT = 380;

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

    /**
     * PNG snapshots of the three charts for the report: fresh copies rendered off-screen at a fixed size, so the
     * report does not depend on the tab being shown. FX thread only.
     */
    public Map<String, byte[]> snapshots() {
        Map<String, byte[]> out = new LinkedHashMap<>();
        out.put("margin", png(ChartNodes.marginBars(vm.barsProperty().get(), p -> { })));
        if (!vm.lossProperty().get().isEmpty()) {
            out.put("loss", png(ChartNodes.lossVsShock(vm.lossProperty().get(), p -> { })));
        }
        if (!vm.priceProperty().get().isEmpty()) {
            out.put("price", png(ChartNodes.marginsVsPrice(vm.priceTitleProperty().get(), vm.priceProperty().get(), p -> { })));
        }
        return out;
    }

    private byte[] png(Chart chart) {
        chart.setPrefSize(SNAPSHOT_WIDTH, SNAPSHOT_HEIGHT);
        chart.resize(SNAPSHOT_WIDTH, SNAPSHOT_HEIGHT);
        Scene scene = new Scene(new Group(chart), SNAPSHOT_WIDTH, SNAPSHOT_HEIGHT);
        scene.getStylesheets().addAll(getStylesheets());
        chart.applyCss();
        chart.layout();
        WritableImage img = chart.snapshot(new SnapshotParameters(), null);
        int w = (int) img.getWidth();
        int h = (int) img.getHeight();
        int[] argb = new int[w * h];
        img.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        return dev.sse.model.io.report.Png.encode(w, h, argb);
    }
}
