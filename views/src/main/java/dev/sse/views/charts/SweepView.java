package dev.sse.views.charts;

import dev.sse.model.format.Screen;
import dev.sse.model.compare.ChartData;
import dev.sse.model.network.graph.NodeRef;
import dev.sse.model.sweep.SweepRow;
import dev.sse.views.common.RunButtons;
import dev.sse.views.common.ViewText;
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
        CheckBox right = new CheckBox(ViewText.get("sweep.rightSide"));
        right.setMinWidth(CheckBox.USE_PREF_SIZE);
        right.selectedProperty().bindBidirectional(vm.onRightProperty());
        CheckBox scenario = new CheckBox(ViewText.get("sweep.withScenario"));
        scenario.setMinWidth(CheckBox.USE_PREF_SIZE);
        scenario.selectedProperty().bindBidirectional(vm.withScenarioProperty());
        Button run = RunButtons.run("sweep-run", vm::run, vm.runningProperty());
        Button cancel = RunButtons.cancel(vm::cancel, vm.runningProperty());
        Button export = RunButtons.export(() -> exportCsv.accept(vm.csv()), vm.resultProperty().isNull());
        ProgressBar progress = new ProgressBar();
        progress.setPrefWidth(220);
        progress.progressProperty().bind(vm.progressProperty());
        HBox form = new HBox(6, label("sweep.vary"), parameter, label("sweep.from"), field(vm.fromProperty(), "sweep-from"),
                label("sweep.to"), field(vm.toProperty(), "sweep-to"), label("sweep.steps"), field(vm.stepsProperty(), "sweep-steps"),
                label("sweep.psi"), field(vm.shockBudgetProperty(), null), label("sweep.perSolve"), field(vm.timeLimitProperty(), null),
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

    private static Label label(String key) {
        Label l = new Label(ViewText.get(key));
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

    /** The row's one verdict in the words analyze and the comparison use: never "yes*" (issue 18 item 9). */
    static String verdict(SweepRow r) {
        return ViewText.get(switch (r.verdict()) {
            case SECURE -> "comparison.side.secure";
            case INSECURE -> "comparison.side.insecure";
            case NO_ATTACK_FOUND -> "comparison.side.notProven";
        });
    }

    private TableView<SweepRow> table() {
        TableView<SweepRow> t = new TableView<>(vm.rows());
        t.setId("sweep-table");
        t.getColumns().add(col("sweep.col.value", r -> Screen.amount(r.value())));
        t.getColumns().add(col("sweep.col.secure", SweepView::verdict));
        t.getColumns().add(col("sweep.col.margin", r -> pct(r.margin()) + (r.marginExact() ? "" : "*")));
        t.getColumns().add(col("sweep.col.psi", r -> pct(r.shockBudget())));
        t.getColumns().add(col("sweep.col.worstCaseLoss", r -> pct(r.worstCaseLoss()) + (r.worstExact() ? "" : "*")));
        t.getColumns().add(col("sweep.col.drBound", r -> pct(r.drBound())));
        t.getColumns().add(col("sweep.col.scenarioLoss", r -> pct(r.scenarioLoss())));
        t.getColumns().add(col("sweep.col.chainMargins", r -> String.join("  ", r.chainMargins().entrySet().stream()
                .map(e -> e.getKey() + " " + pct(e.getValue())).toList())));
        t.setPlaceholder(new Label(ViewText.get("sweep.placeholder")));
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        return t;
    }

    private static TableColumn<SweepRow, String> col(String key, Function<SweepRow, String> value) {
        TableColumn<SweepRow, String> c = new TableColumn<>(ViewText.get(key));
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        c.setSortable(false);
        return c;
    }

    private static String pct(Double v) {
        return v == null ? "—" : Screen.percent(v);
    }

    private void redraw() {
        List<SweepRow> rows = List.copyOf(vm.rows());
        List<ChartData.Series> series = new ArrayList<>();
        series.add(series(ViewText.get("sweep.series.margin"), rows, SweepRow::margin, false, true));
        series.add(series(ViewText.get("sweep.series.worstCaseLoss"), rows, SweepRow::worstCaseLoss, false, true));
        if (rows.stream().anyMatch(r -> r.drBound() != null)) {
            series.add(series(ViewText.get("sweep.series.drBound"), rows, SweepRow::drBound, true, false));
        }
        if (rows.stream().anyMatch(r -> r.scenarioLoss() != null)) {
            series.add(series(ViewText.get("sweep.series.scenarioLoss"), rows, SweepRow::scenarioLoss, false, false));
        }
        if (!rows.isEmpty()) {
            rows.get(0).chainMargins().keySet().stream().limit(MAX_CHAIN_LINES).forEach(c ->
                    series.add(series(ViewText.get("sweep.series.chainMargin", c), rows, r -> r.chainMargins().get(c), false, false)));
        }
        String key = vm.resultProperty().get() != null ? vm.resultProperty().get().spec().parameter().key() : vm.parameterProperty().get();
        LineChart<Number, Number> c = ChartNodes.marginsVsPrice(ViewText.get("sweep.chart.title", key), series, p -> highlight.accept(nodes(p)));
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
