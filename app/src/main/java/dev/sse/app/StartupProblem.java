package dev.sse.app;

import java.util.Locale;

/**
 * Turns the ways the window fails to start on a machine that cannot show it into one line that says what is
 * missing and how to get it, instead of an exception. JavaFX's Linux glass says
 * {@code Unable to load glass GTK library.} when GTK 3 is not installed and {@code Unable to open DISPLAY} when
 * no X server answers (openjdk/jfx, {@code modules/javafx.graphics/src/main/java/com/sun/glass/ui/gtk/GtkApplication.java}).
 */
final class StartupProblem {

    static final String NO_COMMAND = " The commands validate, analyze, simulate, sweep and report need no window; see --help.";

    private StartupProblem() {
    }

    /** One line for a known start-up failure (anywhere in the cause chain), or null for any other error. */
    static String describe(Throwable error, String display) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (message.contains("glass gtk library")) {
                return "the window needs GTK 3, which is not installed (libgtk-3.so.0 was not found). "
                        + "Debian/Ubuntu: sudo apt install libgtk-3-0; Fedora: sudo dnf install gtk3." + NO_COMMAND;
            }
            if (message.contains("unable to open display")) {
                return "cannot open the display " + (display == null ? "" : "'" + display + "' ")
                        + "(no X server answers there; check DISPLAY)." + NO_COMMAND;
            }
        }
        return null;
    }
}
