package dev.sse.app.tour;

import dev.sse.app.shell.MainWindow;
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
public final class PresenterMode {

    static final String STYLE_CLASS = "presenting";
    /** Text in presenter mode: 150% of the normal 14 px (the tour caption, in tour.css, 200%). */
    static final double FONT_PX = 21;
    /** Chain labels on the graph: 175% of their normal 12 px. */
    static final double LABEL_SCALE = 1.75;
    private static final java.util.regex.Pattern FONT_SIZE = java.util.regex.Pattern.compile("-fx-font-size:\\s*([0-9.]+)px");

    private final MainWindow window;
    private final TourViewModel tour;
    private final javafx.animation.PauseTransition refit = new javafx.animation.PauseTransition(javafx.util.Duration.millis(350));
    private final java.util.function.DoubleConsumer labelScale;
    private boolean on;
    private String savedRootStyle = "";

    /**
     * {@code reframe} runs once the window has its new size (the camera frames the step again);
     * {@code labelScale} sets the graph's label size (1 = normal).
     */
    PresenterMode(MainWindow window, TourViewModel tour, Runnable reframe, java.util.function.DoubleConsumer labelScale) {
        this.window = window;
        this.tour = tour;
        this.labelScale = labelScale;
        refit.setOnFinished(e -> reframe.run());
        Stage stage = window.stage();
        stage.setFullScreenExitHint("");
        stage.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        stage.fullScreenProperty().addListener((o, was, now) -> {
            if (!now && on) {
                set(false);
            }
        });
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
            savedRootStyle = root.getStyle();
            root.setStyle(presenterStyle(savedRootStyle));
        } else if (!presenting && root.getStyleClass().remove(STYLE_CLASS)) {
            root.setStyle(savedRootStyle);
        }
        labelScale.accept(presenting ? LABEL_SCALE : 1);
        stage.setFullScreen(presenting);
        refit.playFromStart();
    }

    /**
     * The root's inline style while presenting: text at {@link #FONT_PX}, or at 150% of the user's own
     * larger text size (View → Larger text writes an inline size, which a stylesheet rule cannot beat).
     */
    static String presenterStyle(String userStyle) {
        java.util.regex.Matcher m = FONT_SIZE.matcher(userStyle == null ? "" : userStyle);
        double user = m.find() ? Double.parseDouble(m.group(1)) : 14;
        return String.format(java.util.Locale.ROOT, "-fx-font-size: %.1fpx;", Math.max(FONT_PX, user * 1.5));
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
