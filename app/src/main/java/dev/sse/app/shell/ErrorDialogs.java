package dev.sse.app.shell;

import dev.sse.model.io.json.NetworkFormatException;
import java.nio.file.NoSuchFileException;
import javafx.scene.control.Alert;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;

/** User-facing error dialogs: what went wrong, where, never a stack trace. */
final class ErrorDialogs {

    private ErrorDialogs() {
    }

    static void showLoadFailure(Stage owner, String name, Throwable error) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        if (owner != null && owner.isShowing()) {
            alert.initOwner(owner);
        }
        alert.setTitle("Could not open " + name);
        alert.setHeaderText("Could not open " + name + "; the current network stays open.");
        TextArea details = new TextArea(describe(error));
        details.setEditable(false);
        details.setWrapText(true);
        details.setPrefRowCount(8);
        alert.getDialogPane().setContent(details);
        alert.show();
    }

    static void showSaveFailure(Stage owner, java.nio.file.Path target, java.io.IOException error) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        if (owner != null && owner.isShowing()) {
            alert.initOwner(owner);
        }
        alert.setTitle("Could not save");
        alert.setHeaderText("Could not save " + target.getFileName() + "; nothing was changed on disk.");
        alert.setContentText(describe(error));
        alert.show();
    }

    static String describe(Throwable error) {
        if (error instanceof NetworkFormatException f) {
            return f.getMessage();
        }
        if (error instanceof NoSuchFileException e) {
            return "no such file: " + e.getFile();
        }
        String message = error.getMessage();
        return message == null || message.isBlank() ? error.getClass().getSimpleName() : message;
    }
}
