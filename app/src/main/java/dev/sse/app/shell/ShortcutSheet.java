package dev.sse.app.shell;

import dev.sse.app.commands.ActionCatalog;
import dev.sse.app.i18n.Messages;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.GridPane;
import javafx.stage.Stage;

/** The "Keyboard shortcuts" sheet (?), built from the action catalogue so it can never drift. */
final class ShortcutSheet {

    private ShortcutSheet() {
    }

    static void show(Stage owner) {
        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(4);
        int row = 0;
        for (ActionCatalog a : ActionCatalog.values()) {
            if (a.accelerator() != null) {
                grid.addRow(row++, new Label(KeyCombination.keyCombination(a.accelerator()).getDisplayText()),
                        new Label(Messages.get("shortcuts.row", a.plainText(), a.description())));
            }
        }
        grid.addRow(row++, new Label(Messages.get("shortcuts.scroll")), new Label(Messages.get("shortcuts.scroll.what")));
        grid.addRow(row++, new Label(Messages.get("shortcuts.drag")), new Label(Messages.get("shortcuts.drag.what")));
        grid.addRow(row++, new Label(Messages.get("shortcuts.click")), new Label(Messages.get("shortcuts.click.what")));
        grid.addRow(row++, new Label(Messages.get("shortcuts.ctrlDrag")), new Label(Messages.get("shortcuts.ctrlDrag.what")));
        grid.addRow(row, new Label(Messages.get("shortcuts.ctrlDragEdge")), new Label(Messages.get("shortcuts.ctrlDragEdge.what")));
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        if (owner != null) {
            alert.initOwner(owner);
        }
        alert.setTitle(Messages.get("shortcuts.title"));
        alert.setHeaderText(Messages.get("shortcuts.title"));
        alert.getDialogPane().setContent(grid);
        alert.show();
    }
}
