package dev.sse.app.prefs;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * What the explorer remembers across runs, in one {@link Preferences} node (see {@code AppHome}): theme,
 * font scale, window geometry, the inspector's split position and the recent files. Plain Java; every
 * getter falls back to a default when a value is missing or unreadable.
 */
public final class WorkspacePrefs {

    private static final Logger LOG = Logger.getLogger(WorkspacePrefs.class.getName());
    private static final String THEME = "theme";
    private static final String FONT_SCALE = "fontScale";
    private static final String SPLIT = "inspectorSplit";
    private static final String RECENT = "recent.";
    private static final int MAX_RECENT_KEYS = 50;

    private final Preferences node;

    public WorkspacePrefs(Preferences node) {
        this.node = node;
    }

    public Theme theme() {
        return Theme.parse(node.get(THEME, Theme.LIGHT.name()));
    }

    public void setTheme(Theme theme) {
        node.put(THEME, theme.name());
    }

    public double fontScale() {
        return node.getDouble(FONT_SCALE, 1.0);
    }

    public void setFontScale(double scale) {
        node.putDouble(FONT_SCALE, scale);
    }

    public Optional<WindowGeometry> geometry() {
        WindowGeometry g = new WindowGeometry(node.getDouble("window.x", Double.NaN), node.getDouble("window.y", Double.NaN),
                node.getDouble("window.width", 0), node.getDouble("window.height", 0), node.getBoolean("window.maximized", false));
        return g.plausible() ? Optional.of(g) : Optional.empty();
    }

    public void setGeometry(WindowGeometry g) {
        node.putDouble("window.x", g.x());
        node.putDouble("window.y", g.y());
        node.putDouble("window.width", g.width());
        node.putDouble("window.height", g.height());
        node.putBoolean("window.maximized", g.maximized());
    }

    /** The inspector divider as a fraction of the split's width, if remembered. */
    public Optional<Double> inspectorSplit() {
        double d = node.getDouble(SPLIT, Double.NaN);
        return d > 0.05 && d < 0.98 ? Optional.of(d) : Optional.empty();
    }

    public void setInspectorSplit(double position) {
        node.putDouble(SPLIT, position);
    }

    /** Recent files, most recent first. */
    public List<Path> recentFiles() {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < MAX_RECENT_KEYS; i++) {
            String s = node.get(RECENT + i, null);
            if (s == null) {
                break;
            }
            try {
                files.add(Path.of(s));
            } catch (InvalidPathException e) {
                // a path from another platform: skip it
            }
        }
        return files;
    }

    public void setRecentFiles(List<Path> files) {
        for (int i = 0; i < MAX_RECENT_KEYS; i++) {
            if (i < files.size()) {
                node.put(RECENT + i, files.get(i).toString());
            } else {
                node.remove(RECENT + i);
            }
        }
    }

    /** Writes to the backing store now (also happens on its own later); failures are logged, never shown. */
    public void flush() {
        try {
            node.flush();
        } catch (BackingStoreException | IllegalStateException e) {
            LOG.log(Level.WARNING, "could not save preferences", e);
        }
    }
}
