package dev.sse.app.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sse.app.commands.StateEdit;
import dev.sse.app.files.Document;
import dev.sse.app.files.NetworkLoader;
import dev.sse.app.testing.OpenWindow;
import dev.sse.app.testing.WindowArgs;
import dev.sse.app.testing.UiLookups;
import dev.sse.app.tour.TourLibrary;
import dev.sse.model.io.json.NetworkCodec;
import dev.sse.model.network.Network;
import dev.sse.model.network.graph.NodeRef;
import dev.sse.model.simulation.fault.Fault;
import dev.sse.model.tour.TourFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.DialogPane;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 18 items 1 and 2: a guided tour replaces the document only after asking about unsaved work (it used to
 * drop it silently), and faults injected by hand are unsaved work that Save writes as the document's scenario
 * and reopening puts back in force.
 */
@Tag("ui")
@WindowArgs({"--sample", "textbook-domino"})
class UnsavedWorkTest extends OpenWindow {

    @TempDir
    Path dir;

    @Test
    void aTourAsksBeforeReplacingUnsavedWorkAndCancelKeepsIt(FxRobot robot) throws Exception {
        awaitDocument(NetworkLoader.loadSample("textbook-domino"));
        robot.interact(() -> {
            Document doc = current();
            context.mainWindow().commands().execute(new StateEdit<>("test", doc.network(), doc.network().get(),
                    doc.network().get().withStakeScaled("v0", 2)));
        });
        Document edited = current();
        TourFile tour = TourLibrary.bundled().get(0);

        WaitForAsyncUtils.asyncFx(() -> context.features().tours().start(tour)); // the question is modal
        DialogPane prompt = UiLookups.awaitDialog(robot, h -> h.startsWith("Save the changes to"), 10);
        robot.clickOn(UiLookups.button(robot, prompt, "Cancel"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(current()).isSameAs(edited);
        assertThat(current().isDirty()).isTrue();
        assertThat(context.features().tours().viewModel().isActive()).isFalse();

        WaitForAsyncUtils.asyncFx(() -> context.features().tours().start(tour));
        prompt = UiLookups.awaitDialog(robot, h -> h.startsWith("Save the changes to"), 10);
        robot.clickOn(UiLookups.button(robot, prompt, "Don't save"));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> context.features().tours().viewModel().isActive());
        assertThat(current().network().get()).isEqualTo(NetworkLoader.loadSample(tour.network()));
        assertThat(current().isDirty()).as("a tour's own faults are not the user's work").isFalse();
        // PresenterMode's key filter stays on the (shared) primary stage: an active tour would take later tests' keys
        robot.interact(() -> context.features().tours().viewModel().close());
    }

    @Test
    void faultsInjectedByHandAreUnsavedWorkThatSaveWritesAndReopeningRestores(FxRobot robot) throws Exception {
        Network original = NetworkLoader.loadSample("textbook-domino");
        awaitDocument(original);
        robot.rightClickOn(UiLookups.glyph(stage, NodeRef.validator("v0")));
        robot.clickOn(UiLookups.menuItem(robot, "Double-sign (v0 (first domino)) on"));
        robot.clickOn(UiLookups.menuItem(robot, "s1"));
        WaitForAsyncUtils.waitForFxEvents();
        List<Fault> faults = current().scenario().get().faults();
        assertThat(faults).hasSize(1);
        assertThat(current().isDirty()).isTrue();
        assertThat(stage.getTitle()).startsWith("• ");

        Path file = dir.resolve("domino-with-faults.json");
        assertThat(WaitForAsyncUtils.asyncFx(() -> context.mainWindow().documents().saveTo(file)).get()).isTrue();
        assertThat(current().isDirty()).isFalse();
        assertThat(Files.readString(file)).contains("\"scenarios\"").contains("\"explorer\"").contains("\"double-sign\"");
        assertThat(NetworkCodec.read(file).validators()).isEqualTo(original.validators());

        robot.interact(() -> context.mainWindow().documents().openSample("textbook-domino"));
        awaitDocument(original);
        assertThat(current().scenario().get().faults()).isEmpty();
        robot.interact(() -> context.mainWindow().documents().openFile(file));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> file.equals(current().file()));
        assertThat(current().scenario().get().faults()).isEqualTo(faults);
        assertThat(current().isDirty()).isFalse();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> context.mainWindow().timeline().lengthProperty().get() > 0);

        // dropping them: undo is an edit too, and opening another network asks first
        robot.interact(() -> context.mainWindow().commands().execute(new StateEdit<>("clear", current().scenario(),
                current().scenario().get(), new dev.sse.model.simulation.Scenario("explorer", List.of(),
                        current().scenario().get().policy(), current().scenario().get().seed()))));
        assertThat(current().isDirty()).isTrue();
        Document before = current();
        WaitForAsyncUtils.asyncFx(() -> context.mainWindow().documents().openSample("textbook-theorem2"));
        DialogPane prompt = UiLookups.awaitDialog(robot, h -> h.startsWith("Save the changes to"), 10);
        robot.clickOn(UiLookups.button(robot, prompt, "Cancel"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(current()).isSameAs(before);
    }

    private Document current() {
        return context.mainWindow().currentDocument();
    }

    private void awaitDocument(Network expected) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> current() != null && current().network().get().equals(expected));
        WaitForAsyncUtils.waitForFxEvents();
    }
}
