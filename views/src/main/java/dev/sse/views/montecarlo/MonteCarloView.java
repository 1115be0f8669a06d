package dev.sse.views.montecarlo;

import dev.sse.model.format.Screen;
import dev.sse.model.montecarlo.Distribution;
import dev.sse.model.montecarlo.MonteCarloResult;
import dev.sse.views.common.RunButtons;
import dev.sse.views.common.ViewText;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The Monte Carlo tab: a one-line form (p, ρ, AVS fault rate, slash fraction, σ, draws, seed), Run, Cancel and
 * Export CSV, Play draw, progress with the time left, then both sides' loss distributions on one histogram and one
 * exceedance curve, the summary table (mean, VaR, expected shortfall), the per-chain table and the worst draws (any
 * of which plays back as a scenario). The Compare window's tab has two sides; the main window's panel one.
 */
public final class MonteCarloView extends VBox {

    /** Histogram bins. */
    static final int BINS = 20;

    private final MonteCarloViewModel vm;
    private final BarChart<String, Number> histogram;
    private final LineChart<Number, Number> exceedance;
    private final TableView<MonteCarloRows.Row> summary = table("mc-summary");
    private final TableView<MonteCarloRows.Row> chains = table("mc-chains");
    private final TableView<WorstDraws.Row> worst = WorstDrawsTable.create();
    private final Supplier<String> leftName;
    private final Supplier<String> rightName;

    /**
     * {@code leftName}, {@code rightName}: the sides' labels for the legends (null or blank: the network's name);
     * {@code play}: plays a scenario on the graphs (the draw chosen in the worst-draws table, the worst by default).
     */
    public MonteCarloView(MonteCarloViewModel vm, Consumer<String> exportCsv, Supplier<String> leftName, Supplier<String> rightName,
                          Consumer<dev.sse.model.simulation.Scenario> play) {
        this.vm = vm;
        this.leftName = leftName;
        this.rightName = rightName;
        getStyleClass().add("montecarlo");
        getStylesheets().add(MonteCarloView.class.getResource("/dev/sse/views/charts/charts.css").toExternalForm());
        Button run = RunButtons.run("mc-run", vm::run, vm.runningProperty());
        Button cancel = RunButtons.cancel(vm::cancel, vm.runningProperty());
        Button export = RunButtons.export(() -> exportCsv.accept(vm.csv()), vm.leftResultProperty().isNull());
        Button playDraw = new Button(ViewText.get("mc.playDraw"));
        playDraw.setId("mc-play-draw");
        playDraw.disableProperty().bind(vm.leftResultProperty().isNull().or(vm.runningProperty()));
        Runnable playChosen = () -> {
            WorstDraws.Row row = worst.getSelectionModel().getSelectedItem();
            var scenario = row == null ? vm.worstDraw() : vm.drawScenario(row.index());
            if (scenario != null) {
                play.accept(scenario);
            }
        };
        playDraw.setOnAction(e -> playChosen.run());
        WorstDrawsTable.onPlay(worst, playChosen);
        ProgressBar progress = new ProgressBar();
        progress.setPrefWidth(220);
        progress.progressProperty().bind(vm.progressProperty());
        javafx.scene.layout.FlowPane form = new javafx.scene.layout.FlowPane(6, 4, label("mc.field.failure"), field(vm.failureProperty(), "mc-failure"),
                label("mc.field.correlation"), field(vm.correlationProperty(), "mc-correlation"),
                label("mc.field.chainRate"), field(vm.chainRateProperty(), "mc-chain-rate"),
                label("mc.field.slash"), field(vm.slashFractionProperty(), "mc-slash"),
                label("mc.field.volatility"), field(vm.volatilityProperty(), "mc-volatility"),
                label("mc.field.draws"), field(vm.drawsProperty(), "mc-draws"),
                label("mc.field.seed"), field(vm.seedProperty(), "mc-seed"), run, cancel, export, playDraw);
        form.getStyleClass().add("sweep-form");
        form.setAlignment(javafx.geometry.Pos.CENTER_LEFT); // wraps where the panel is narrow (the main window's dock)
        Label status = new Label();
        status.setId("mc-status");
        status.textProperty().bind(vm.statusProperty());
        HBox line = new HBox(8, progress, status);
        NumberAxis share = axis(ViewText.get("mc.axis.share"));
        share.setTickLabelFormatter(dev.sse.views.charts.ChartNodes.ticks(Screen::percent)); // "75%" fits a docked panel
        share.setAutoRanging(false); // a share of the draws: 0 to 100%, never the 12,500% an empty chart auto-ranges to
        share.setLowerBound(0);
        share.setUpperBound(1);
        share.setTickUnit(0.25);
        histogram = new BarChart<>(new CategoryAxis(), share);
        histogram.setTitle(ViewText.get("mc.chart.histogram"));
        histogram.setAnimated(false);
        histogram.setBarGap(0);
        histogram.setCategoryGap(1);
        NumberAxis probability = axis(ViewText.get("mc.axis.exceedance"));
        probability.setAutoRanging(false); // a probability: 0 to 1, never the 1.5 auto-ranging pads to
        probability.setLowerBound(0);
        probability.setUpperBound(1);
        probability.setTickUnit(0.25);
        exceedance = new LineChart<>(axis(ViewText.get("mc.axis.loss")), probability);
        exceedance.setTitle(ViewText.get("mc.chart.exceedance"));
        exceedance.setAnimated(false);
        exceedance.setCreateSymbols(false);
        if (vm.isTwoSided()) {
            SplitPane charts = new SplitPane(histogram, exceedance);
            SplitPane tables = new SplitPane(summary, chains, worst);
            tables.setDividerPositions(0.28, 0.56);
            VBox.setVgrow(charts, Priority.ALWAYS);
            getChildren().addAll(form, line, charts, tables);
        } else {
            // one side, docked under the main window's graph: low and wide, the tables behind tabs, worst draws first
            for (TableView<MonteCarloRows.Row> t : List.of(summary, chains)) {
                t.getColumns().get(1).setText(ViewText.get("mc.col.value"));
                t.getColumns().get(2).setVisible(false);
            }
            javafx.scene.control.TabPane tabs = new javafx.scene.control.TabPane(tab("mc.tab.worst", worst),
                    tab("mc.tab.summary", summary), tab("mc.tab.chains", chains));
            SplitPane content = new SplitPane(histogram, exceedance, tabs);
            content.setDividerPositions(0.26, 0.52);
            VBox.setVgrow(content, Priority.ALWAYS);
            getChildren().addAll(form, line, content);
        }
        setSpacing(6);
        setPadding(new javafx.geometry.Insets(6));
        vm.leftResultProperty().addListener((o, was, now) -> redraw());
        vm.rightResultProperty().addListener((o, was, now) -> redraw());
    }

