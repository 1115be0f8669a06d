package dev.sse.app.workspace;

import dev.sse.app.i18n.Messages;
import dev.sse.views.common.FxBridge;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.stage.Stage;

/**
 * Tells the user that an unexpected error happened and where its details are, never the stack trace
 * itself. One dialog at a time: a burst of errors (e.g. one per frame) does not flood the screen.
 */
final class ErrorReporter implements Consumer<Throwable> {

    private final Supplier<Stage> owner;
    private final Path logFile;
    private boolean showing;

    ErrorReporter(Supplier<Stage> owner, Path logFile) {
        this.owner = owner;
        this.logFile = logFile;
    }

    /** Any thread; the dialog opens on the FX thread after the current event. */
    @Override
    public void accept(Throwable error) {
        FxBridge.later(this::show);
    }

    static String message(Path logFile) {
        return Messages.get("error.message", String.valueOf(logFile));
    }

    private void show() {
        if (showing) {
            return;
        }
        showing = true;
        Alert alert = new Alert(Alert.AlertType.ERROR);
        Stage stage = owner.get();
        if (stage != null && stage.isShowing()) {
            alert.initOwner(stage);
        }
        alert.setTitle(Messages.get("error.title"));
        alert.setHeaderText(Messages.get("error.header"));
        alert.setContentText(Messages.get("error.content", message(logFile)));
        alert.setOnHidden(e -> showing = false);
        alert.show();
    }
}
