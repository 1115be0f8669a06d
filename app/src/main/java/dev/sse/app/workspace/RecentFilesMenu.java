package dev.sse.app.workspace;

import dev.sse.app.commands.ActionCatalog;
import dev.sse.app.files.RecentFiles;
import dev.sse.app.i18n.Messages;
import dev.sse.app.shell.ActionBinder;
import dev.sse.app.shell.DocumentActions;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletionException;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;

/**
 * File → Open Recent: rebuilt each time it opens; a file that has disappeared is dropped from the list
 * when opening it fails.
 */
final class RecentFilesMenu {

    private final RecentFiles recent;
    private final DocumentActions documents;
    private final Menu menu = new Menu(Messages.get("menu.openRecent"));
    private final MenuItem clear;

    RecentFilesMenu(RecentFiles recent, DocumentActions documents, ActionBinder actions) {
        this.recent = recent;
        this.documents = documents;
        actions.on(ActionCatalog.CLEAR_RECENT, recent::clear);
        this.clear = actions.menuItem(ActionCatalog.CLEAR_RECENT);
        menu.setOnShowing(e -> rebuild());
        rebuild();
    }

    Menu menu() {
        return menu;
    }

    /** Remembers the current document's file, if it has one (after open or save). */
    void remember(Path file) {
        if (file != null) {
            recent.add(file);
            rebuild();
        }
    }

    void rebuild() {
        List<Path> files = recent.list();
        menu.getItems().clear();
        int n = 1;
        for (Path file : files) {
            MenuItem item = new MenuItem(Messages.get("recent.item", String.valueOf(n++), String.valueOf(file.getFileName()),
                    String.valueOf(file.getParent())));
            item.setMnemonicParsing(false);
            item.setOnAction(e -> open(file));
            menu.getItems().add(item);
        }
        if (files.isEmpty()) {
            MenuItem none = new MenuItem(Messages.get("recent.none"));
            none.setDisable(true);
            menu.getItems().add(none);
        }
        menu.getItems().addAll(new SeparatorMenuItem(), clear);
    }

    void open(Path file) {
        documents.openFile(file).whenComplete((doc, error) -> {
            Throwable cause = error;
            while (cause instanceof CompletionException && cause.getCause() != null) {
                cause = cause.getCause();
            }
            if (cause instanceof NoSuchFileException) {
                recent.remove(file);
                rebuild();
            }
        });
    }
}
