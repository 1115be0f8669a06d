package dev.sse.app.tour;

import dev.sse.app.shell.FeatureHost;
import dev.sse.views.common.Listeners;
import dev.sse.views.tour.TourViewModel;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;

/**
 * Presenter mode (F5): full screen, menus, toolbar, inspector and status bar hidden, larger text. Clicker
 * keys (Page Up/Down, arrows) step the tour when one runs, else the cascade (the timeline's own keys); Esc
 * leaves. Nothing random happens here: the same tour and seed give the same show every time.
 */
public final class PresenterMode implements AutoCloseable {

    static final String STYLE_CLASS = "presenting";
    /** Chain labels on the graph: 175% of their normal 12 px. */
    static final double LABEL_SCALE = 1.75;

    private final FeatureHost window;
    private final TourViewModel tour;
    private final javafx.animation.PauseTransition refit = new javafx.animation.PauseTransition(javafx.util.Duration.millis(350));
    private final java.util.function.DoubleConsumer labelScale;
    private boolean on;
    /** The stage's key filter and full-screen listener, taken off when the tours close (issue #18). */
    private final Listeners listeners = new Listeners();
    private java.util.function.Consumer<Boolean> largerText = on -> { };

    /**
     * {@code reframe} runs once the window has its new size (the camera frames the step again);
     * {@code labelScale} sets the graph's label size (1 = normal).
     */
    PresenterMode(FeatureHost window, TourViewModel tour, Runnable reframe, java.util.function.DoubleConsumer labelScale) {
        this.window = window;
        this.tour = tour;
        this.labelScale = labelScale;
        refit.setOnFinished(e -> reframe.run());
        Stage stage = window.stage();
        stage.setFullScreenExitHint("");
        listeners.filter(stage, KeyEvent.KEY_PRESSED, this::key);
        listeners.listen(stage.fullScreenProperty(), (o, was, now) -> {
            if (!now && on) {
                set(false);
            }
        });
    }

    /** Takes the key filter and the full-screen listener off the stage (the stage outlives the window's content). */
    @Override
    public void close() {
        refit.stop();
        listeners.close();
    }

    public boolean isOn() {
        return on;
    }

    public void toggle() {
        set(!on);
    }

    public void set(boolean presenting) {
        on = presenting;
        Stage stage = window.stage();
        window.setChromeVisible(!presenting);
        var root = stage.getScene().getRoot();
        if (presenting && !root.getStyleClass().contains(STYLE_CLASS)) {
            root.getStyleClass().add(STYLE_CLASS);
        } else if (!presenting) {
            root.getStyleClass().remove(STYLE_CLASS);
        }
        largerText.accept(presenting);
        labelScale.accept(presenting ? LABEL_SCALE : 1);
        stage.setFullScreen(presenting);
        refit.playFromStart();
    }

    /** Who makes the text larger while presenting (the workspace's theme controller, which owns the text size). */
    public void setLargerText(java.util.function.Consumer<Boolean> largerText) {
        this.largerText = largerText;
    }


    /** Window-level filter: runs before the timeline's scene filter, so a running tour gets the clicker keys. */
    private void key(KeyEvent e) {
        if (e.getCode() == KeyCode.F5) {
            toggle();
            e.consume();
            return;
        }
        if (on && e.getCode() == KeyCode.ESCAPE) {
            set(false);
            e.consume();
            return;
        }
        var focus = window.stage().getScene().getFocusOwner();
        if (!tour.isActive() || focus instanceof TextInputControl) {
            return;
        }
        switch (e.getCode()) {
            case PAGE_DOWN, RIGHT -> tour.next();
            case PAGE_UP, LEFT -> tour.back();
            case HOME -> tour.restart();
            default -> {
                return;
            }
        }
        e.consume();
    }
}
