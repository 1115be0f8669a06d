package dev.sse.app.i18n;

import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The user-facing text of tours, start screen, glossary and presenter mode: a translation is one properties file. */
public final class Messages {

    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("dev.sse.app.i18n.messages");

    private Messages() {
    }

    /** The text for {@code key}, with {0}, {1}… filled in; the key itself when missing (visible, never a crash). */
    public static String get(String key, Object... args) {
        try {
            String text = BUNDLE.getString(key);
            return args.length == 0 ? text : MessageFormat.format(text, args);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    public static boolean has(String key) {
        return BUNDLE.containsKey(key);
    }
}
