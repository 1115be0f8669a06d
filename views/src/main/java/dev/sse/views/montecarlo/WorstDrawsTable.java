package dev.sse.views.montecarlo;

import dev.sse.views.common.ViewText;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;

/** The table of {@link WorstDraws}: one row a draw; Enter or a double-click plays the selected one. */
final class WorstDrawsTable {

    private WorstDrawsTable() {
    }

    static TableView<WorstDraws.Row> create() {
        TableView<WorstDraws.Row> t = new TableView<>();
        t.setId("mc-worst");
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        t.getColumns().add(column("mc.worst.rank", WorstDraws.Row::rank, 2));
        t.getColumns().add(column("mc.worst.draw", WorstDraws.Row::draw, 4));
        t.getColumns().add(column("mc.worst.col.loss", WorstDraws.Row::loss, 15));
        t.getColumns().add(column("mc.worst.col.depth", WorstDraws.Row::depth, 4));
        t.getColumns().add(column("mc.worst.col.fallen", WorstDraws.Row::fallen, 10));
        t.setPlaceholder(MonteCarloView.placeholder());
        t.setTooltip(new javafx.scene.control.Tooltip(ViewText.get("mc.worst.title")));
        t.setPrefHeight(220);
        return t;
    }

    /** Enter or a double-click on a row runs {@code play}. */
    static void onPlay(TableView<WorstDraws.Row> t, Runnable play) {
        t.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && t.getSelectionModel().getSelectedItem() != null) {
                play.run();
            }
        });
        t.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && t.getSelectionModel().getSelectedItem() != null) {
                play.run();
                e.consume();
            }
        });
    }

    private static TableColumn<WorstDraws.Row, String> column(String key, Function<WorstDraws.Row, String> value, int em) {
        TableColumn<WorstDraws.Row, String> c = new TableColumn<>(ViewText.get(key));
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        c.setPrefWidth(em * 8.0); // about em characters at the default text size
        return c;
    }
}
