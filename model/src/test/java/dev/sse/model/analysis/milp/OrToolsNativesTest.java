package dev.sse.model.analysis.milp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.jna.Platform;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The natives' cache (issue 20), on a small jar shaped like OR-Tools' native jar: folder, libraries, pom.properties. */
class OrToolsNativesTest {

    @TempDir
    Path tmp;
    private URL resource;
    private final byte[] jni = bytes(70_000, 1);
    private final byte[] dep = bytes(3_000, 2);

    @BeforeEach
    void jar() throws IOException {
        Path jar = tmp.resolve("ortools-test-os-9.9.9.jar");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(jar))) {
            put(z, "META-INF/maven/com.google.ortools/ortools-test-os/pom.properties", "version=9.9.9\n".getBytes());
            put(z, "ortools-test-os/", new byte[0]);
            put(z, "ortools-test-os/" + System.mapLibraryName("jniortools"), jni);
            put(z, "ortools-test-os/libdep.so.1", dep);
            put(z, "ortools-other-os/libdep.so.1", bytes(10, 3));
        }
        resource = new URL("jar:" + jar.toUri() + "!/ortools-test-os/");
    }

    @Test
    void firstStartUnpacksIntoAFolderNamedByVersionAndPlatform() throws IOException {
        Path dir = OrToolsNatives.cached(resource, tmp.resolve("cache"));

        assertThat(dir).isEqualTo(tmp.resolve("cache").resolve("ortools-9.9.9-test-os"));
        assertThat(dir.resolve(System.mapLibraryName("jniortools"))).hasBinaryContent(jni);
        assertThat(dir.resolve("libdep.so.1")).hasBinaryContent(dep);
        try (var files = Files.list(dir)) {
            assertThat(files).hasSize(2); // the other platform's folder stays in the jar, no temporary copy is left
        }
    }

    @Test
    void aJarNamedByThePropertyStandsInForOneMissingFromTheClassPath() throws IOException {
        String jar = tmp.resolve("ortools-test-os-9.9.9.jar").toString();
        URL onClassPath = new URL("file:/elsewhere/ortools-test-os/");

        URL named = OrToolsNatives.resource(null, "ortools-test-os/", jar);

        assertThat(named).isEqualTo(resource);
        assertThat(OrToolsNatives.cached(named, tmp).resolve("libdep.so.1")).hasBinaryContent(dep);
        assertThat(OrToolsNatives.resource(onClassPath, "ortools-test-os/", jar)).isSameAs(onClassPath);
        assertThat(OrToolsNatives.resource(null, "ortools-test-os/", tmp.resolve("absent.jar").toString())).isNull();
        assertThat(OrToolsNatives.resource(null, "ortools-test-os/", null)).isNull();
        assertThat(OrToolsNatives.resource(null, "ortools-test-os/", "${com.google.ortools:x:jar}")).isNull();
    }

    @Test
    void secondStartReusesTheCopyWithoutWriting() throws IOException {
        Path lib = OrToolsNatives.cached(resource, tmp).resolve("libdep.so.1");
        Object inode = Files.readAttributes(lib, "unix:ino").get("ino");
        Files.setLastModifiedTime(lib, FileTime.fromMillis(1_000_000L));

        OrToolsNatives.cached(resource, tmp);

        assertThat(Files.readAttributes(lib, "unix:ino").get("ino")).isEqualTo(inode);
        assertThat(Files.getLastModifiedTime(lib).toMillis()).isEqualTo(1_000_000L);
    }

    @Test
    void aDamagedOrTruncatedCopyIsReplaced() throws IOException {
        Path dir = OrToolsNatives.cached(resource, tmp);
        Path jniCopy = dir.resolve(System.mapLibraryName("jniortools"));
        byte[] flipped = jni.clone();
        flipped[40_000] ^= 1; // same size, other content: only the CRC sees it
        Files.write(jniCopy, flipped);
        Files.write(dir.resolve("libdep.so.1"), new byte[] {1, 2, 3}); // truncated
        Path oldTemp = Files.write(dir.resolve(".libdep.so.1.1f.tmp"), new byte[] {1}); // what a killed copy leaves
        Files.setLastModifiedTime(oldTemp, FileTime.fromMillis(System.currentTimeMillis() - 7_200_000L));
        Path young = Files.write(dir.resolve(".libdep.so.1.2e.tmp"), new byte[] {1}); // another process copying now

        OrToolsNatives.cached(resource, tmp);

        assertThat(jniCopy).hasBinaryContent(jni);
        assertThat(dir.resolve("libdep.so.1")).hasBinaryContent(dep);
        assertThat(oldTemp).doesNotExist();
        assertThat(young).exists();
    }

    @Test
    void loadsFromTheCacheAndFallsBackWhenItCannotBeWritten() throws IOException {
        List<String> loaded = new ArrayList<>();
        List<String> fallbacks = new ArrayList<>();
        OrToolsNatives.load(resource, tmp.resolve("ok"), loaded::add, () -> fallbacks.add("loader"));
        assertThat(loaded).containsExactly(tmp.resolve("ok").resolve("ortools-9.9.9-test-os")
                .resolve(System.mapLibraryName("jniortools")).toAbsolutePath().toString());
        assertThat(fallbacks).isEmpty();

        Path notAFolder = Files.writeString(tmp.resolve("file"), "x"); // as unwritable as a read-only home, even for root
        assertThatThrownBy(() -> OrToolsNatives.cached(resource, notAFolder)).isInstanceOf(IOException.class);
        loaded.clear();
        OrToolsNatives.load(resource, notAFolder, loaded::add, () -> fallbacks.add("loader"));
        assertThat(loaded).isEmpty();
        assertThat(fallbacks).containsExactly("loader");
    }

    @Test
    void aLibraryThatDoesNotLoadFallsBackAndNoResourceFallsBack() {
        List<String> fallbacks = new ArrayList<>();
        OrToolsNatives.load(resource, tmp, lib -> {
            throw new UnsatisfiedLinkError(lib);
        }, () -> fallbacks.add("after a failed load"));
        OrToolsNatives.load(null, tmp, lib -> fallbacks.add("loaded " + lib), () -> fallbacks.add("without resource"));
        assertThat(fallbacks).containsExactly("after a failed load", "without resource");
    }

    @Test
    void theRealNativesAreAFolderInAJarNamedAsTheLoaderNamesIt() {
        URL real = OrToolsNatives.class.getClassLoader().getResource("ortools-" + Platform.RESOURCE_PREFIX + "/");
        assertThat(real).isNotNull();
        assertThat(real.getProtocol()).isEqualTo("jar");
        assertThat(real.toString()).endsWith(".jar!/ortools-" + Platform.RESOURCE_PREFIX + "/");
    }

    @Test
    void cacheFolderPerPlatform() {
        Path home = Path.of("/home/u");
        assertThat(OrToolsNatives.cacheRoot("Linux", Map.of(), home)).isEqualTo(Path.of("/home/u/.cache/shared-security-explorer"));
        assertThat(OrToolsNatives.cacheRoot("Linux", Map.of("XDG_CACHE_HOME", "/c"), home))
                .isEqualTo(Path.of("/c/shared-security-explorer"));
        assertThat(OrToolsNatives.cacheRoot("Mac OS X", Map.of(), home))
                .isEqualTo(Path.of("/home/u/Library/Caches/Shared Security Explorer"));
        assertThat(OrToolsNatives.cacheRoot("Windows 11", Map.of("LOCALAPPDATA", "/l"), home))
                .isEqualTo(Path.of("/l/Shared Security Explorer/cache"));
    }

    private static void put(ZipOutputStream z, String name, byte[] content) throws IOException {
        z.putNextEntry(new ZipEntry(name));
        z.write(content);
        z.closeEntry();
    }

    private static byte[] bytes(int n, int seed) {
        byte[] b = new byte[n];
        new java.util.Random(seed).nextBytes(b);
        return b;
    }
}
