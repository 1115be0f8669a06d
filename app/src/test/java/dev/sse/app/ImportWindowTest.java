package dev.sse.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.sse.app.files.Document;
import dev.sse.app.testing.OpenWindow;
import dev.sse.app.testing.WindowArgs;
import dev.sse.app.testing.UiLookups;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 22 item 3: File → Import… runs the same importer as {@code explorer import cosmos} on the recorded June 2024
 * Hub + Neutron (model/src/test/resources/import), summarises what came in and opens it as an unsaved document.
 */
@Tag("ui")
@WindowArgs({"--sample", "textbook-domino"})
class ImportWindowTest extends OpenWindow {

    static final Path HUB = Path.of("..", "model", "src", "test", "resources", "import", "cosmoshub-4").toAbsolutePath();

    @Test
    void importingTheHubOpensItUnsavedWithASummary(FxRobot robot) throws Exception {
        assumeTrue(Files.isDirectory(HUB), "run from the app module of a full checkout");
        javafx.application.Platform.runLater(() -> fileMenuItem("Import").fire()); // the form waits for its answer
        DialogPane form = UiLookups.awaitDialog(robot, h -> h.startsWith("Build a network"), 10);
        robot.interact(() -> {
            text(form, "#import-validators").setText(HUB.resolve("validators-page-1.json") + "; "
                    + HUB.resolve("validators-page-2.json"));
            text(form, "#import-consumer-chains").setText(HUB.resolve("consumer-chains-v5.json").toString());
            text(form, "#import-consumer-validators").setText("neutron-1=" + HUB.resolve("consumer-validators-neutron-1.json"));
            text(form, "#import-price").setText("ATOM=6.71");
            text(form, "#import-date").setText("2024-06-24");
        });
        robot.interact(() -> UiLookups.button(robot, form, "Import").fire());

        DialogPane summary = UiLookups.awaitDialog(robot, h -> h.startsWith("Imported cosmoshub-4"), 60);
        assertThat(summary.getContentText()).contains("180 bonded validators", "neutron-1: consumer, 139 validators",
                "2 assumption(s)");
        Document doc = WaitForAsyncUtils.asyncFx(() -> context.mainWindow().currentDocument()).get(5, TimeUnit.SECONDS);
        assertThat(doc.network().get().validators()).hasSize(180);
        assertThat(doc.isDirty()).isTrue();
        assertThat(stage.getTitle()).contains("cosmoshub-4");
    }

    private static TextField text(DialogPane pane, String id) {
        return (TextField) pane.lookup(id);
    }

    private MenuItem fileMenuItem(String item) {
        MenuBar bar = (MenuBar) stage.getScene().getRoot().lookup(".menu-bar");
        Menu m = bar.getMenus().stream().filter(x -> x.getText().replace("_", "").equals("File")).findFirst().orElseThrow();
        return m.getItems().stream().filter(i -> i.getText() != null && i.getText().replace("_", "").startsWith(item))
                .findFirst().orElseThrow();
    }
}
