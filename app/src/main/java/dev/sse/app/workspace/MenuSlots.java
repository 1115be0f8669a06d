package dev.sse.app.workspace;

import java.util.List;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;

/**
 * Finds the main window's menus and items by their text, so features can add to File, View and Help
 * without the main window knowing about them. An anchor that is missing (renamed) appends at the end
 * instead, so nothing is ever lost; the workspace UI test checks the items are where they belong.
 */
final class MenuSlots {

    private final MenuBar bar;

    MenuSlots(Scene scene) {
        this.bar = (MenuBar) scene.getRoot().lookup(".menu-bar");
    }

    /** The top-level menu with this text (mnemonic markers ignored), created at the end if absent. */
    Menu menu(String name) {
        Optional<Menu> found = bar.getMenus().stream().filter(m -> plain(m.getText()).equals(plain(name))).findFirst();
        return found.orElseGet(() -> {
            Menu created = new Menu(name);
            bar.getMenus().add(created);
            return created;
        });
    }

    /** Inserts {@code items} right after the item with text {@code anchor}, or at the end. */
    static void after(Menu menu, String anchor, MenuItem... items) {
        int i = index(menu, anchor);
        menu.getItems().addAll(i < 0 ? menu.getItems().size() : i + 1, List.of(items));
    }

    /** Inserts {@code items} right before the item with text {@code anchor}, or at the end. */
    static void before(Menu menu, String anchor, MenuItem... items) {
        int i = index(menu, anchor);
        menu.getItems().addAll(i < 0 ? menu.getItems().size() : i, List.of(items));
    }

    private static int index(Menu menu, String anchor) {
        for (int i = 0; i < menu.getItems().size(); i++) {
            String text = menu.getItems().get(i).getText();
            if (text != null && plain(text).equals(plain(anchor))) {
                return i;
            }
        }
        return -1;
    }

    static String plain(String text) {
        return text.replace("_", "");
    }
}
