package dev.sse.views.common;

import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The user-facing text of the views: a translation is one properties file,
 * {@code dev/sse/views/i18n/messages_<language>.properties}. The bundle lives in this module and is loaded by
 * this class, so it needs no {@code opens} on the module path and works the same on the classpath.
 */
public final class ViewText {

    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("dev.sse.views.i18n.messages");

    private ViewText() {
    }

    /** The text for {@code key}, with {0}, {1}… filled in; the key itself when missing (visible, never a crash). */
    public static String get(String key, Object... args) {
        return lookup(BUNDLE, key, args);
    }

    /** A chain kind in words, as the legend names it: "relay chain", "consumer chain", "L1". */
    public static String kind(dev.sse.model.network.ChainKind kind) {
        return switch (kind) {
            case RELAY -> get("legend.kind.relay");
            case PARACHAIN -> get("legend.kind.parachain");
            case PROVIDER -> get("legend.kind.provider");
            case CONSUMER -> get("legend.kind.consumer");
            case L1 -> get("legend.kind.l1");
            case ROLLUP -> get("legend.kind.rollup");
            case AVS -> get("legend.kind.avs");
            case ISOLATED -> get("legend.kind.isolated");
            case SERVICE -> get("legend.kind.service");
        };
    }

    public static boolean has(String key) {
        return BUNDLE.containsKey(key);
    }

    /**
     * The lookup every accessor shares: without arguments the text is returned as written; with arguments it
     * is a {@link MessageFormat} pattern (an apostrophe is written {@code ''}). A missing key gives the key.
     */
    public static String lookup(ResourceBundle bundle, String key, Object... args) {
        try {
            String text = bundle.getString(key);
            return args.length == 0 ? text : MessageFormat.format(text, args);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
