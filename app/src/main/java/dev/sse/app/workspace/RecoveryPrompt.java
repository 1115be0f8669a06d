package dev.sse.app.workspace;

import dev.sse.app.files.Document;
import dev.sse.app.files.NetworkLoader;
import dev.sse.app.files.RecoveryStore;
import dev.sse.app.i18n.Messages;
import dev.sse.app.shell.DocumentActions;
import dev.sse.model.network.Network;
import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Stage;

/**
 * At start: if an earlier explorer left unsaved work behind (it crashed or was killed), offers to restore
 * the newest copy. Restore opens it as an unsaved document pointing at its original file (or sample), so
 * nothing is lost and Save writes it where it came from; Discard deletes the copy; Later (or closing the
 * question) keeps it for the next start. Nothing is deleted before the user has answered.
 */
final class RecoveryPrompt {

    static final ButtonType RESTORE = new ButtonType(Messages.get("recovery.restore"), ButtonBar.ButtonData.OK_DONE);
    static final ButtonType DISCARD = new ButtonType(Messages.get("recovery.discard"), ButtonBar.ButtonData.OTHER);
    /** Closing the question (Esc, the window's ×) keeps the copy: it is offered again at the next start. */
    static final ButtonType LATER = new ButtonType(Messages.get("recovery.later"), ButtonBar.ButtonData.CANCEL_CLOSE);
    private static final Logger LOG = Logger.getLogger(RecoveryPrompt.class.getName());

    private final RecoveryStore store;
    private final DocumentActions documents;
    private final AutosaveController autosave;

    RecoveryPrompt(RecoveryStore store, DocumentActions documents, AutosaveController autosave) {
        this.store = store;
        this.documents = documents;
        this.autosave = autosave;
    }

    /** Asks about the newest orphaned copy, if any; autosave starts once the question is answered. */
    void offer(Stage owner) {
        List<RecoveryStore.Entry> orphans = store.orphans();
        if (orphans.isEmpty()) {
            autosave.start();
            return;
        }
        RecoveryStore.Entry entry = orphans.get(0);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", RESTORE, DISCARD, LATER);
        alert.initOwner(owner);
        alert.setTitle(Messages.get("recovery.title"));
        alert.setHeaderText(Messages.get("recovery.header", entry.origin().displayName()));
        alert.setContentText(Messages.get("recovery.content", entry.networkName(),
                DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withZone(ZoneId.systemDefault()).format(entry.savedAt())));
        alert.resultProperty().addListener((o, was, answer) -> {
            if (answer == RESTORE) {
                restore(entry);
            } else if (answer == DISCARD) {
                discard(entry);
                autosave.start();
            } else if (answer != null) {
                autosave.start(); // later: the copy stays where it is
            }
        });
        alert.show();
    }

    private void restore(RecoveryStore.Entry entry) {
        documents.open(entry.origin().displayName(), () -> restored(entry)).whenComplete((doc, error) -> {
            autosave.start(); // copies the restored (unsaved) document under our own name first…
            if (error == null) { // (Cancel at the unsaved-work question, or a failure, keeps the old copy)
                autosave.afterPendingWrites(() -> discard(entry)); // …then drops the old copy
            }
        });
    }

    /** The recovered network, against what its file or sample holds now (null when that cannot be read). */
    Document restored(RecoveryStore.Entry entry) throws Exception {
        Network current = store.read(entry);
        RecoveryStore.Origin origin = entry.origin();
        Network saved = null;
        String name = origin.displayName();
        Path file = origin.file();
        try {
            if (file != null) {
                name = file.getFileName().toString();
                saved = NetworkLoader.load(file);
            } else if (origin.sampleId() != null) {
                saved = NetworkLoader.loadSample(origin.sampleId());
            }
        } catch (Exception e) {
            LOG.log(Level.INFO, "original of the recovered work cannot be read; it stays unsaved", e);
        }
        return Document.restored(current, saved, file, name, origin.sampleId());
    }

    private void discard(RecoveryStore.Entry entry) {
        try {
            store.discard(entry);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "could not delete the recovery copy " + entry.network(), e);
        }
    }
}
