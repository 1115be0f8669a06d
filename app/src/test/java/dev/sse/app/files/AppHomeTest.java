package dev.sse.app.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AppHomeTest {

    private final Path home = Path.of("/home/ada");

    @Test
    void linuxUsesXdgDataHomeOrLocalShare() {
        assertThat(AppHome.platformDefault("Linux", Map.of(), home))
                .isEqualTo(Path.of("/home/ada/.local/share/shared-security-explorer"));
        assertThat(AppHome.platformDefault("Linux", Map.of("XDG_DATA_HOME", "/data"), home))
                .isEqualTo(Path.of("/data/shared-security-explorer"));
    }

    @Test
    void macAndWindowsUseTheirPerUserFolders() {
        assertThat(AppHome.platformDefault("Mac OS X", Map.of(), home))
                .isEqualTo(home.resolve("Library/Application Support/Shared Security Explorer"));
        assertThat(AppHome.platformDefault("Windows 11", Map.of("LOCALAPPDATA", "/appdata"), home))
                .isEqualTo(Path.of("/appdata/Shared Security Explorer"));
    }

    @Test
    void testsRunWithTheirOwnHomeAndPreferencesNode() {
        AppHome fromSystem = AppHome.fromSystem();
        assertThat(fromSystem.base().toString()).contains("sse-home");
        assertThat(fromSystem.prefsNode()).isNotEqualTo(AppHome.DEFAULT_PREFS_NODE);
        assertThat(fromSystem.recoveryDir()).isEqualTo(fromSystem.base().resolve("recovery"));
        assertThat(fromSystem.logFile().getFileName().toString()).isEqualTo("explorer.log");
    }
}
