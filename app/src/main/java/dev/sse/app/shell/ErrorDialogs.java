package dev.sse.app.shell;

import dev.sse.app.i18n.Messages;
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
        alert.setTitle(Messages.get("dialog.openFailed.title", name));
        alert.setHeaderText(Messages.get("dialog.openFailed.header", name));
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
        alert.setTitle(Messages.get("dialog.saveFailed.title"));
        alert.setHeaderText(Messages.get("dialog.saveFailed.header", String.valueOf(target.getFileName())));
        alert.setContentText(describe(error));
        alert.show();
    }

    static String describe(Throwable error) {
        if (error instanceof NetworkFormatException f) {
            return f.getMessage();
        }
        if (error instanceof NoSuchFileException e) {
            return Messages.get("dialog.noSuchFile", e.getFile());
        }
        String message = error.getMessage();
        return message == null || message.isBlank() ? error.getClass().getSimpleName() : message;
    }
}
