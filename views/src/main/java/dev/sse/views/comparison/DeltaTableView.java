package dev.sse.views.comparison;

import dev.sse.model.compare.ChainDelta;
import dev.sse.model.compare.ComparisonTable;
import dev.sse.model.compare.Metric;
import dev.sse.model.compare.MetricDelta;
import dev.sse.model.compare.MetricFormat;
import dev.sse.model.compare.Safer;
import dev.sse.views.common.ViewText;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/**
 * The delta table: one row per chain (matched by id), one column per metric showing "left | right", the
 * difference right − left and the safer side; above it, the network-wide metrics. Selecting a row selects the
 * chain on both graphs.
 */
public final class DeltaTableView extends VBox {

    private static final PseudoClass LEFT = PseudoClass.getPseudoClass("safer-left");
    private static final PseudoClass RIGHT = PseudoClass.getPseudoClass("safer-right");

    private final FlowPane network = new FlowPane(18, 4);

    public DeltaTableView(ComparisonViewModel vm, Consumer<String> onChain) {
        getStyleClass().add("delta-table");
        getStylesheets().add(DeltaTableView.class.getResource("/dev/sse/views/comparison/comparison.css").toExternalForm());
        TableView<ChainDelta> table = new TableView<>(vm.rows());
        table.setId("delta-table");
        table.setPlaceholder(new Label(ViewText.get("comparison.delta.placeholder")));
        TableColumn<ChainDelta, String> chain = new TableColumn<>(ViewText.get("comparison.delta.chain"));
        chain.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().name() + " (" + c.getValue().chain() + ")"));
        chain.setPrefWidth(170);
        table.getColumns().add(chain);
        for (Metric m : Metric.CHAIN) {
            table.getColumns().add(metricColumn(m));
        }
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                onChain.accept(now.chain());
            }
        });
        network.getStyleClass().add("delta-network");
        vm.tableProperty().addListener((o, was, now) -> showNetwork(now));
        VBox.setVgrow(table, javafx.scene.layout.Priority.ALWAYS);
        getChildren().addAll(network, table);
        setSpacing(4);
    }

    private void showNetwork(ComparisonTable t) {
        network.getChildren().clear();
        if (t == null) {
            return;
        }
        network.getChildren().add(new Label(ViewText.get("comparison.delta.sides", t.leftLabel(), t.rightLabel())));
        for (MetricDelta d : t.network()) {
            Label l = new Label(ViewText.get(d.safer() == Safer.UNKNOWN ? "comparison.delta.metric"
                    : d.safer() == Safer.SAME ? "comparison.delta.metric.same" : "comparison.delta.metric.safer",
                    d.metric().label(), MetricFormat.value(d.metric(), d.left()), MetricFormat.value(d.metric(), d.right()),
                    MetricFormat.safer(d.safer())));
            l.getStyleClass().add("delta-network-metric");
            l.pseudoClassStateChanged(LEFT, d.safer() == Safer.LEFT);
            l.pseudoClassStateChanged(RIGHT, d.safer() == Safer.RIGHT);
            network.getChildren().add(l);
        }
    }

    private static TableColumn<ChainDelta, MetricDelta> metricColumn(Metric m) {
        TableColumn<ChainDelta, MetricDelta> col = new TableColumn<>(ViewText.get("comparison.delta.column", m.label()));
        col.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().get(m)));
        col.setCellFactory(c -> new DeltaCell());
        col.setPrefWidth(150);
        col.setSortable(false);
        return col;
    }

    /** Two lines: "left | right", then the difference and the safer side, tinted by the safer side. */
    private static final class DeltaCell extends TableCell<ChainDelta, MetricDelta> {
        private final Label values = new Label();
        private final Label delta = new Label();
        private final VBox box = new VBox(1, values, delta);

        DeltaCell() {
            delta.getStyleClass().add("delta-diff");
            values.getStyleClass().add("delta-values");
        }

        @Override
        protected void updateItem(MetricDelta d, boolean empty) {
            super.updateItem(d, empty);
            pseudoClassStateChanged(LEFT, !empty && d != null && d.safer() == Safer.LEFT);
            pseudoClassStateChanged(RIGHT, !empty && d != null && d.safer() == Safer.RIGHT);
            if (empty || d == null) {
                setGraphic(null);
                setTooltip(null);
                return;
            }
            values.setText(MetricFormat.value(d.metric(), d.left()) + " | " + MetricFormat.value(d.metric(), d.right()));
            String diff = MetricFormat.difference(d);
            String safer = switch (d.safer()) {
                case LEFT -> ViewText.get("comparison.delta.leftSafer");
                case RIGHT -> ViewText.get("comparison.delta.rightSafer");
                case SAME -> ViewText.get("comparison.delta.same");
                case UNKNOWN -> "";
            };
            delta.setText((diff.isEmpty() ? "" : "Δ " + diff + "  ") + safer);
            setGraphic(box);
            setTooltip(new Tooltip(ViewText.get(d.metric().higherIsSafer() ? "comparison.delta.higherIsSafer"
                    : "comparison.delta.lowerIsSafer", d.metric().label())));
        }
    }
}
