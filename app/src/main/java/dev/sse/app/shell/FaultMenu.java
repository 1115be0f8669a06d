package dev.sse.app.shell;

import dev.sse.app.i18n.Messages;
import dev.sse.model.network.Network;
import dev.sse.model.network.graph.NodeRef;
import dev.sse.model.simulation.fault.Fault;
import java.util.Set;
import java.util.function.BiConsumer;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;

/**
 * The context menu of a validator, a chain or a selection: the faults {@link FaultChoices} says apply there, as menu
 * items. Choosing one hands (edit name, fault) to the injector, which makes it one undoable step.
 */
final class FaultMenu {

    private FaultMenu() {
    }

    static ContextMenu build(Network n, NodeRef clicked, Set<NodeRef> selection, BiConsumer<String, Fault> inject) {
        ContextMenu menu = new ContextMenu();
        for (FaultChoices.Entry entry : FaultChoices.of(n, clicked, selection)) {
            if (entry instanceof FaultChoices.Choice c) {
                menu.getItems().add(item(c, inject));
            } else if (entry instanceof FaultChoices.Group g) {
                Menu sub = new Menu(g.label());
                g.choices().forEach(c -> sub.getItems().add(item(c, inject)));
                menu.getItems().add(sub);
            } else {
                menu.getItems().add(new SeparatorMenuItem());
            }
        }
        if (menu.getItems().isEmpty()) {
            MenuItem none = new MenuItem(Messages.get("fault.none"));
            none.setDisable(true);
            menu.getItems().add(none);
        }
        return menu;
    }

    private static MenuItem item(FaultChoices.Choice choice, BiConsumer<String, Fault> inject) {
        MenuItem item = new MenuItem(choice.label());
        item.setOnAction(e -> inject.accept(choice.editName(), choice.fault()));
        return item;
    }
}
