package dev.sse.app.workspace;

import dev.sse.app.commands.ActionCatalog;
import dev.sse.app.diagnostics.ErrorLog;
import dev.sse.app.files.AppHome;
import dev.sse.app.files.Document;
import dev.sse.app.files.RecentFiles;
import dev.sse.app.files.RecoveryStore;
import dev.sse.app.i18n.Messages;
import dev.sse.app.prefs.Theme;
import dev.sse.app.prefs.WorkspacePrefs;
import dev.sse.app.shell.ActionBinder;
import dev.sse.app.shell.DocumentActions;
import dev.sse.app.shell.MainWindow;
import dev.sse.views.common.FxBridge;
import dev.sse.views.graph.canvas.GraphView;
import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * The explorer's workspace (issue 8), added to the main window from outside: autosave and crash recovery,
 * File → Export, Open Recent and the sample browser, drag-and-drop to open, light/dark themes and text
 * size, remembered window state, the About box, and the log file with a short dialog for unexpected errors.
 */
public final class WorkspaceFeatures implements AutoCloseable {

    private final AppHome home;
    private final MainWindow window;
    private final DocumentActions documents;
    private final WorkspacePrefs prefs;
    private final ThemeController theme;
    private final WindowState windowState;
    private final RecentFilesMenu recent;
    private final ExportActions export;
    private final AutosaveController autosave;
    private final RecoveryPrompt recovery;
    private final ActionBinder actions = new ActionBinder();
    private final Path logFile;
    private Stage stage;
    private Runnable afterFirstDocument = () -> { };
    private boolean firstDocument = true;
    private boolean recoveryOffered;
    private boolean closed;
    /** Handlers on the stage and scene, taken off on {@link #close()} (issue #18). */
    private final dev.sse.views.common.Listeners listeners = new dev.sse.views.common.Listeners();

    private WorkspaceFeatures(AppHome home, FxBridge bridge, dev.sse.model.analysis.AnalysisOptions options, MainWindow window,
                              GraphView graph) {
        this.home = home;
        this.window = window;
        this.documents = window.documents();
        this.logFile = ErrorLog.install(home.logFile());
        ErrorLog.catchUncaught(new ErrorReporter(() -> stage, logFile));
        this.prefs = new WorkspacePrefs(home.preferences());
        this.theme = new ThemeController(prefs);
        this.windowState = new WindowState(prefs);
        this.recent = new RecentFilesMenu(new RecentFiles(prefs), documents, actions);
        this.export = new ExportActions(bridge, options, () -> stage, graph, documents);
        RecoveryStore store = new RecoveryStore(home.recoveryDir());
        this.autosave = new AutosaveController(store, documents, window.commands());
        this.recovery = new RecoveryPrompt(store, documents, autosave);
    }

    /**
     * Call on the FX thread. {@code options}: the analysis options of the exports (the command line's defaults, with
     * the composition root's race executor, issue #18).
     */
    public static WorkspaceFeatures create(AppHome home, FxBridge bridge, dev.sse.model.analysis.AnalysisOptions options,
                                           MainWindow window, GraphView graph) {
        return new WorkspaceFeatures(home, bridge, options, window, graph);
    }

    /** {@code --theme}: start with this theme, remembered as if chosen from View → Theme (null: keep the preference). */
    public void chooseTheme(Theme chosen) {
        if (chosen != null) {
            prefs.setTheme(chosen);
        }
    }

    /** Presenter mode's larger text, applied by the one owner of the text size. */
    public void setPresenting(boolean on) {
        theme.setPresenting(on);
    }

    /** Before the main window shows: theme and remembered geometry. */
    public void beforeShow(Stage stage) {
        this.stage = stage;
        theme.applyUserAgent();
        windowState.restoreGeometry(stage);
    }

    /**
     * After the main window shows, before the first network opens; {@code afterFirstDocument} runs once the first
     * network is in place and recovery has been offered (the {@code --test-edit} hook of the crash-recovery tests).
     */
    public void afterShow(Runnable afterFirstDocument) {
        Scene scene = stage.getScene();
        this.afterFirstDocument = afterFirstDocument;
        theme.attach(scene);
        windowState.restoreSplit(scene);
        new DropToOpen(documents).install(scene);
        menus(new MenuSlots(scene));
        accelerators(scene);
        documents.addListener(this::documentChanged);
        listeners.handler(stage, WindowEvent.WINDOW_HIDDEN, e -> close());
    }

