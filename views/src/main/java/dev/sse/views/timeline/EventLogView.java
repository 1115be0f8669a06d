package dev.sse.views.timeline;

import dev.sse.views.common.ViewText;
import java.util.function.Consumer;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;

/**
 * The event log: every event up to the current step, one sentence each. Selecting an entry hands its
 * subjects to {@code onSelect} (the graph selects them).
 */
public final class EventLogView extends ListView<EventRow> {

    /** Scroll bar and rounding, beside the cell's own horizontal padding. */
    private static final double SCROLL_BAR_PX = 18;
    private final LogRowHeight rowHeight = new LogRowHeight();

    public EventLogView(TimelineViewModel vm, Consumer<EventRow> onSelect) {
        super(vm.log());
        getStyleClass().add("event-log");
        setId("event-log");
        javafx.scene.control.Label placeholder = new javafx.scene.control.Label(ViewText.get("timeline.log.placeholder"));
        placeholder.setWrapText(true); // whole at any text size, like the entries
        setPlaceholder(placeholder);
        setCellFactory(list -> new ListCell<>() {
            private String typeClass;
            private final javafx.scene.control.Tooltip whole = new javafx.scene.control.Tooltip();

            {
                whole.setWrapText(true);
                whole.setMaxWidth(480);
                setWrapText(true);
                setPrefWidth(0); // no width of its own: the cell takes the viewport's and wraps in it
            }

            @Override
            protected void updateItem(EventRow row, boolean empty) {
                super.updateItem(row, empty);
                setText(empty || row == null ? null : row.toString());
                whole.setText(getText());
                setTooltip(getText() == null ? null : whole);
                // change the style class only when the type changes: each change re-applies CSS to the cell
                String wanted = empty || row == null ? null : "event-" + row.type();
                if (!java.util.Objects.equals(wanted, typeClass)) {
                    if (typeClass != null) {
                        getStyleClass().remove(typeClass);
                    }
                    if (wanted != null) {
                        getStyleClass().add(wanted);
                    }
                    typeClass = wanted;
                }
            }
        });
        getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                onSelect.accept(now);
            }
        });
        vm.log().addListener((javafx.collections.ListChangeListener<EventRow>) c -> {
            if (!vm.log().isEmpty()) {
                scrollTo(vm.log().size() - 1);
            }
        });
    }

    /** Before each layout: the one cell height that shows the longest entry whole (measured only when needed). */
    @Override
    protected void layoutChildren() {
        javafx.scene.Node cell = lookup(".list-cell");
        if (cell instanceof javafx.scene.control.Labeled labeled && getWidth() > 0) {
            if (!getChildren().containsAll(rowHeight.probes())) {
                getChildren().addAll(rowHeight.probes()); // hidden, unmanaged: styled by the log's rules, never shown
            }
            labeled.applyCss(); // a new cell's font is the default until its CSS is applied
            double cellWidth = getWidth() - snappedLeftInset() - snappedRightInset() - SCROLL_BAR_PX;
            double height = rowHeight.height(getItems(), cellWidth, labeled.getFont());
            if (height > 0 && height != getFixedCellSize()) {
                setFixedCellSize(height);
            }
        }
        super.layoutChildren();
    }
}
