package dev.sse.app.shell;

import dev.sse.app.i18n.Messages;
import dev.sse.model.io.json.FileAccess;
import dev.sse.model.io.json.NetworkFormatException;
import dev.sse.model.io.json.UserText;
import java.io.IOException;
import java.nio.file.FileSystemException;
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

    /** What went wrong in one line: a file's problems, or why a file cannot be read or written (never a class name). */
    static String describe(Throwable error) {
        if (error instanceof NetworkFormatException f) {
            return f.getMessage();
        }
        if (error instanceof NoSuchFileException e) {
            return Messages.get("dialog.noSuchFile", UserText.escape(e.getFile()));
        }
        if (error instanceof IOException e) {
            String file = e instanceof FileSystemException f && f.getFile() != null ? f.getFile() + ": " : "";
            return UserText.escape(file + FileAccess.reason(e));
        }
        String message = error.getMessage();
        return message == null || message.isBlank() ? error.getClass().getSimpleName() : message;
    }
}
