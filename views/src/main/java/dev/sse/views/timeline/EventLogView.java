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

    public EventLogView(TimelineViewModel vm, Consumer<EventRow> onSelect) {
        super(vm.log());
        getStyleClass().add("event-log");
        setId("event-log");
        setPlaceholder(new javafx.scene.control.Label(ViewText.get("timeline.log.placeholder")));
        setCellFactory(list -> new ListCell<>() {
            private String typeClass;
            private final javafx.scene.control.Tooltip whole = new javafx.scene.control.Tooltip();

            {
                whole.setWrapText(true);
                whole.setMaxWidth(480);
                setWrapText(true);
                prefWidthProperty().bind(list.widthProperty().subtract(20));
                setMaxWidth(USE_PREF_SIZE);
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
}
