package dev.sse.app.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import dev.sse.app.files.AppHome;
import dev.sse.app.testing.Options;
import dev.sse.app.AppContext;
import dev.sse.views.graph.canvas.GraphView;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** View → Theme, the text-size keys, the workspace menus, and that all of it is remembered for the next start. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class ThemeAndPrefsTest {

    @TempDir
    static Path home;
    private final String node = "/dev/sse/theme-test-" + UUID.randomUUID();
    private AppContext context;
    private AppContext next;
    private Stage stage;
    private Stage nextStage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        context = AppContext.create(new AppHome(home, node));
        context.show(stage, Options.of("--sample", "textbook-theorem2"));
    }

    @AfterEach
    void close(FxRobot robot) throws Exception {
        org.testfx.util.WaitForAsyncUtils.asyncFx(context::close).get(); // on the FX thread, as Application.stop() does
        robot.interact(() -> {
            if (next != null) {
                next.close();
                nextStage.hide();
            }
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        });
        Preferences.userRoot().node(node).removeNode();
    }

    @Test
    void workspaceMenusSitInFileViewAndHelp() {
        MenuBar bar = (MenuBar) stage.getScene().getRoot().lookup(".menu-bar");
        assertThat(texts(menu(bar, "File").getItems())).containsSubsequence("Open…", "Open Recent", "Open Sample",
                "Browse samples…", "Save", "Export", "Quit");
        assertThat(texts(((Menu) item(menu(bar, "File"), "Export")).getItems())).containsSubsequence(
                "Graph as PNG (1×)…", "Graph as PNG (2×)…", "Graph as PNG (4×)…", "Graph as SVG…",
                "Analysis as JSON…", "Analysis as CSV…");
        assertThat(texts(((Menu) item(menu(bar, "View"), "Theme")).getItems())).containsExactly("Light", "Dark", "High contrast");
        assertThat(texts(menu(bar, "Help").getItems())).contains("About Shared Security Explorer");
    }

    @Test
    void highContrastIsBlackAndWhiteAndReplacesTheOtherThemeSheets(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> context.mainWindow().currentDocument() != null);
        MenuBar bar = (MenuBar) stage.getScene().getRoot().lookup(".menu-bar");
        robot.interact(() -> item((Menu) item(menu(bar, "View"), "Theme"), "Dark").fire());
        robot.interact(() -> item((Menu) item(menu(bar, "View"), "Theme"), "High contrast").fire());
        assertThat(stage.getScene().getStylesheets()).anyMatch(s -> s.endsWith("/dev/sse/views/theme/high-contrast.css"))
                .noneMatch(s -> s.endsWith("/dev/sse/views/theme/dark.css"));
        assertThat(canvasBrightness(stage.getScene())).isLessThan(0.01);
        robot.interact(() -> item((Menu) item(menu(bar, "View"), "Theme"), "Light").fire());
        assertThat(stage.getScene().getStylesheets()).noneMatch(s -> s.contains("high-contrast.css"));
    }

    @Test
    void darkThemeAndTextSizeApplyAndAreRememberedWithTheWindow(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> context.mainWindow().currentDocument() != null);
        MenuBar bar = (MenuBar) stage.getScene().getRoot().lookup(".menu-bar");
        robot.interact(() -> item((Menu) item(menu(bar, "View"), "Theme"), "Dark").fire());

        assertThat(Application.getUserAgentStylesheet()).isEqualTo(new PrimerDark().getUserAgentStylesheet());
        assertThat(stage.getScene().getStylesheets()).anyMatch(s -> s.endsWith("/dev/sse/views/theme/dark.css"));
        assertThat(canvasBrightness(stage.getScene())).isLessThan(0.2);

        robot.clickOn(stage.getScene().getRoot().lookup(".sse-graph"));
        robot.push(KeyCode.CONTROL, KeyCode.PLUS);
        assertThat(stage.getScene().getRoot().getStyle()).isEqualTo("-fx-font-size: 15.4px;");
        robot.push(KeyCode.CONTROL, KeyCode.MINUS).push(KeyCode.CONTROL, KeyCode.MINUS);
        assertThat(stage.getScene().getRoot().getStyle()).isEqualTo("-fx-font-size: 12.6px;");
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT0);
        assertThat(stage.getScene().getRoot().getStyle()).isEmpty();
        robot.push(KeyCode.CONTROL, KeyCode.PLUS).push(KeyCode.CONTROL, KeyCode.PLUS);
        robot.interact(() -> {
            stage.setWidth(1000);
            stage.setHeight(700);
        });
        robot.interact(() -> WindowState.inspectorSplit(stage.getScene()).orElseThrow().setDividerPositions(0.6));
        WaitForAsyncUtils.waitForFxEvents();
        double divider = WindowState.inspectorSplit(stage.getScene()).orElseThrow().getDividerPositions()[0];
        assertThat(divider).isCloseTo(0.6, offset(0.01));
        robot.interact(context::close); // a clean exit remembers the workspace

        robot.interact(() -> {
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            nextStage = new Stage();
            next = AppContext.create(new AppHome(home, node));
            next.show(nextStage, Options.of("--sample", "textbook-theorem2"));
        });
        Scene scene = nextStage.getScene();
        assertThat(Application.getUserAgentStylesheet()).isEqualTo(new PrimerDark().getUserAgentStylesheet());
        assertThat(scene.getStylesheets()).anyMatch(s -> s.endsWith("/dev/sse/views/theme/dark.css"));
        assertThat(scene.getRoot().getStyle()).isEqualTo("-fx-font-size: 17.5px;");
        assertThat(nextStage.getWidth()).isEqualTo(1000);
        assertThat(nextStage.getHeight()).isEqualTo(700);
        WaitForAsyncUtils.sleep(1, TimeUnit.SECONDS); // the window settles
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(WindowState.inspectorSplit(scene).orElseThrow().getDividerPositions()[0]).isCloseTo(divider, offset(0.01));
    }

    private static double canvasBrightness(Scene scene) {
        GraphView graph = (GraphView) scene.getRoot().lookup(".sse-graph");
        Color c = (Color) graph.getBackground().getFills().get(0).getFill();
        return c.getBrightness();
    }

    private static Menu menu(MenuBar bar, String name) {
        return bar.getMenus().stream().filter(m -> MenuSlots.plain(m.getText()).equals(name)).findFirst().orElseThrow();
    }

    private static MenuItem item(Menu menu, String name) {
        return menu.getItems().stream().filter(i -> i.getText() != null && MenuSlots.plain(i.getText()).equals(name))
                .findFirst().orElseThrow();
    }

    private static List<String> texts(List<MenuItem> items) {
        return items.stream().filter(i -> i.getText() != null).map(i -> MenuSlots.plain(i.getText())).toList();
    }
}
