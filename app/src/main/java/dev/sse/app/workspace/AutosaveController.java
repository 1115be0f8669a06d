package dev.sse.app.workspace;

import dev.sse.app.commands.CommandStack;
import dev.sse.app.files.Document;
import dev.sse.app.files.RecoveryStore;
import dev.sse.app.shell.DocumentActions;
import dev.sse.model.network.Network;
import dev.sse.model.simulation.Scenario;
import java.io.IOException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.util.Duration;

/**
 * Autosave for crash recovery: while the document has unsaved changes, its network and injected faults
 * (as Save would write them) are copied to the recovery folder after every structural edit (a command, undo or redo) and every {@value #INTERVAL_SECONDS}
 * seconds; once it is clean again (saved, reverted, another document opened) the copy is deleted, and so
 * is it on a clean exit. Writing happens on one background thread, in order; the FX thread only decides.
 */
final class AutosaveController implements AutoCloseable {

    static final int INTERVAL_SECONDS = 30;
    private static final Logger LOG = Logger.getLogger(AutosaveController.class.getName());

    private final RecoveryStore store;
    private final DocumentActions documents;
    private final ExecutorService io = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "sse-autosave");
        t.setDaemon(true);
        return t;
    });
    private final Timeline timer = new Timeline(new KeyFrame(Duration.seconds(INTERVAL_SECONDS), e -> check()));
    private boolean running;
    private Network written;
    private Scenario writtenFaults;
    private boolean failureLogged;

    AutosaveController(RecoveryStore store, DocumentActions documents, CommandStack commands) {
        this.store = store;
        this.documents = documents;
        timer.setCycleCount(Animation.INDEFINITE);
        commands.addListener(this::check);
        documents.addListener(this::check);
    }

    /** Starts autosaving (after any recovery offered at start has been answered, so no copy is lost). */
    void start() {
        running = true;
        timer.play();
        check();
    }

    /** Runs tasks on the autosave thread, after every copy already queued (restoring uses it to discard the old copy). */
    void afterPendingWrites(Runnable task) {
        io.execute(task);
    }

    /** Copies the network if it changed and is unsaved; deletes the copy when there is nothing unsaved. */
    void check() {
        Document doc = documents.current();
        if (!running || doc == null) {
            return;
        }
        if (doc.isDirty()) {
            Network now = doc.network().get();
            Scenario faults = doc.scenario().get();
            if (now != written || faults != writtenFaults) {
                written = now;
                writtenFaults = faults;
                Network copy = doc.withScenario(); // the injected faults are unsaved work too
                RecoveryStore.Origin origin = new RecoveryStore.Origin(doc.file(), doc.sampleId(), doc.displayName());
                io.execute(() -> save(copy, origin));
            }
        } else if (written != null) {
            written = null;
            writtenFaults = null;
            io.execute(this::clear);
        }
    }

    private void save(Network network, RecoveryStore.Origin origin) {
        try {
            store.save(network, origin);
        } catch (IOException | RuntimeException e) {
            if (!failureLogged) {
                failureLogged = true;
                LOG.log(Level.WARNING, "autosave failed; unsaved work is not protected against a crash", e);
            }
        }
    }

    private void clear() {
        try {
            store.clearOwn();
        } catch (IOException e) {
            LOG.log(Level.WARNING, "could not delete the autosaved copy", e);
        }
    }

    /** Clean exit: stops, lets queued writes finish, then deletes our copy. */
    @Override
    public void close() {
        running = false;
        timer.stop();
        io.shutdown();
        try {
            io.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        clear();
    }
}
