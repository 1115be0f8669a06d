package dev.sse.app.workspace;

import dev.sse.app.prefs.WindowGeometry;
import dev.sse.app.prefs.WorkspacePrefs;
import dev.sse.views.common.FxBridge;
import dev.sse.views.inspector.InspectorView;
import java.util.Optional;
import javafx.animation.PauseTransition;
import javafx.beans.InvalidationListener;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.util.Duration;

/** Remembers the window's size and position and the inspector's divider across runs. */
final class WindowState {

    private static final Duration SETTLE = Duration.millis(800);
    private final WorkspacePrefs prefs;

    WindowState(WorkspacePrefs prefs) {
        this.prefs = prefs;
    }

    /** Before the window shows: the remembered geometry, if it still fits on a screen. */
    void restoreGeometry(Stage stage) {
        prefs.geometry().filter(g -> !Screen.getScreensForRectangle(g.x(), g.y(), g.width(), g.height()).isEmpty())
                .ifPresent(g -> {
                    stage.setX(g.x());
                    stage.setY(g.y());
                    stage.setWidth(g.width());
                    stage.setHeight(g.height());
                    stage.setMaximized(g.maximized());
                });
    }

    /**
     * The remembered divider, applied again whenever the split's width changes while the window settles
     * (its first layouts happen before it has its remembered size, and the inspector keeps its pixel width
     * when the window grows); after that, the user's own resizing is left alone.
     */
    void restoreSplit(Scene scene) {
        Optional<Double> position = prefs.inspectorSplit();
        Optional<SplitPane> found = inspectorSplit(scene);
        if (position.isEmpty() || found.isEmpty()) {
            return;
        }
        SplitPane split = found.get();
        // after the layout pass that changed the width: during it, the skin re-derives the divider from pixels
        InvalidationListener apply = o -> FxBridge.later(() -> split.setDividerPositions(position.get()));
        split.setDividerPositions(position.get());
        split.widthProperty().addListener(apply);
        PauseTransition settle = new PauseTransition(SETTLE);
        settle.setOnFinished(e -> split.widthProperty().removeListener(apply));
        settle.play();
    }

    void remember(Stage stage) {
        if (!stage.isMaximized() && !stage.isIconified()) {
            prefs.setGeometry(new WindowGeometry(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), false));
        } else {
            prefs.geometry().ifPresent(g -> prefs.setGeometry(new WindowGeometry(g.x(), g.y(), g.width(), g.height(),
                    stage.isMaximized())));
        }
        if (stage.getScene() != null) {
            inspectorSplit(stage.getScene()).filter(s -> s.getDividers().size() == 1)
                    .ifPresent(s -> prefs.setInspectorSplit(s.getDividerPositions()[0]));
        }
    }

    /** The split pane that holds the inspector (wherever the main window nests it). */
    static Optional<SplitPane> inspectorSplit(Scene scene) {
        for (Node node : scene.getRoot().lookupAll(".split-pane")) {
            if (node instanceof SplitPane split && split.getItems().stream().anyMatch(InspectorView.class::isInstance)) {
                return Optional.of(split);
            }
        }
        return Optional.empty();
    }
}
