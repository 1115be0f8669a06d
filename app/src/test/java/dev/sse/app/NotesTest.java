package dev.sse.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sse.app.testing.OpenWindow;
import dev.sse.app.testing.WindowArgs;
import dev.sse.app.testing.UiLookups;
import dev.sse.app.workspace.ExportFormat;
import dev.sse.model.io.json.NetworkCodec;
import dev.sse.model.network.Annotation;
import dev.sse.model.network.graph.NodeRef;
import dev.sse.views.timeline.TimelineViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Notes through the real menus on the domino network: a note on chain s1 from its context menu shows as a
 * callout, undo and redo remove and restore it, saving writes it to the file and the exports carry it; a note
 * on step 1 of a stored scenario shows under the timeline caption at that step only.
 */
@Tag("ui")
@WindowArgs({"--sample", "textbook-domino", "--scenario", "shock-first-domino"})
class NotesTest extends OpenWindow {

    private static final String TEXT = "Falls first <when> v0 & v1 \"double-sign\".";

    @TempDir
    Path dir;

    @Test
    void aNoteOnAChainIsShownUndoneRedoneSavedAndExported(FxRobot robot) throws Exception {
        awaitAnalysis();
        Node s1 = UiLookups.glyph(stage, NodeRef.chain("s1"));

        robot.rightClickOn(s1);
        robot.clickOn(UiLookups.menuItem(robot, "Add note…"));
        answer(robot, "Note on", TEXT);

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> callout(robot).isPresent());
        Label callout = callout(robot).orElseThrow();
        assertThat(callout.getText()).isEqualTo(TEXT);
        assertThat(callout.getAccessibleText()).startsWith("note on ").endsWith(": " + TEXT);
        assertThat(stage.getTitle()).startsWith("• ");
        Path withNote = export(ExportFormat.PNG_2X, "with-note.png");
        String svg = Files.readString(export(ExportFormat.SVG, "with-note.svg"));
        assertThat(svg).contains("<g class=\"note\">\n<title>note on s1: Falls first &lt;when&gt; v0 &amp; v1 &quot;double-sign&quot;.</title>");

        robot.interact(() -> context.mainWindow().commands().undo());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> callout(robot).isEmpty());
        assertThat(context.mainWindow().currentDocument().network().get().annotations()).isEmpty();
        Path without = export(ExportFormat.PNG_2X, "without-note.png");
        assertThat(Files.readAllBytes(withNote)).as("the 2x PNG shows the callout").isNotEqualTo(Files.readAllBytes(without));

        robot.interact(() -> context.mainWindow().commands().redo());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> callout(robot).isPresent());
        Path file = dir.resolve("domino-with-note.json");
        assertThat(WaitForAsyncUtils.asyncFx(() -> context.mainWindow().documents().saveTo(file)).get()).isTrue();
        assertThat(NetworkCodec.read(file).annotations()).containsExactly(Annotation.onNode("s1", TEXT));
    }

    @Test
    void aStepNoteIsShownOnlyAtItsStep(FxRobot robot) throws Exception {
        TimelineViewModel timeline = context.mainWindow().timeline();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> timeline.lengthProperty().get() > 1);
        robot.interact(() -> timeline.seek(1));
        robot.clickOn("Simulate");
        robot.clickOn(UiLookups.menuItem(robot, "Add note to this step…"));
        answer(robot, "Note on step 1", "The first domino falls.");

        Label note = robot.lookup("#timeline-note").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, note::isVisible);
        assertThat(note.getText()).isEqualTo("The first domino falls.");
        assertThat(context.mainWindow().currentDocument().network().get().stepNote("shock-first-domino", 1)).isPresent();
        assertThat(timeline.positionProperty().get()).as("a note edit keeps the playback where it is").isEqualTo(1);
        robot.interact(() -> timeline.seek(2));
        assertThat(note.isVisible()).isFalse();
        robot.interact(() -> timeline.seek(0));
        assertThat(note.isVisible()).isFalse();
        robot.interact(() -> timeline.seek(1));
        assertThat(note.isVisible()).isTrue();
        robot.interact(() -> context.mainWindow().commands().undo());
        assertThat(note.isVisible()).isFalse();
    }

    /** Types {@code text} into the note dialog whose header starts with {@code header} and presses OK. */
    private static void answer(FxRobot robot, String header, String text) throws Exception {
        DialogPane pane = UiLookups.awaitDialog(robot, h -> h.startsWith(header), 10);
        robot.interact(() -> ((javafx.scene.control.TextField) pane.lookup(".text-field")).setText(text));
        robot.clickOn(UiLookups.button(robot, pane, "OK"));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static Optional<Label> callout(FxRobot robot) {
        return robot.lookup(".graph-note").match(Node::isVisible).tryQueryAs(Label.class);
    }

    private Path export(ExportFormat format, String name) throws Exception {
        Path target = dir.resolve(name);
        WaitForAsyncUtils.asyncFx(() -> context.workspace().exports().export(format, target)).get().get(30, TimeUnit.SECONDS);
        return target;
    }
}
