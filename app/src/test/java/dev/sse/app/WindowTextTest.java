package dev.sse.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sse.app.prefs.Theme;
import dev.sse.app.testing.Legibility;
import dev.sse.app.testing.OpenWindow;
import dev.sse.app.testing.WindowArgs;
import dev.sse.app.testing.UiLookups;
import dev.sse.app.help.GlossaryWindow;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 18 items 6, 7 and 8: Ctrl+F from the graph, the glossary in every theme, and text that is not cut (About box,
 * shortcut sheet, speed box after Ctrl+Plus, event log lines).
 */
@Tag("ui")
@WindowArgs({"--sample", "textbook-domino"})
class WindowTextTest extends OpenWindow {

    @Test
    void ctrlFWithTheGraphFocusedGoesToTheSearchField(FxRobot robot) throws Exception {
        Node graph = robot.lookup(".sse-graph").query();
        robot.interact(graph::requestFocus);
        assertThat(stage.getScene().getFocusOwner()).isSameAs(graph);

        robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);

        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.getScene().getFocusOwner()).isInstanceOf(TextField.class);
        assertThat(((TextField) stage.getScene().getFocusOwner()).getPromptText()).startsWith("Find");
    }

    @Test
    void theGlossaryIsReadableInTheDarkAndHighContrastThemes(FxRobot robot) throws Exception {
        for (Theme theme : List.of(Theme.DARK, Theme.HIGH_CONTRAST, Theme.LIGHT)) {
            robot.interact(() -> {
                context.workspace().setTheme(theme);
                GlossaryWindow.show(stage, null);
            });
            WaitForAsyncUtils.waitForFxEvents();
            Label text = glossary(".glossary-text");
            Label term = glossary(".glossary-term");
            assertThat(text.getText()).isNotBlank();
            assertThat(WaitForAsyncUtils.asyncFx(() -> Legibility.contrast(text)).get()).as("glossary text, %s", theme)
                    .isGreaterThanOrEqualTo(4.5);
            assertThat(WaitForAsyncUtils.asyncFx(() -> Legibility.contrast(term)).get()).as("glossary term, %s", theme)
                    .isGreaterThanOrEqualTo(4.5);
        }
    }

    @Test
    void theAboutBoxAndTheShortcutSheetShowEveryLabelWhole(FxRobot robot) throws Exception {
        robot.interact(() -> menuItem("Help", "About").fire());
        DialogPane about = UiLookups.awaitDialog(robot, h -> h.startsWith("Shared Security Explorer"), 10);
        assertThat(WaitForAsyncUtils.asyncFx(() -> Legibility.cutLabels(about)).get()).isEmpty();
        robot.interact(() -> about.getScene().getWindow().hide());

        robot.interact(() -> menuItem("Help", "Keyboard shortcuts").fire());
        DialogPane sheet = UiLookups.awaitDialog(robot, h -> h.equals("Keyboard shortcuts"), 10);
        List<String> texts = robot.from(sheet).lookup(".label").queryAllAs(Label.class).stream().map(Label::getText).toList();
        assertThat(texts).contains("Space", "← / →", "Home / End", "F5", "Shift+click", "Shift+drag background",
                "Right-click", "Tab / Shift+Tab", "Shift+F10 or Menu key", "Ctrl+F", "Ctrl+Shift+M");
        assertThat(WaitForAsyncUtils.asyncFx(() -> Legibility.cutLabels(sheet)).get()).isEmpty();
        robot.interact(() -> sheet.getScene().getWindow().hide());
    }

    @Test
    void theSpeedBoxKeepsItsTextAfterCtrlPlus(FxRobot robot) throws Exception {
        robot.interact(() -> {
            for (int i = 0; i < 3; i++) {
                menuItem("View", "Larger text").fire();
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        Node controls = robot.lookup("#timeline-play").query().getParent();
        assertThat(WaitForAsyncUtils.asyncFx(() -> Legibility.cutLabels((javafx.scene.Parent) controls)).get()).isEmpty();
        javafx.scene.Parent log = robot.lookup("#event-log").queryAs(javafx.scene.Parent.class);
        assertThat(WaitForAsyncUtils.asyncFx(() -> Legibility.cutLabels(log)).get()).as("the empty log's placeholder").isEmpty();
        robot.interact(() -> menuItem("View", "Normal text size").fire());
    }

    @Test
    void eventLogLinesAreNotCut(FxRobot robot) throws Exception {
        javafx.scene.control.ListView<?> log = fullEventLog(robot);
        assertThat(log.getItems()).hasSizeGreaterThan(3);
        for (int i = 0; i < log.getItems().size(); i++) {
            int row = i;
            robot.interact(() -> log.scrollTo(row));
            assertThat(WaitForAsyncUtils.asyncFx(() -> Legibility.cutLabels(log)).get()).as("row %d", row).isEmpty();
        }
    }

    /**
     * Issue #18 item 6 (the design part): the log's one row height is measured with cells styled like its rows, so it
     * is the tallest row's own text plus the cell's padding, not "+1.2em" of slack under every entry (which an unstyled
     * {@code Text} probe needed).
     */
    @Test
    void eventLogRowsAreNoTallerThanTheirLongestEntryNeeds(FxRobot robot) throws Exception {
        javafx.scene.control.ListView<?> log = fullEventLog(robot);
        double needed = 0;
        double fontSize = 0;
        for (int i = 0; i < log.getItems().size(); i++) {
            int row = i;
            robot.interact(() -> log.scrollTo(row));
            needed = Math.max(needed, WaitForAsyncUtils.asyncFx(() -> tallestShownRow(log)).get());
        }
        fontSize = WaitForAsyncUtils.asyncFx(() -> ((javafx.scene.control.Labeled) log.lookup(".list-cell")).getFont().getSize()).get();
        assertThat(log.getFixedCellSize()).as("row height vs the tallest row's text and padding")
                .isGreaterThanOrEqualTo(needed - 0.5).isLessThan(needed + 0.5 * fontSize);
    }

    /** Makes v0 double-sign on s1 from its context menu, plays the cascade to its end and returns the event log. */
    private javafx.scene.control.ListView<?> fullEventLog(FxRobot robot) throws Exception {
        awaitAnalysis();
        robot.rightClickOn(UiLookups.glyph(stage, dev.sse.model.network.graph.NodeRef.validator("v0")));
        robot.clickOn(UiLookups.menuItem(robot, "Double-sign (v0 (first domino)) on"));
        robot.clickOn(UiLookups.menuItem(robot, "s1"));
        var timeline = context.mainWindow().timeline();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> timeline.lengthProperty().get() > 0);
        robot.interact(timeline::toEnd);
        return robot.lookup("#event-log").queryAs(javafx.scene.control.ListView.class);
    }

    /** The tallest text plus vertical padding among the log's cells on screen. */
    private static double tallestShownRow(javafx.scene.control.ListView<?> log) {
        double tallest = 0;
        for (Node n : log.lookupAll(".list-cell")) {
            if (n instanceof javafx.scene.control.ListCell<?> cell && cell.isVisible() && cell.getText() != null) {
                Node text = cell.lookup(".text");
                if (text != null) {
                    tallest = Math.max(tallest, text.getLayoutBounds().getHeight() + cell.snappedTopInset()
                            + cell.snappedBottomInset());
                }
            }
        }
        return tallest;
    }

    private Label glossary(String style) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> glossaryStage() != null);
        return (Label) glossaryStage().getScene().getRoot().lookup(style);
    }

    private static Stage glossaryStage() {
        return Window.getWindows().stream().filter(w -> w instanceof Stage s && "Glossary".equals(s.getTitle()) && s.isShowing())
                .map(w -> (Stage) w).findFirst().orElse(null);
    }

    private MenuItem menuItem(String menu, String item) {
        MenuBar bar = (MenuBar) stage.getScene().getRoot().lookup(".menu-bar");
        Menu m = bar.getMenus().stream().filter(x -> x.getText().replace("_", "").equals(menu)).findFirst().orElseThrow();
        return m.getItems().stream().filter(i -> i.getText() != null && i.getText().replace("_", "").startsWith(item)).findFirst().orElseThrow();
    }
}
