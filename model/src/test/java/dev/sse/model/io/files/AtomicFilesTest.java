package dev.sse.model.io.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.sse.model.io.json.FileAccess;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @TempDir
    Path dir;

    @Test
    void writesTheWholeContentAndLeavesNoTemporaryFile() throws Exception {
        Path target = Files.createDirectory(dir.resolve("sub")).resolve("out.csv");
        AtomicFiles.write(target, "a,b\n1,2\n".getBytes(StandardCharsets.UTF_8));
        AtomicFiles.write(target, "a,b\n3,4\n".getBytes(StandardCharsets.UTF_8));
        assertThat(target).hasContent("a,b\n3,4\n");
        try (var files = Files.list(target.getParent())) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void newFilesAreReadableByOthersAndReplacedFilesKeepTheirPermissions() throws Exception {
        assumeTrue(Files.getFileStore(dir).supportsFileAttributeView(PosixFileAttributeView.class));
        Path fresh = dir.resolve("fresh.svg");
        AtomicFiles.write(fresh, new byte[] {1});
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh))).isEqualTo("rw-r--r--");

        Path existing = dir.resolve("existing.png");
        Files.write(existing, new byte[] {0});
        Files.setPosixFilePermissions(existing, PosixFilePermissions.fromString("rw-r-----"));
        AtomicFiles.write(existing, new byte[] {2});
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(existing))).isEqualTo("rw-r-----");
    }

    /** Renaming over /dev/full as root replaced the device with a file ("wrote /dev/full", exit 0). */
    @Test
    void aDeviceIsWrittenToNeverReplacedAndAFolderIsRefused() throws Exception {
        Path full = Path.of("/dev/full");
        assumeTrue(Files.exists(full) && !Files.isRegularFile(full));
        assertThatThrownBy(() -> AtomicFiles.write(full, new byte[] {1}))
                .satisfies(e -> assertThat(FileAccess.reason((Exception) e)).isEqualTo("no space left on device"));
        assertThat(Files.isRegularFile(full)).isFalse();
        AtomicFiles.write(Path.of("/dev/null"), new byte[] {1});
        assertThat(Files.isRegularFile(Path.of("/dev/null"))).isFalse();
        assertThatThrownBy(() -> AtomicFiles.write(dir, new byte[] {1}))
                .satisfies(e -> assertThat(FileAccess.reason((Exception) e)).isEqualTo("is a directory"));
    }
}