    private void documentChanged() {
        Document doc = documents.current();
        recent.remember(doc.file());
        if (firstDocument) {
            firstDocument = false;
            // after the first network is in place: offer unsaved work left by a crash, then start autosaving
            FxBridge.later(() -> {
                offerRecovery();
                afterFirstDocument.run();
            });
        }
    }

    /**
     * Offers unsaved work a crashed explorer left behind (once per run): on the start screen at once, else after
     * the first network is in place (so the network named on the command line cannot replace the restored one).
     */
    public void offerRecovery() {
        if (!recoveryOffered) {
            recoveryOffered = true;
            recovery.offer(stage);
        }
    }

    private void menus(MenuSlots slots) {
        actions.on(ActionCatalog.OPEN_SAMPLE, () -> SampleBrowser.show(stage, documents));
        actions.on(ActionCatalog.IMPORT, () -> ImportDialog.show(stage, documents));
        actions.on(ActionCatalog.ABOUT, () -> AboutBox.show(stage, logFile, home.base()));
        actions.on(ActionCatalog.FONT_LARGER, theme::larger);
        actions.on(ActionCatalog.FONT_SMALLER, theme::smaller);
        actions.on(ActionCatalog.FONT_RESET, theme::resetFont);
        Menu exportMenu = new Menu(Messages.get("menu.export"));
        for (ExportFormat format : ExportFormat.values()) {
            actions.on(format.action(), () -> export.choose(format));
            if (format == ExportFormat.ANALYSIS_JSON || format == ExportFormat.GRAPHML) {
                exportMenu.getItems().add(new SeparatorMenuItem());
            }
            exportMenu.getItems().add(actions.menuItem(format.action()));
        }
        Menu file = slots.menu(Messages.get("menu.file"));
        MenuSlots.after(file, ActionCatalog.OPEN.text(), recent.menu());
        MenuSlots.after(file, Messages.get("menu.openSample"), actions.menuItem(ActionCatalog.OPEN_SAMPLE));
        MenuSlots.after(file, ActionCatalog.OPEN_SAMPLE.text(), actions.menuItem(ActionCatalog.IMPORT));
        MenuSlots.before(file, ActionCatalog.QUIT.text(), exportMenu, new SeparatorMenuItem());
        slots.menu(Messages.get("menu.view")).getItems().addAll(new SeparatorMenuItem(), themeMenu(),
                actions.menuItem(ActionCatalog.FONT_LARGER), actions.menuItem(ActionCatalog.FONT_SMALLER),
                actions.menuItem(ActionCatalog.FONT_RESET));
        slots.menu(Messages.get("menu.help")).getItems().addAll(new SeparatorMenuItem(), actions.menuItem(ActionCatalog.ABOUT));
    }

    private Menu themeMenu() {
        Menu menu = new Menu(Messages.get("menu.theme"));
        ToggleGroup group = new ToggleGroup();
        for (Theme t : Theme.values()) {
            ActionCatalog action = switch (t) {
                case LIGHT -> ActionCatalog.THEME_LIGHT;
                case DARK -> ActionCatalog.THEME_DARK;
                case HIGH_CONTRAST -> ActionCatalog.THEME_HIGH_CONTRAST;
            };
            RadioMenuItem item = new RadioMenuItem(action.text());
            item.setToggleGroup(group);
            item.setSelected(theme.themeProperty().get() == t);
            item.setOnAction(e -> theme.setTheme(t));
            theme.themeProperty().addListener((o, was, now) -> item.setSelected(now == t));
            menu.getItems().add(item);
        }
        return menu;
    }

    /** Ctrl+= and the keypad keys as well: Ctrl+Plus needs Shift on many keyboards. */
    private void accelerators(Scene scene) {
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_ANY),
                theme::larger);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.ADD, KeyCombination.SHORTCUT_DOWN), theme::larger);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.SUBTRACT, KeyCombination.SHORTCUT_DOWN), theme::smaller);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.NUMPAD0, KeyCombination.SHORTCUT_DOWN), theme::resetFont);
    }

    public ExportActions exports() {
        return export;
    }

    public Path logFile() {
        return logFile;
    }

    /** Switches the theme (View → Theme). */
    public void setTheme(Theme next) {
        theme.setTheme(next);
    }

    public double fontScale() {
        return theme.fontScale();
    }

    /** Clean exit (window closed, or the application stopping): remember the workspace, drop the autosaved copy. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (stage != null) {
            windowState.remember(stage);
        }
        prefs.flush();
        autosave.close();
        listeners.close();
    }
}
