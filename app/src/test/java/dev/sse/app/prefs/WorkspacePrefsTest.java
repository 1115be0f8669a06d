package dev.sse.app.prefs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sse.app.files.RecentFiles;
import java.nio.file.Path;
import java.util.UUID;
import java.util.prefs.Preferences;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class WorkspacePrefsTest {

    private final Preferences node = Preferences.userRoot().node("/dev/sse/prefs-test-" + UUID.randomUUID());
    private final WorkspacePrefs prefs = new WorkspacePrefs(node);

    @AfterEach
    void removeNode() throws Exception {
        node.removeNode();
    }

    @Test
    void testsGetInMemoryPreferencesNotTheUsersStore() {
        assertThat(Preferences.userRoot().getClass().getName()).isEqualTo("dev.sse.app.testing.MemoryPreferencesFactory$Node");
    }

    @Test
    void defaultsThenRememberedValues() {
        assertThat(prefs.theme()).isEqualTo(Theme.LIGHT);
        assertThat(prefs.fontScale()).isEqualTo(1.0);
        assertThat(prefs.geometry()).isEmpty();
        assertThat(prefs.inspectorSplit()).isEmpty();

        prefs.setTheme(Theme.DARK);
        prefs.setFontScale(1.25);
        prefs.setGeometry(new WindowGeometry(10, 20, 900, 700, true));
        prefs.setInspectorSplit(0.7);
        WorkspacePrefs again = new WorkspacePrefs(node);
        assertThat(again.theme()).isEqualTo(Theme.DARK);
        assertThat(again.fontScale()).isEqualTo(1.25);
        assertThat(again.geometry()).contains(new WindowGeometry(10, 20, 900, 700, true));
        assertThat(again.inspectorSplit()).contains(0.7);
    }

    @Test
    void garbageFallsBackToDefaults() {
        node.put("theme", "neon");
        node.putDouble("window.width", 3);
        node.putDouble("inspectorSplit", 1.5);
        assertThat(prefs.theme()).isEqualTo(Theme.LIGHT);
        assertThat(prefs.geometry()).isEmpty();
        assertThat(prefs.inspectorSplit()).isEmpty();
    }

    @Test
    void recentFilesKeepTheLastTenMostRecentFirstWithoutDuplicates() {
        RecentFiles recent = new RecentFiles(prefs);
        IntStream.range(0, 12).forEach(i -> recent.add(Path.of("/nets/n" + i + ".json")));
        recent.add(Path.of("/nets/n5.json"));

        assertThat(recent.list()).hasSize(RecentFiles.MAX);
        assertThat(recent.list().get(0)).isEqualTo(Path.of("/nets/n5.json"));
        assertThat(recent.list().get(1)).isEqualTo(Path.of("/nets/n11.json"));
        assertThat(recent.list()).doesNotContain(Path.of("/nets/n0.json"), Path.of("/nets/n1.json"));
        assertThat(recent.list()).doesNotHaveDuplicates();

        recent.remove(Path.of("/nets/n5.json"));
        assertThat(new RecentFiles(new WorkspacePrefs(node)).list()).hasSize(RecentFiles.MAX - 1)
                .doesNotContain(Path.of("/nets/n5.json"));
        recent.clear();
        assertThat(recent.list()).isEmpty();
    }
}
