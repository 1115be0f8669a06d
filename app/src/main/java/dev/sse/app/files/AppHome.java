package dev.sse.app.files;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.prefs.Preferences;

/**
 * Where the explorer keeps its own files (recovery copies, logs) and which preferences node it uses.
 * The folder is {@code -Dsse.home=DIR} when given, else the platform's per-user data folder:
 * {@code $XDG_DATA_HOME/shared-security-explorer} (default {@code ~/.local/share/…}) on Linux,
 * {@code ~/Library/Application Support/Shared Security Explorer} on macOS and
 * {@code %LOCALAPPDATA%\Shared Security Explorer} on Windows. The preferences node is
 * {@code -Dsse.prefs.node=/path} when given, else {@value #DEFAULT_PREFS_NODE}; tests set both.
 *
 * @param base      the folder; created on first write
 * @param prefsNode absolute {@link Preferences} node path under the user root
 */
public record AppHome(Path base, String prefsNode) {

    public static final String HOME_PROPERTY = "sse.home";
    public static final String PREFS_PROPERTY = "sse.prefs.node";
    public static final String DEFAULT_PREFS_NODE = "/dev/sse/explorer";

    /** From the system properties and the environment, as described above. */
    public static AppHome fromSystem() {
        String home = System.getProperty(HOME_PROPERTY);
        Path base = home != null && !home.isBlank() ? Path.of(home)
                : platformDefault(System.getProperty("os.name", ""), System.getenv(), Path.of(System.getProperty("user.home")));
        return new AppHome(base.toAbsolutePath(), System.getProperty(PREFS_PROPERTY, DEFAULT_PREFS_NODE));
    }

    static Path platformDefault(String osName, Map<String, String> env, Path userHome) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String local = env.get("LOCALAPPDATA");
            return (local != null ? Path.of(local) : userHome.resolve("AppData").resolve("Local")).resolve("Shared Security Explorer");
        }
        if (os.contains("mac")) {
            return userHome.resolve("Library").resolve("Application Support").resolve("Shared Security Explorer");
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path data = xdg != null && !xdg.isBlank() ? Path.of(xdg) : userHome.resolve(".local").resolve("share");
        return data.resolve("shared-security-explorer");
    }

    /** Autosaved copies of unsaved work. */
    public Path recoveryDir() {
        return base.resolve("recovery");
    }

    public Path logDir() {
        return base.resolve("logs");
    }

    /** The current log file. */
    public Path logFile() {
        return logDir().resolve("explorer.log");
    }

    public Preferences preferences() {
        return Preferences.userRoot().node(prefsNode);
    }
}
