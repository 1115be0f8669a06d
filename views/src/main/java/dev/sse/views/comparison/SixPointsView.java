package dev.sse.views.comparison;

import dev.sse.model.compare.ChainDelta;
import dev.sse.model.compare.MetricFormat;
import dev.sse.model.compare.Safer;
import dev.sse.model.compare.SixPointDelta;
import dev.sse.model.format.Screen;
import dev.sse.views.common.ViewText;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;

/**
 * The seed's six points per chain (security source, capital cost, sovereignty, time to finality,
 * cross-chain trust, economic attack cost), left and right side by side with the difference and the
 * better side. The rows come from the comparison table; nothing is computed here but text.
 */
public final class SixPointsView extends TableView<SixPointsView.Row> {

    /** One table row: a chain and one of its six points. */
    public record Row(String chain, SixPointDelta point) {
    }

    private final ObservableList<Row> rows = FXCollections.observableArrayList();

    public SixPointsView(ComparisonViewModel vm) {
        setItems(rows);
        setId("six-points");
        setPlaceholder(new Label(ViewText.get("comparison.six.placeholder")));
        getColumns().add(column(ViewText.get("comparison.six.chain"), 170, Row::chain));
        getColumns().add(column(ViewText.get("comparison.six.point"), 160, r -> r.point().label()));
        getColumns().add(column(ViewText.get("comparison.six.left"), 220, r -> SixPointDelta.text(r.point().left())));
        getColumns().add(column(ViewText.get("comparison.six.right"), 220, r -> SixPointDelta.text(r.point().right())));
        getColumns().add(column(ViewText.get("comparison.six.difference"), 130, r -> r.point().difference() == null ? ""
                : Screen.amount(r.point().difference(), unit(r.point()))));
        getColumns().add(column(ViewText.get("comparison.six.better"), 90, r -> r.point().better() == Safer.UNKNOWN ? ""
                : MetricFormat.safer(r.point().better())));
        setColumnResizePolicy(CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        vm.rows().addListener((ListChangeListener<ChainDelta>) c -> fill(vm.rows()));
        fill(vm.rows());
        setRowFactory(t -> new javafx.scene.control.TableRow<>() {
            @Override
            protected void updateItem(Row row, boolean empty) {
                super.updateItem(row, empty);
                setTooltip(empty || row == null ? null : new Tooltip(why(row.point())));
            }
        });
    }

    private void fill(List<ChainDelta> deltas) {
        List<Row> next = new ArrayList<>();
        for (ChainDelta d : deltas) {
            d.sixPoints().forEach(p -> next.add(new Row(d.name() + " (" + d.chain() + ")", p)));
        }
        rows.setAll(next);
    }

    private static String unit(SixPointDelta d) {
        String u = d.left() != null ? d.left().unit() : d.right() == null ? null : d.right().unit();
        return u == null ? "" : u;
    }

    private static String why(SixPointDelta d) {
        return ViewText.get("comparison.six.why", d.left() == null ? "—" : d.left().why(), d.right() == null ? "—" : d.right().why());
    }

    private static TableColumn<Row, String> column(String title, double width, Function<Row, String> value) {
        TableColumn<Row, String> col = new TableColumn<>(title);
        col.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        col.setPrefWidth(width);
        col.setSortable(false);
        return col;
    }
}
