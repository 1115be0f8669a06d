package dev.sse.app.workbench;

import dev.sse.app.files.Document;
import dev.sse.app.i18n.Messages;
import dev.sse.app.shell.MainWindow;
import dev.sse.model.io.json.NetworkCodec;
import dev.sse.model.io.json.NetworkFormatException;
import dev.sse.model.network.Network;
import dev.sse.model.network.edit.NetworkEdits;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;

/**
 * File → New (issue 23, "Build and edit"): an empty network, or a small template per system (Polkadot-like, ICS hub,
 * Ethereum + rollups, EigenLayer, isolated chains) bundled as network files next to this class. The new network
 * replaces the open document through the window's one document-replace path ({@code DocumentActions.open}), which
 * asks about unsaved work first; it has no file until it is saved.
 */
public final class NewNetwork {

    /** The id of the empty network in {@link #network} and the menu. */
    public static final String EMPTY = "empty";
    /** The template ids, in menu order; each is {@code templates/<id>.json} beside this class. */
    public static final List<String> TEMPLATES = List.of("polkadot-like", "ics-hub", "ethereum-rollups", "eigenlayer",
            "isolated");
    /** Each menu entry's bundle key, {@link #EMPTY} first, then {@link #TEMPLATES} in order. */
    private static final Map<String, String> TITLES = Map.of(EMPTY, "build.new.empty",
            "polkadot-like", "build.new.polkadot-like", "ics-hub", "build.new.ics-hub",
            "ethereum-rollups", "build.new.ethereum-rollups", "eigenlayer", "build.new.eigenlayer",
            "isolated", "build.new.isolated");

    private final MainWindow window;

    private NewNetwork(MainWindow window) {
        this.window = window;
    }

    /** Adds File → New ▸ (Empty network, then each template) at the top of the File menu. */
    public static NewNetwork install(MainWindow window) {
        NewNetwork feature = new NewNetwork(window);
        Menu menu = new Menu(Messages.get("build.new"));
        MenuItem empty = new MenuItem(Messages.get(TITLES.get(EMPTY)));
        empty.setOnAction(e -> feature.open(EMPTY));
        menu.getItems().addAll(empty, new SeparatorMenuItem());
        for (String id : TEMPLATES) {
            MenuItem item = new MenuItem(Messages.get(TITLES.get(id)));
            item.setOnAction(e -> feature.open(id));
            menu.getItems().add(item);
        }
        MenuBar bar = (MenuBar) window.stage().getScene().getRoot().lookup(".menu-bar");
        bar.getMenus().stream().filter(m -> m.getText().replace("_", "").equals(Messages.get("menu.file").replace("_", "")))
                .findFirst().ifPresent(file -> file.getItems().add(0, menu));
        return feature;
    }

    /**
     * Opens a new network ({@link #EMPTY} or a template id) as the current document, after the unsaved-work question;
     * Cancel fails the future and leaves everything as it was.
     */
    public CompletableFuture<Document> open(String id) {
        String title = Messages.get(TITLES.get(id));
        return window.documents().open(title, () -> new Document(network(id), null, title));
    }

    /** The network File → New gives for {@code id}: {@link #EMPTY} or one of {@link #TEMPLATES}. */
    public static Network network(String id) {
        if (EMPTY.equals(id)) {
            return NetworkEdits.empty(Messages.get("build.new.emptyName"));
        }
        if (!TEMPLATES.contains(id)) {
            throw new IllegalArgumentException("no template " + id);
        }
        String name = "templates/" + id + ".json";
        try (InputStream in = NewNetwork.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("template missing from the build: " + name);
            }
            return NetworkCodec.read(id + ".json", in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NetworkFormatException e) {
            throw new IllegalStateException("bundled template does not read: " + e.getMessage(), e);
        }
    }
}
