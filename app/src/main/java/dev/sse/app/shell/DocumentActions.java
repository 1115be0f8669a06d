package dev.sse.app.shell;

import dev.sse.app.commands.CommandStack;
import dev.sse.app.files.Document;
import dev.sse.app.files.NetworkLoader;
import dev.sse.app.i18n.Messages;
import dev.sse.model.network.Network;
import dev.sse.samples.SampleNetworks;
import dev.sse.views.common.FxBridge;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import javafx.stage.Stage;

/**
 * Open, save, save as and revert. Every path that replaces the open document (open, recent files, samples,
 * tours, dropping a file, restoring recovered work) comes through here and first asks about unsaved work; a
 * Cancel leaves everything as it was. Reading happens off the FX thread; a file that fails to load shows its
 * problems and leaves the current network open. Saving is atomic (see {@link Document#saveTo}).
 * Listeners hear about every new current document, save and revert (autosave, recent files).
 */
public final class DocumentActions {

    private final FxBridge bridge;
    private final Consumer<Document> adopt;
    private final Supplier<Stage> stage;
    private final CommandStack commands;
    private final Runnable saved;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private Document current;

    DocumentActions(FxBridge bridge, Consumer<Document> adopt, Supplier<Stage> stage, CommandStack commands,
                    Runnable saved) {
        this.bridge = bridge;
        this.adopt = adopt;
        this.stage = stage;
        this.commands = commands;
        this.saved = saved;
    }

    /** The open document, or null before the first one is loaded. */
    public Document current() {
        return current;
    }

    void setCurrent(Document document) {
        current = document;
    }

    /** Called on the FX thread after the current document changed, was saved or reverted. */
    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    public void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    private void fire() {
        listeners.forEach(Runnable::run);
    }

    CompletableFuture<Document> openFile(Path file, boolean fallBackToDefault) {
        return confirmDiscard(current) ? loadFile(file, fallBackToDefault) : cancelled();
    }

    private CompletableFuture<Document> loadFile(Path file, boolean fallBackToDefault) {
        return load(file.getFileName().toString(), () -> new Document(NetworkLoader.load(file),
                NetworkLoader.isGraphFile(file) ? null : file, file.getFileName().toString()), fallBackToDefault);
    }

    /**
     * Opens a file after asking about unsaved work; a failure shows its problems and leaves the current network
     * open (the future fails), and so does Cancel (with a {@link CancellationException}, no dialog).
     */
    public CompletableFuture<Document> openFile(Path file) {
        return openFile(file, false);
    }

    /** Opens a bundled sample after asking about unsaved work (Cancel: the future fails, nothing changes). */
    public CompletableFuture<Document> openSample(String id) {
        if (!confirmDiscard(current)) {
            return cancelled();
        }
        return load(id, () -> Document.ofSample(NetworkLoader.loadSample(id), id), false);
    }

    /** Opens whatever {@code reader} builds off the FX thread (e.g. restored work) as the current document. */
    public CompletableFuture<Document> open(String name, Callable<Document> reader) {
        if (!confirmDiscard(current)) {
            return cancelled();
        }
        return load(name, reader, false);
    }

    /** What the open methods return when the user chose Cancel at the unsaved-work question. */
    private static CompletableFuture<Document> cancelled() {
        return CompletableFuture.failedFuture(new CancellationException("kept the unsaved document"));
    }

    void chooseAndOpen() {
        if (!confirmDiscard(current)) {
            return;
        }
        FileChooser chooser = chooser(Messages.get("file.open.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("file.filter.graph"), "*.graphml", "*.gexf"));
        File chosen = chooser.showOpenDialog(stage.get());
        if (chosen != null) {
            loadFile(chosen.toPath(), false);
        }
    }

    private CompletableFuture<Document> load(String name, Callable<Document> reader, boolean fallBackToDefault) {
        return bridge.compute(() -> {
            try {
                return reader.call();
            } catch (Exception e) {
                throw new CompletionException(e);
            }
        }).whenComplete((doc, error) -> {
            if (error != null) {
                ErrorDialogs.showLoadFailure(stage.get(), name, error instanceof CompletionException ? error.getCause() : error);
                if (fallBackToDefault && current == null) {
                    openSample(SampleNetworks.DEFAULT_ID);
                }
            } else {
                adopt.accept(doc);
                fire();
            }
        });
    }

    void save() {
        if (current == null) {
            return;
        }
        if (current.file() == null) {
            saveAs();
        } else {
            saveTo(current.file());
        }
    }

    void saveAs() {
        if (current == null) {
            return;
        }
        FileChooser chooser = chooser(Messages.get("file.saveAs.title"));
        chooser.setInitialFileName(current.file() == null ? slug(current.network().get()) + ".json"
                : current.file().getFileName().toString());
        File chosen = chooser.showSaveDialog(stage.get());
        if (chosen != null) {
            saveTo(chosen.toPath());
        }
    }

    /** Saves the current document to {@code target} atomically; a failure shows a dialog and returns false. */
    public boolean saveTo(Path target) {
        try {
            current.saveTo(target);
            saved.run();
            fire();
            return true;
        } catch (IOException e) {
            ErrorDialogs.showSaveFailure(stage.get(), target, e);
            return false;
        }
    }

    /** Forgets unsaved changes (File → Revert). */
    public void revert() {
        if (current != null && current.isDirty()) {
            commands.clear();
            current.revert();
            fire();
        }
    }

    /** Asks before unsaved changes are lost; true when it is fine to go on. */
    boolean confirmDiscard(Document doc) {
        if (doc == null || !doc.isDirty()) {
            return true;
        }
        ButtonType save = new ButtonType(Messages.get("dialog.unsaved.save"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(Messages.get("dialog.unsaved.discard"), ButtonBar.ButtonData.NO);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", save, discard, ButtonType.CANCEL);
        alert.initOwner(stage.get());
        alert.setTitle(Messages.get("dialog.unsaved.title"));
        alert.setHeaderText(Messages.get("dialog.unsaved.header", doc.displayName()));
        ButtonType answer = alert.showAndWait().orElse(ButtonType.CANCEL);
        if (answer == save) {
            save();
            return !doc.isDirty();
        }
        return answer == discard;
    }

    private static FileChooser chooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("file.filter.network"), "*.json"));
        return chooser;
    }

    private static String slug(Network n) {
        String s = n.name().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return s.isEmpty() ? "network" : s;
    }
}
