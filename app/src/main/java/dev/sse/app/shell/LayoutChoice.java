package dev.sse.app.shell;

import dev.sse.app.i18n.Messages;
import dev.sse.views.graph.layout.CircularLayout;
import dev.sse.views.graph.layout.ForceDirectedLayout;
import dev.sse.views.graph.layout.LayoutStrategy;
import dev.sse.views.graph.layout.TiersLayout;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.control.Menu;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;

/** The View ▸ Layout choice: the layouts in menu order, the one in use, and the radio items that show it. */
final class LayoutChoice {

    private final List<LayoutStrategy> layouts = List.of(new TiersLayout(), new ForceDirectedLayout(), new CircularLayout());
    private final ToggleGroup group = new ToggleGroup();
    private LayoutStrategy current = layouts.get(0);

    LayoutStrategy current() {
        return current;
    }

    List<String> names() {
        return layouts.stream().map(LayoutStrategy::name).toList();
    }

    /** The Layout submenu; choosing an entry makes it current and hands it to {@code chosen}. */
    Menu menu(Consumer<LayoutStrategy> chosen) {
        Menu menu = new Menu(Messages.get("menu.layout"));
        for (LayoutStrategy strategy : layouts) {
            RadioMenuItem item = new RadioMenuItem(strategy.name());
            item.setToggleGroup(group);
            item.setSelected(strategy == current);
            item.setOnAction(e -> {
                current = strategy;
                chosen.accept(strategy);
            });
            menu.getItems().add(item);
        }
        return menu;
    }

    /** As choosing entry {@code index} from the menu (its radio item follows); returns the layout now current. */
    LayoutStrategy select(int index) {
        if (index < group.getToggles().size()) {
            group.getToggles().get(index).setSelected(true);
        }
        current = layouts.get(index);
        return current;
    }
}
