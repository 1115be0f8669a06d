package dev.sse.app.shell;

import dev.sse.app.i18n.Messages;
import dev.sse.model.io.files.AtomicFiles;
import dev.sse.model.io.json.FileAccess;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import javafx.scene.control.Alert;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * Saving a table as CSV where the user chooses (issue 21: one copy for the node table and the Monte Carlo draws): a
 * save dialog with a CSV filter, then an atomic write; a file it cannot write is an error naming it and why.
 */
public final class SaveCsv {

    private SaveCsv() {
    }

    /** Asks where to save {@code csv} ({@code title}, suggesting {@code initialName}) and writes it; nothing on cancel. */
    public static void ask(Window owner, String title, String initialName, String csv) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv"));
        chooser.setInitialFileName(initialName);
        File target = chooser.showSaveDialog(owner);
        if (target == null) {
            return;
        }
        try {
            AtomicFiles.write(target.toPath(), csv.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            Alert alert = new Alert(Alert.AlertType.ERROR, failure(target, e));
            alert.initOwner(owner);
            alert.show();
        }
    }

    /** "Could not write FILE: why". */
    static String failure(File target, IOException e) {
        return Messages.get("file.csvFailed", String.valueOf(target), FileAccess.reason(e));
    }
}
