package dev.sse.app.shell;

import dev.sse.app.commands.ActionCatalog;
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
                        new Label(a.plainText() + " — " + a.description()));
            }
        }
        grid.addRow(row++, new Label("Scroll"), new Label("Zoom to the cursor"));
        grid.addRow(row++, new Label("Drag background"), new Label("Pan"));
        grid.addRow(row++, new Label("Click"), new Label("Select a chain or validator; the inspector shows its figures"));
        grid.addRow(row, new Label("Ctrl+drag validator"), new Label("Change its stake (up = more); Esc cancels"));
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        if (owner != null) {
            alert.initOwner(owner);
        }
        alert.setTitle("Keyboard shortcuts");
        alert.setHeaderText("Keyboard shortcuts");
        alert.getDialogPane().setContent(grid);
        alert.show();
    }
}
