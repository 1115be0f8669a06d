package dev.sse.app.workspace;

import dev.sse.app.prefs.Theme;
import dev.sse.app.prefs.WorkspacePrefs;
import java.net.URL;
import java.util.Locale;
import java.util.logging.Logger;
import javafx.application.Application;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.Scene;

/**
 * Light or dark theme (AtlantaFX Primer as the user-agent stylesheet plus our token overrides on the
 * scene) and the text size: the scene root's {@code -fx-font-size} in steps around AtlantaFX's 14 px,
 * which every control and our em-sized view styles follow. Both are remembered in the preferences.
 */
final class ThemeController {

    private static final Logger LOG = Logger.getLogger(ThemeController.class.getName());
    static final double BASE_FONT_PX = 14;
    static final double[] STEPS = {0.8, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0};

    private final WorkspacePrefs prefs;
    private final ReadOnlyObjectWrapper<Theme> theme = new ReadOnlyObjectWrapper<>(this, "theme");
    private Scene scene;
    private double fontScale = 1;
    private boolean presenting;
    /** Text in presenter mode: 150% of the normal 14 px. */
    static final double PRESENTER_FONT_PX = 21;

    ThemeController(WorkspacePrefs prefs) {
        this.prefs = prefs;
    }

    /** Applies the remembered theme before the window shows, so it never flashes in the wrong colours. */
    void applyUserAgent() {
        Application.setUserAgentStylesheet(prefs.theme().userAgentStylesheet());
    }

    void attach(Scene scene) {
        this.scene = scene;
        setTheme(prefs.theme());
        setFontScale(prefs.fontScale());
    }

    void setTheme(Theme next) {
        Application.setUserAgentStylesheet(next.userAgentStylesheet());
        for (Theme t : Theme.values()) {
            if (t.tokenOverrides() != null) {
                scene.getStylesheets().remove(resource(t.tokenOverrides()));
            }
        }
        String overrides = next.tokenOverrides() == null ? null : resource(next.tokenOverrides());
        if (overrides != null) {
            scene.getStylesheets().add(overrides);
        } else if (next.tokenOverrides() != null) {
            LOG.warning("theme stylesheet missing from the classpath: " + next.tokenOverrides());
        }
        theme.set(next);
        prefs.setTheme(next);
    }

    ReadOnlyObjectProperty<Theme> themeProperty() {
        return theme.getReadOnlyProperty();
    }

    void larger() {
        for (double step : STEPS) {
            if (step > fontScale + 1e-9) {
                setFontScale(step);
                return;
            }
        }
    }

    void smaller() {
        for (int i = STEPS.length - 1; i >= 0; i--) {
            if (STEPS[i] < fontScale - 1e-9) {
                setFontScale(STEPS[i]);
                return;
            }
        }
    }

    void resetFont() {
        setFontScale(1);
    }

    double fontScale() {
        return fontScale;
    }

    void setFontScale(double scale) {
        fontScale = Math.max(STEPS[0], Math.min(STEPS[STEPS.length - 1], scale));
        applyFont();
        prefs.setFontScale(fontScale);
    }

    /**
     * Presenter mode: text at least {@link #PRESENTER_FONT_PX}, or 150% of the user's own size when that is larger.
     * The text size keeps one owner, so Ctrl+Plus while presenting and leaving presenter mode stay consistent.
     */
    void setPresenting(boolean on) {
        presenting = on;
        applyFont();
    }

    private void applyFont() {
        if (scene != null) {
            scene.getRoot().setStyle(rootStyle(fontScale, presenting));
        }
    }

    /** The scene root's inline style: the text size for a font scale, boosted in presenter mode. */
    static String rootStyle(double fontScale, boolean presenting) {
        double px = BASE_FONT_PX * fontScale;
        if (presenting) {
            px = Math.max(PRESENTER_FONT_PX, px * 1.5);
        } else if (fontScale == 1) {
            return "";
        }
        return String.format(Locale.ROOT, "-fx-font-size: %.1fpx;", px);
    }

    private static String resource(String path) {
        URL url = ThemeController.class.getResource(path);
        return url == null ? null : url.toExternalForm();
    }
}
