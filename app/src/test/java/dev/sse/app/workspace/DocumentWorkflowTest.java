package dev.sse.app.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sse.app.commands.StateEdit;
import dev.sse.app.files.Document;
import dev.sse.app.files.NetworkLoader;
import dev.sse.app.testing.OpenWindow;
import dev.sse.app.testing.WindowArgs;
import dev.sse.app.testing.UiLookups;
import dev.sse.model.io.json.NetworkCodec;
import dev.sse.model.network.Network;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.DialogPane;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Open, save, reopen and revert; the unsaved-changes prompt on close; a malformed file keeps the old network. */
@Tag("ui")
@WindowArgs({"--sample", "textbook-theorem2"})
class DocumentWorkflowTest extends OpenWindow {

    @TempDir
    Path dir;

    @Test
    void saveReopenAndRevert(FxRobot robot) throws Exception {
        Network original = NetworkLoader.loadSample("textbook-theorem2");
        awaitDocument(original);
        edit(robot, "b", 2);
        assertThat(current().isDirty()).isTrue();

        Path file = dir.resolve("theorem2-edited.json");
        assertThat(WaitForAsyncUtils.asyncFx(() -> context.mainWindow().documents().saveTo(file)).get()).isTrue();
        assertThat(current().isDirty()).isFalse();
        assertThat(current().file()).isEqualTo(file);
        assertThat(stage.getTitle()).doesNotStartWith("• ").contains("theorem2-edited.json");
        assertThat(NetworkCodec.read(file)).isEqualTo(original.withStakeScaled("b", 2));

        robot.interact(() -> context.mainWindow().documents().openSample("textbook-theorem2"));
        awaitDocument(original);
        robot.interact(() -> context.mainWindow().documents().openFile(file));
        awaitDocument(original.withStakeScaled("b", 2));
        assertThat(current().network().get().validator("b").orElseThrow().stake()).isEqualTo(1.8);

        edit(robot, "a", 3);
        assertThat(current().isDirty()).isTrue();
        robot.interact(() -> context.mainWindow().documents().revert());
        assertThat(current().network().get()).isEqualTo(original.withStakeScaled("b", 2));
        assertThat(current().isDirty()).isFalse();
        assertThat(context.mainWindow().commands().canUndo()).isFalse();
    }

    @Test
    void closingWithUnsavedChangesAsksAndCancelKeepsTheWindow(FxRobot robot) throws Exception {
        awaitDocument(NetworkLoader.loadSample("textbook-theorem2"));
        edit(robot, "b", 2);

        // the prompt is modal (showAndWait): fire the close request without waiting for it
        WaitForAsyncUtils.asyncFx(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        DialogPane prompt = UiLookups.awaitDialog(robot, h -> h.startsWith("Save the changes to"), 10);
        assertThat(prompt.getHeaderText()).contains("textbook-theorem2");
        robot.clickOn(UiLookups.button(robot, prompt, "Cancel"));

        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.isShowing()).isTrue();
        assertThat(current().isDirty()).isTrue();
    }

    @Test
    void aMalformedFileShowsItsProblemsAndLeavesThePreviousNetworkOpen(FxRobot robot) throws Exception {
        Network original = NetworkLoader.loadSample("textbook-theorem2");
        awaitDocument(original);
        Path bad = dir.resolve("broken.json");
        Files.writeString(bad, "{\n  \"format\": 1,\n  \"name\": \"broken\",\n  \"validators\": [ {\"id\": \"v\", \"stake\": -5} ]\n");

        robot.interact(() -> context.mainWindow().documents().openFile(bad));
        DialogPane error = UiLookups.awaitDialog(robot, h -> h.startsWith("Could not open broken.json"), 10);

        assertThat(error.getHeaderText()).contains("the current network stays open");
        assertThat(((javafx.scene.control.TextArea) error.getContent()).getText()).contains("broken.json:");
        assertThat(current().network().get()).isEqualTo(original);
        assertThat(current().file()).isNull();
        robot.clickOn(UiLookups.button(robot, error, "OK"));
    }

    private Document current() {
        return context.mainWindow().currentDocument();
    }

    private void edit(FxRobot robot, String validator, double factor) {
        robot.interact(() -> {
            Document doc = current();
            Network before = doc.network().get();
            context.mainWindow().commands().execute(new StateEdit<>("test", doc.network(), before,
                    before.withStakeScaled(validator, factor)));
        });
    }

    private void awaitDocument(Network expected) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> current() != null && current().network().get().equals(expected));
        WaitForAsyncUtils.waitForFxEvents();
    }
}