    private void redraw() {
        MonteCarloResult l = vm.leftResultProperty().get();
        MonteCarloResult r = vm.rightResultProperty().get();
        histogram.getData().clear();
        exceedance.getData().clear();
        summary.getItems().setAll(l == null ? List.of() : MonteCarloRows.summary(l, r));
        chains.getItems().setAll(l == null ? List.of() : MonteCarloRows.chains(l, r));
        worst.getItems().setAll(WorstDraws.of(l));
        if (!worst.getItems().isEmpty()) {
            worst.getSelectionModel().selectFirst();
        }
        if (l == null) {
            return;
        }
        List<Distribution> sides = new ArrayList<>(List.of(l.losses()));
        if (r != null) {
            sides.add(r.losses());
        }
        double top = DistributionCurves.top(sides);
        String unit = l.network().valueUnit();
        ((NumberAxis) exceedance.getXAxis()).setTickLabelFormatter( // "10 B USD", never "10,000,000,000"
                dev.sse.views.charts.ChartNodes.ticks(v -> Screen.amount(v, unit)));
        for (int s = 0; s < sides.size(); s++) {
            XYChart.Series<String, Number> bars = new XYChart.Series<>();
            bars.setName(s == 0 ? leftName() : rightName());
            double[] h = DistributionCurves.histogram(sides.get(s), BINS, top);
            for (int b = 0; b < BINS; b++) {
                bars.getData().add(new XYChart.Data<>(Screen.amount(top * (b + 0.5) / BINS, unit), h[b]));
            }
            histogram.getData().add(bars);
            XYChart.Series<Number, Number> curve = new XYChart.Series<>();
            curve.setName(s == 0 ? leftName() : rightName());
            for (double[] p : DistributionCurves.exceedance(sides.get(s))) {
                curve.getData().add(new XYChart.Data<>(p[0], p[1]));
            }
            exceedance.getData().add(curve);
        }
    }

    private String leftName() {
        String name = leftName.get();
        return name == null || name.isBlank() ? vm.leftResultProperty().get().network().name() : name;
    }

    private String rightName() {
        String name = rightName.get();
        return name == null || name.isBlank() ? vm.rightResultProperty().get().network().name() : name;
    }

    private static NumberAxis axis(String label) {
        NumberAxis a = new NumberAxis();
        a.setLabel(label);
        a.setForceZeroInRange(true);
        return a;
    }

    private static TableView<MonteCarloRows.Row> table(String id) {
        TableView<MonteCarloRows.Row> t = new TableView<>();
        t.setId(id);
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        t.getColumns().add(column(ViewText.get(id.equals("mc-chains") ? "mc.col.chain" : "mc.col.measure"),
                MonteCarloRows.Row::label));
        t.getColumns().add(column(ViewText.get("mc.col.left"), MonteCarloRows.Row::left));
        t.getColumns().add(column(ViewText.get("mc.col.right"), MonteCarloRows.Row::right));
        t.setPlaceholder(placeholder());
        t.setPrefHeight(220);
        return t;
    }

    private static TableColumn<MonteCarloRows.Row, String> column(String title,
                                                                 java.util.function.Function<MonteCarloRows.Row, String> value) {
        TableColumn<MonteCarloRows.Row, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        return c;
    }

    private static javafx.scene.control.Tab tab(String key, javafx.scene.Node content) {
        javafx.scene.control.Tab t = new javafx.scene.control.Tab(ViewText.get(key), content);
        t.setClosable(false);
        return t;
    }

    /** "Run the draws…", wrapped in a narrow table. */
    static Label placeholder() {
        Label l = new Label(ViewText.get("mc.placeholder"));
        l.setWrapText(true);
        l.setPadding(new javafx.geometry.Insets(6));
        return l;
    }

    private static Label label(String key) {
        Label l = new Label(ViewText.get(key));
        l.setMinWidth(Label.USE_PREF_SIZE);
        return l;
    }

    private static TextField field(StringProperty p, String id) {
        TextField f = new TextField();
        f.textProperty().bindBidirectional(p);
        f.setId(id);
        f.setPrefColumnCount(4);
        return f;
    }
}
