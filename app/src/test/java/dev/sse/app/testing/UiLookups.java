package dev.sse.app.testing;

import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Finding dialogs, their buttons, menu items and graph glyphs across all open windows. */
public final class UiLookups {

    private UiLookups() {
    }

    /** The first shown dialog whose header satisfies {@code header}, waiting up to {@code seconds}. */
    public static DialogPane awaitDialog(FxRobot robot, Predicate<String> header, int seconds) throws Exception {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> dialog(robot, header).isPresent());
        return dialog(robot, header).orElseThrow();
    }

    public static Optional<DialogPane> dialog(FxRobot robot, Predicate<String> header) {
        return robot.lookup(".dialog-pane").match((Node n) -> n instanceof DialogPane d && d.getHeaderText() != null
                && header.test(d.getHeaderText())).tryQueryAs(DialogPane.class);
    }

    /** The button with this text inside {@code root}. */
    public static Button button(FxRobot robot, Node root, String text) {
        return robot.from(root).lookup(".button").match((Node n) -> n instanceof Button b && text.equals(b.getText()))
                .queryAs(Button.class);
    }

    /**
     * The glyph (the circle) of a chain or validator in the graph of {@code stage}, once it is there: the layout
     * and the analysis run on different workers, so a test that waited for the analysis may still be ahead of
     * the graph.
     */
    public static Node glyph(javafx.stage.Stage stage, dev.sse.model.network.graph.NodeRef ref) throws Exception {
        java.util.concurrent.atomic.AtomicReference<Node> found = new java.util.concurrent.atomic.AtomicReference<>();
        WaitForAsyncUtils.waitFor(30, java.util.concurrent.TimeUnit.SECONDS, () -> {
            found.set(WaitForAsyncUtils.asyncFx(() -> stage.getScene().getRoot().lookupAll(".node-glyph").stream()
                    .filter(n -> ref.equals(n.getUserData())).findFirst().orElse(null)).get());
            return found.get() != null;
        });
        return found.get();
    }

    /**
     * The label of a showing item of an open menu or context menu with this text, once it appears (graph labels
     * are Text, not Labeled, and menu bar titles are not inside a context menu, so neither can match).
     */
    public static Node menuItem(FxRobot robot, String text) throws Exception {
        Predicate<Node> wanted = n -> n instanceof javafx.scene.control.Labeled l && text.equals(l.getText())
                && n.isVisible() && n.getScene() != null && n.getScene().getWindow().isShowing();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup(".context-menu .menu-item .label").match(wanted).tryQuery().isPresent());
        return robot.lookup(".context-menu .menu-item .label").match(wanted).query();
    }
}
