package dev.sse.app.i18n;

import dev.sse.views.common.ViewText;
import java.util.ResourceBundle;

/**
 * The user-facing text of the app (menus, actions, dialogs, status lines, tours, start screen, glossary): a
 * translation is one properties file. The views have their own bundle ({@link ViewText}); both share its lookup.
 */
public final class Messages {

    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("dev.sse.app.i18n.messages");

    private Messages() {
    }

    /** The text for {@code key}, with {0}, {1}… filled in; the key itself when missing (visible, never a crash). */
    public static String get(String key, Object... args) {
        return ViewText.lookup(BUNDLE, key, args);
    }

    public static boolean has(String key) {
        return BUNDLE.containsKey(key);
    }
}
