package dev.sse.views.charts;

import dev.sse.model.analysis.Money;
import dev.sse.model.compare.ChartData;
import dev.sse.model.io.report.Num;
import dev.sse.model.network.graph.NodeRef;
import dev.sse.model.sweep.SweepRow;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The Sweep tab: a one-line form (parameter, from, to, steps, ψ, time limit, side, with the scenario), Run,
 * Cancel and Export CSV, a progress bar, then the rows as a chart and a table. Hovering a chart point highlights
 * its worst-case shock and attack on the graphs.
 */
public final class SweepView extends VBox {

    /** Per-chain margin lines drawn at most (the table and CSV keep them all). */
    static final int MAX_CHAIN_LINES = 8;

    private final SweepViewModel vm;
    private final StackPane chart = new StackPane();
    private final Consumer<Collection<NodeRef>> highlight;

    public SweepView(SweepViewModel vm, Consumer<String> exportCsv, Consumer<Collection<NodeRef>> highlight) {
        this.vm = vm;
        this.highlight = highlight;
        getStyleClass().add("sweep");
        getStylesheets().add(SweepView.class.getResource("/dev/sse/views/charts/charts.css").toExternalForm());
        ComboBox<String> parameter = new ComboBox<>(vm.suggestions());
        parameter.setEditable(true);
        parameter.setId("sweep-parameter");
        parameter.setPrefWidth(220);
        parameter.valueProperty().bindBidirectional(vm.parameterProperty());
        parameter.setOnShowing(e -> vm.refreshSuggestions());
        CheckBox right = new CheckBox("right side");
        right.setMinWidth(CheckBox.USE_PREF_SIZE);
        right.selectedProperty().bindBidirectional(vm.onRightProperty());
        CheckBox scenario = new CheckBox("with the scenario");
        scenario.setMinWidth(CheckBox.USE_PREF_SIZE);
        scenario.selectedProperty().bindBidirectional(vm.withScenarioProperty());
        Button run = new Button("Run");
        run.setId("sweep-run");
        run.setOnAction(e -> vm.run());
        run.disableProperty().bind(vm.runningProperty());
        Button cancel = new Button("Cancel");
        cancel.setOnAction(e -> vm.cancel());
        cancel.disableProperty().bind(vm.runningProperty().not());
        Button export = new Button("Export CSV…");
        export.disableProperty().bind(vm.resultProperty().isNull());
        export.setOnAction(e -> exportCsv.accept(vm.csv()));
        ProgressBar progress = new ProgressBar();
        progress.setPrefWidth(220);
        progress.progressProperty().bind(vm.progressProperty());
        HBox form = new HBox(6, label("Vary"), parameter, label("from"), field(vm.fromProperty(), "sweep-from"),
                label("to"), field(vm.toProperty(), "sweep-to"), label("steps"), field(vm.stepsProperty(), "sweep-steps"),
                label("ψ"), field(vm.shockBudgetProperty(), null), label("s per solve"), field(vm.timeLimitProperty(), null),
                right, scenario);
        HBox actions = new HBox(6, run, cancel, export, progress);
        actions.setAlignment(Pos.CENTER_LEFT);
        form.setAlignment(Pos.CENTER_LEFT);
        form.getStyleClass().add("sweep-form");
        Label status = new Label();
        status.textProperty().bind(vm.statusProperty());
        status.setId("sweep-status");

        TableView<SweepRow> table = table();
        SplitPane split = new SplitPane(chart, table);
        split.setDividerPositions(0.55);
        VBox.setVgrow(split, Priority.ALWAYS);
        getChildren().addAll(form, actions, status, split);
        setSpacing(4);
        vm.rows().addListener((javafx.collections.ListChangeListener<SweepRow>) c -> redraw());
    }

    private static Label label(String text) {
        Label l = new Label(text);
        l.setMinWidth(Label.USE_PREF_SIZE);
        return l;
    }

    private static TextField field(javafx.beans.property.StringProperty p, String id) {
        TextField f = new TextField();
        f.textProperty().bindBidirectional(p);
        f.setPrefColumnCount(4);
        f.setMinWidth(50);
        f.setId(id);
        return f;
    }

