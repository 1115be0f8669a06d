package dev.sse.app.shell;

import dev.sse.app.commands.ActionCatalog;
import dev.sse.app.commands.CommandStack;
import dev.sse.app.i18n.Messages;
import dev.sse.samples.SampleNetworks;
import dev.sse.views.graph.canvas.GraphView;
import dev.sse.views.graph.layout.LayoutStrategy;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.ToolBar;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * The main window's menu bar (File, Edit, View, Simulate, Help) and toolbar, bound to the actions of the
 * {@link ActionCatalog}. Features add their own menus before Help ({@link FeatureHost#addMenu}).
 */
final class MainMenus {

    private final ActionBinder actions;
    private final DocumentActions documents;
    private final GraphView graphView;
    private final Supplier<Stage> stage;
    private final TextField search = new TextField();

    MainMenus(ActionBinder actions, DocumentActions documents, CommandStack commands, GraphView graphView,
              Supplier<Stage> stage) {
        this.actions = actions;
        this.documents = documents;
        this.graphView = graphView;
        this.stage = stage;
        actions.on(ActionCatalog.OPEN, documents::chooseAndOpen);
        actions.on(ActionCatalog.SAVE, documents::save);
        actions.on(ActionCatalog.SAVE_AS, documents::saveAs);
        actions.on(ActionCatalog.REVERT, documents::revert);
        actions.on(ActionCatalog.QUIT, () -> stage.get().fireEvent(new WindowEvent(stage.get(), WindowEvent.WINDOW_CLOSE_REQUEST)));
        actions.on(ActionCatalog.UNDO, commands::undo);
        actions.on(ActionCatalog.REDO, commands::redo);
        actions.on(ActionCatalog.FIT, graphView::fit);
        actions.on(ActionCatalog.FIND, search::requestFocus);
        actions.on(ActionCatalog.SHORTCUTS, () -> ShortcutSheet.show(stage.get()));
    }

    /**
     * The menu bar. {@code compareItems} go to the end of View; {@code fillSimulate} fills Simulate each time it opens
     * (the scenarios of the open document).
     */
    MenuBar menuBar(LayoutChoice layouts, Consumer<LayoutStrategy> relayout, List<MenuItem> compareItems,
                    Consumer<Menu> fillSimulate) {
        Menu samples = new Menu(Messages.get("menu.openSample"));
        for (SampleNetworks.Sample s : SampleNetworks.all()) {
            MenuItem item = new MenuItem(s.title());
            item.setOnAction(e -> documents.openSample(s.id())); // asks about unsaved work first
            samples.getItems().add(item);
        }
        Menu file = new Menu(Messages.get("menu.file"), null, actions.menuItem(ActionCatalog.OPEN), samples, new SeparatorMenuItem(),
                actions.menuItem(ActionCatalog.SAVE), actions.menuItem(ActionCatalog.SAVE_AS),
                actions.menuItem(ActionCatalog.REVERT), new SeparatorMenuItem(), actions.menuItem(ActionCatalog.QUIT));
        Menu edit = new Menu(Messages.get("menu.edit"), null, actions.menuItem(ActionCatalog.UNDO), actions.menuItem(ActionCatalog.REDO));
        Menu view = new Menu(Messages.get("menu.view"), null, actions.menuItem(ActionCatalog.FIT), actions.menuItem(ActionCatalog.FIND),
                layouts.menu(relayout));
        view.getItems().add(new SeparatorMenuItem());
        view.getItems().addAll(compareItems);
        Menu simulate = new Menu(Messages.get("menu.simulate"));
        simulate.setOnShowing(e -> fillSimulate.accept(simulate));
        simulate.getItems().add(new MenuItem(Messages.get("menu.simulate.empty")));
        Menu help = new Menu(Messages.get("menu.help"), null, actions.menuItem(ActionCatalog.SHORTCUTS));
        return new MenuBar(file, edit, view, simulate, help);
    }

    /** Open, Save, Undo, Redo, Fit and the search field (Enter selects the first match and focuses the graph). */
    ToolBar toolBar() {
        search.setPromptText(Messages.get("search.prompt"));
        search.setPrefColumnCount(18);
        search.setOnAction(e -> {
            boolean found = graphView.search(search.getText());
            search.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("not-found"), !found);
            if (found) {
                graphView.requestFocus();
            }
        });
        return new ToolBar(actions.button(ActionCatalog.OPEN), actions.button(ActionCatalog.SAVE),
                actions.button(ActionCatalog.UNDO), actions.button(ActionCatalog.REDO), actions.button(ActionCatalog.FIT),
                new Separator(), search);
    }
}
