package dev.sse.app.testing;

import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Finding dialogs and their buttons across all open windows. */
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
}
