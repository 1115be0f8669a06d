package dev.sse.app.workspace;

import dev.sse.app.shell.DocumentActions;
import dev.sse.views.common.FxBridge;
import java.io.File;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;

/** Dropping a network file onto the window opens it (after the unsaved-changes question, if any). */
final class DropToOpen {

    private final DocumentActions documents;

    DropToOpen(DocumentActions documents) {
        this.documents = documents;
    }

    void install(Scene scene) {
        scene.addEventHandler(DragEvent.DRAG_OVER, e -> {
            if (e.getDragboard().hasFiles() && e.getGestureSource() == null) {
                e.acceptTransferModes(TransferMode.COPY);
                e.consume();
            }
        });
        scene.addEventHandler(DragEvent.DRAG_DROPPED, e -> {
            boolean accepted = e.getDragboard().hasFiles();
            if (accepted) {
                List<File> files = List.copyOf(e.getDragboard().getFiles());
                // ask about unsaved changes after the drop has finished, not inside the drag-and-drop loop
                FxBridge.later(() -> dropped(files));
            }
            e.setDropCompleted(accepted);
            e.consume();
        });
    }

    /** Opens the first dropped file. */
    void dropped(List<File> files) {
        if (!files.isEmpty()) { // opening asks about unsaved work
            documents.openFile(files.get(0).toPath());
        }
    }
}