    private TableView<SweepRow> table() {
        TableView<SweepRow> t = new TableView<>(vm.rows());
        t.setId("sweep-table");
        t.getColumns().add(col("value", r -> Math.abs(r.value()) >= 1000 ? Money.of(r.value(), "") : Num.plain(r.value())));
        t.getColumns().add(col("secure", r -> (r.secure() ? "yes" : "NO") + (r.secureExact() ? "" : "*")));
        t.getColumns().add(col("margin γ*", r -> pct(r.margin()) + (r.marginExact() ? "" : "*")));
        t.getColumns().add(col("ψ", r -> pct(r.shockBudget())));
        t.getColumns().add(col("worst-case loss", r -> pct(r.worstCaseLoss()) + (r.worstExact() ? "" : "*")));
        t.getColumns().add(col("DR bound", r -> pct(r.drBound())));
        t.getColumns().add(col("scenario loss", r -> pct(r.scenarioLoss())));
        t.getColumns().add(col("chain margins", r -> String.join("  ", r.chainMargins().entrySet().stream()
                .map(e -> e.getKey() + " " + pct(e.getValue())).toList())));
        t.setPlaceholder(new Label("Rows appear here as the sweep runs."));
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        return t;
    }

    private static TableColumn<SweepRow, String> col(String name, Function<SweepRow, String> value) {
        TableColumn<SweepRow, String> c = new TableColumn<>(name);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        c.setSortable(false);
        return c;
    }

    private static String pct(Double v) {
        return v == null ? "—" : Money.pct(v);
    }

    private void redraw() {
        List<SweepRow> rows = List.copyOf(vm.rows());
        List<ChartData.Series> series = new ArrayList<>();
        series.add(series("network margin γ*", rows, SweepRow::margin, false, true));
        series.add(series("worst-case loss", rows, SweepRow::worstCaseLoss, false, true));
        if (rows.stream().anyMatch(r -> r.drBound() != null)) {
            series.add(series("DR bound (1+1/γ)ψ", rows, SweepRow::drBound, true, false));
        }
        if (rows.stream().anyMatch(r -> r.scenarioLoss() != null)) {
            series.add(series("scenario loss", rows, SweepRow::scenarioLoss, false, false));
        }
        if (!rows.isEmpty()) {
            rows.get(0).chainMargins().keySet().stream().limit(MAX_CHAIN_LINES).forEach(c ->
                    series.add(series("margin " + c, rows, r -> r.chainMargins().get(c), false, false)));
        }
        String key = vm.resultProperty().get() != null ? vm.resultProperty().get().spec().parameter().key() : vm.parameterProperty().get();
        LineChart<Number, Number> c = ChartNodes.marginsVsPrice("Sweep of " + key, series, p -> highlight.accept(nodes(p)));
        NumberAxis x = (NumberAxis) c.getXAxis();
        x.setLabel(key);
        if (!key.startsWith("shock-budget") && !key.startsWith("price-drop") && !key.startsWith("adversary")) {
            x.setTickLabelFormatter(new NumberAxis.DefaultFormatter(x));
        }
        c.setId("sweep-chart");
        chart.getChildren().setAll(c);
    }

    private static ChartData.Series series(String name, List<SweepRow> rows, Function<SweepRow, Double> y, boolean dashed,
                                           boolean about) {
        List<ChartData.Point> points = new ArrayList<>();
        for (SweepRow r : rows) {
            List<String> validators = new ArrayList<>(r.worstShock());
            List<String> chains = new ArrayList<>();
            if (about && r.worstAttack() != null) {
                validators.addAll(r.worstAttack().validators());
                chains.addAll(r.worstAttack().chains());
            }
            points.add(new ChartData.Point(r.value(), y.apply(r), chains, about ? validators : List.of()));
        }
        return new ChartData.Series(name, points, dashed);
    }

    private static Set<NodeRef> nodes(ChartData.Point p) {
        Set<NodeRef> out = new LinkedHashSet<>();
        p.chains().forEach(c -> out.add(NodeRef.chain(c)));
        p.validators().forEach(v -> out.add(NodeRef.validator(v)));
        return out;
    }
}
