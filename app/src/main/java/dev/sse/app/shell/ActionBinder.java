package dev.sse.app.shell;

import dev.sse.app.commands.ActionCatalog;
import dev.sse.app.i18n.Messages;
import java.util.EnumMap;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.control.Button;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;

/** Builds menu items and buttons from the {@link ActionCatalog}, each bound to its handler and enabled state. */
public final class ActionBinder {

    private final Map<ActionCatalog, Runnable> handlers = new EnumMap<>(ActionCatalog.class);
    private final Map<ActionCatalog, BooleanProperty> enabled = new EnumMap<>(ActionCatalog.class);

    public void on(ActionCatalog action, Runnable handler) {
        handlers.put(action, handler);
    }

    /** Whether the action can run now; menus and buttons follow it. */
    public BooleanProperty enabled(ActionCatalog action) {
        return enabled.computeIfAbsent(action, a -> new SimpleBooleanProperty(true));
    }

    public void run(ActionCatalog action) {
        Runnable handler = handlers.get(action);
        if (handler != null && enabled(action).get()) {
            handler.run();
        }
    }

    public MenuItem menuItem(ActionCatalog action) {
        MenuItem item = new MenuItem(action.text());
        if (action.accelerator() != null) {
            item.setAccelerator(KeyCombination.keyCombination(action.accelerator()));
        }
        item.disableProperty().bind(enabled(action).not());
        item.setOnAction(e -> run(action));
        return item;
    }

    public Button button(ActionCatalog action) {
        Button button = new Button(action.plainText());
        button.setTooltip(new Tooltip(action.accelerator() == null ? action.description()
                : Messages.get("action.tooltip", action.description(), KeyCombination.keyCombination(action.accelerator()).getDisplayText())));
        button.disableProperty().bind(enabled(action).not());
        button.setOnAction(e -> run(action));
        button.setFocusTraversable(false);
        return button;
    }
}
