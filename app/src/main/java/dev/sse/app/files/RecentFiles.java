package dev.sse.app.files;

import dev.sse.app.prefs.WorkspacePrefs;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** File → Open Recent: the last {@value #MAX} files opened or saved, most recent first, kept in the preferences. */
public final class RecentFiles {

    public static final int MAX = 10;

    private final WorkspacePrefs prefs;

    public RecentFiles(WorkspacePrefs prefs) {
        this.prefs = prefs;
    }

    public List<Path> list() {
        List<Path> files = prefs.recentFiles();
        return files.size() > MAX ? files.subList(0, MAX) : files;
    }

    /** Puts {@code file} first (moving it up if it was already there) and forgets the oldest beyond {@value #MAX}. */
    public void add(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        List<Path> next = new ArrayList<>(list());
        next.remove(absolute);
        next.add(0, absolute);
        prefs.setRecentFiles(next.size() > MAX ? next.subList(0, MAX) : next);
    }

    public void remove(Path file) {
        List<Path> next = new ArrayList<>(list());
        next.remove(file.toAbsolutePath().normalize());
        prefs.setRecentFiles(next);
    }

    public void clear() {
        prefs.setRecentFiles(List.of());
    }
}
