package dev.sse.app.shell;

import dev.sse.app.commands.ActionCatalog;
import dev.sse.app.i18n.Messages;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.stage.Stage;

/**
 * The "Keyboard shortcuts" sheet (?): every accelerator of the action catalogue (so it can never drift), then the
 * mouse gestures and the keys the graph, the timeline and presenter mode handle themselves. Nothing is cut: keys
 * keep their width, descriptions wrap, and the sheet scrolls when the text is large.
 */
final class ShortcutSheet {

    /** The gestures and keys no menu item carries: message keys of the keys and of what they do. */
    static final List<List<String>> GESTURES = List.of(
            List.of("shortcuts.click", "shortcuts.click.what"),
            List.of("shortcuts.shiftClick", "shortcuts.shiftClick.what"),
            List.of("shortcuts.marquee", "shortcuts.marquee.what"),
            List.of("shortcuts.rightClick", "shortcuts.rightClick.what"),
            List.of("shortcuts.menuKey", "shortcuts.menuKey.what"),
            List.of("shortcuts.tab", "shortcuts.tab.what"),
            List.of("shortcuts.escape", "shortcuts.escape.what"),
            List.of("shortcuts.scroll", "shortcuts.scroll.what"),
            List.of("shortcuts.drag", "shortcuts.drag.what"),
            List.of("shortcuts.ctrlDrag", "shortcuts.ctrlDrag.what"),
            List.of("shortcuts.ctrlDragEdge", "shortcuts.ctrlDragEdge.what"),
            List.of("shortcuts.space", "shortcuts.space.what"),
            List.of("shortcuts.arrows", "shortcuts.arrows.what"),
            List.of("shortcuts.homeEnd", "shortcuts.homeEnd.what"),
            List.of("shortcuts.f5", "shortcuts.f5.what"));

    private ShortcutSheet() {
    }

    /** The rows of the sheet: keys, what they do. */
    static List<String[]> rows() {
        List<String[]> rows = new ArrayList<>();
        for (ActionCatalog a : ActionCatalog.values()) {
            if (a.accelerator() != null) {
                rows.add(new String[] {KeyCombination.keyCombination(a.accelerator()).getDisplayText(),
                        Messages.get("shortcuts.row", a.plainText(), a.description())});
            }
        }
        for (List<String> keys : GESTURES) {
            rows.add(new String[] {Messages.get(keys.get(0)), Messages.get(keys.get(1))});
        }
        return rows;
    }

    static Alert show(Stage owner) {
        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(4);
        int row = 0;
        for (String[] r : rows()) {
            Label keys = new Label(r[0]);
            keys.setMinWidth(Region.USE_PREF_SIZE);
            Label what = new Label(r[1]);
            what.setWrapText(true);
            what.setMaxWidth(Region.USE_PREF_SIZE);
            what.setStyle("-fx-pref-width: 34em;"); // about 70 characters a line, in whatever text size is chosen
            what.setMinHeight(Region.USE_PREF_SIZE);
            grid.addRow(row++, keys, what);
        }
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(Math.min(520, owner == null ? 520 : owner.getHeight() * 0.7));
        scroll.getStyleClass().add("shortcut-sheet");
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        if (owner != null) {
            alert.initOwner(owner);
        }
        alert.setResizable(true);
        alert.setTitle(Messages.get("shortcuts.title"));
        alert.setHeaderText(Messages.get("shortcuts.title"));
        alert.getDialogPane().setContent(scroll);
        alert.show();
        return alert;
    }
}
