package dev.sse.model.analysis.milp;

import com.google.ortools.Loader;
import com.sun.jna.Platform;
import dev.sse.model.io.files.AtomicFiles;
import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.MalformedURLException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.function.Consumer;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Loads OR-Tools' natives from a per-user cache. OR-Tools' own {@link Loader} (9.15) unpacks the 71 MB of its native
 * jar into a fresh temporary folder on every start (0.41 s of wall time per process, issue 20); this unpacks them once,
 * into {@code ortools-<version>-<platform>} under {@link #cacheRoot}, and later starts load them from there.
 *
 * <p>It does what the Loader does, in its order: {@code System.loadLibrary("jniortools")} first (a library on
 * {@code java.library.path} wins), else the resource folder {@code ortools-<JNA's Platform.RESOURCE_PREFIX>/} (the
 * Loader's own resource, or the same folder in the jar {@link #NATIVES_JAR} names) is copied out and {@code jniortools} loaded from the copy, its dependencies found beside it
 * (RUNPATH {@code $ORIGIN}); on Windows, whose loader does not look beside a DLL, the Loader's fixed list is loaded in
 * order, HiGHS and SCIP optional. A cached file is used only when its size and CRC-32 equal its jar entry's, so a copy
 * a killed run left half-written, or any other damage, is rewritten; every write goes through {@link AtomicFiles}.
 * Any failure (no jar, read-only home, a library that does not load) falls back on the Loader.
 */
final class OrToolsNatives {

    private static final String WINDOWS = "win32-x86-64";
    /** The Loader's Windows order; the Boolean is whether a failure is fatal. */
    private static final List<Map.Entry<String, Boolean>> WINDOWS_ORDER = List.of(Map.entry("zlib1", true),
            Map.entry("bz2", true), Map.entry("abseil_dll", true), Map.entry("re2", true),
            Map.entry("libutf8_validity", true), Map.entry("libprotobuf", true), Map.entry("highs", false),
            Map.entry("libscip", false), Map.entry("ortools", true), Map.entry("jniortools", true));

    /**
     * A system property naming the native jar, for launchers that leave it off the class path: javafx-maven-plugin
     * 0.0.8 drops every jar whose module name it cannot derive, and {@code ortools-linux-x86-64-9.15.6755.jar}'s
     * would be {@code ortools.linux.x86.64} ("64" is no Java identifier). app's pom sets it for {@code javafx:run}.
     */
    static final String NATIVES_JAR = "sse.ortools.natives";

    private OrToolsNatives() {
    }

    /**
     * The natives' resource folder: {@code onClassPath} when there is one, else {@code folder} inside the jar named
     * by {@code jarPath} (the {@link #NATIVES_JAR} property), else null.
     */
    static URL resource(URL onClassPath, String folder, String jarPath) {
        if (onClassPath != null || jarPath == null) {
            return onClassPath;
        }
        try {
            Path jar = Path.of(jarPath);
            return Files.isRegularFile(jar) ? new URL("jar:" + jar.toUri() + "!/" + folder) : null;
        } catch (InvalidPathException | MalformedURLException e) { // e.g. an unresolved ${…} on Windows
            return null;
        }
    }

    /** Loads the natives once per process (callers guard that: {@link CpSatBackend#available()}). */
    static void load() {
        try {
            System.loadLibrary("jniortools");
        } catch (UnsatisfiedLinkError onPath) {
            String folder = "ortools-" + Platform.RESOURCE_PREFIX + "/";
            URL resource = resource(OrToolsNatives.class.getClassLoader().getResource(folder), folder,
                    System.getProperty(NATIVES_JAR));
            load(resource, cacheRoot(System.getProperty("os.name", ""), System.getenv(),
                    Path.of(System.getProperty("user.home", ""))), library -> System.load(library),
                    Loader::loadNativeLibraries);
        }
    }

    /** Loads from the cache under {@code root} with {@code systemLoad}; on any failure runs {@code fallback}. */
    static void load(URL resource, Path root, Consumer<String> systemLoad, Runnable fallback) {
        try {
            Path dir = cached(resource, root);
            String platform = dir.getFileName().toString().endsWith(WINDOWS) ? WINDOWS : "";
            for (Map.Entry<String, Boolean> lib : platform.isEmpty() ? List.of(Map.entry("jniortools", true)) : WINDOWS_ORDER) {
                try {
                    systemLoad.accept(dir.resolve(System.mapLibraryName(lib.getKey())).toAbsolutePath().toString());
                } catch (UnsatisfiedLinkError e) {
                    if (lib.getValue()) {
                        throw e;
                    }
                }
            }
        } catch (IOException | RuntimeException | UnsatisfiedLinkError e) {
            fallback.run();
        }
    }

    /**
     * The folder holding the natives of {@code resource} (a folder inside a jar, {@code …jar!/ortools-<platform>/}):
     * {@code root/ortools-<version>-<platform>}, with every file checked against its jar entry and (re)written where
     * it differs. A resource that is already a folder on disk is returned as it is.
     */
    static Path cached(URL resource, Path root) throws IOException {
        if (resource == null) {
            throw new IOException("no OR-Tools natives for " + Platform.RESOURCE_PREFIX);
        }
        try {
            if (resource.getProtocol().equals("file")) {
                return Path.of(resource.toURI());
            }
            if (!(resource.openConnection() instanceof JarURLConnection jar)) {
                throw new IOException("cannot unpack " + resource);
            }
            String prefix = jar.getEntryName();
            String folder = prefix.substring(0, prefix.length() - 1);
            try (ZipFile zip = new ZipFile(Path.of(jar.getJarFileURL().toURI()).toFile())) {
                Path dir = root.resolve("ortools-" + version(zip, folder) + folder.substring(folder.indexOf('-')));
                Files.createDirectories(dir);
                for (ZipEntry entry : Collections.list(zip.entries())) {
                    if (entry.isDirectory() || !entry.getName().startsWith(prefix)) {
                        continue;
                    }
                    Path target = dir.resolve(entry.getName().substring(prefix.length())).normalize();
                    if (!target.startsWith(dir)) {
                        throw new IOException("entry outside its folder: " + entry.getName());
                    }
                    if (!intact(target, entry)) {
                        Files.createDirectories(target.getParent());
                        dropStaleCopies(target);
                        try (InputStream in = zip.getInputStream(entry)) {
                            AtomicFiles.stream(target, in::transferTo);
                        }
                        if (!intact(target, entry)) {
                            throw new IOException("copy differs from its jar entry: " + target);
                        }
                    }
                }
                return dir;
            }
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
    }

    /**
     * Deletes the half-written copies of {@code target} that a killed run left (AtomicFiles' {@code .NAME.*.tmp}),
     * once they are an hour old: a younger one may be another process's copy in progress.
     */
    private static void dropStaleCopies(Path target) throws IOException {
        long hourAgo = System.currentTimeMillis() - 3_600_000L;
        try (var stale = Files.newDirectoryStream(target.getParent(), "." + target.getFileName() + ".*.tmp")) {
            for (Path p : stale) {
                if (Files.getLastModifiedTime(p).toMillis() < hourAgo) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    /** The jar's Maven version (pom.properties of the artifact named like the folder), "unversioned" without one. */
    private static String version(ZipFile zip, String folder) throws IOException {
        ZipEntry pom = zip.getEntry("META-INF/maven/com.google.ortools/" + folder + "/pom.properties");
        if (pom == null) {
            return "unversioned";
        }
        Properties p = new Properties();
        try (InputStream in = zip.getInputStream(pom)) {
            p.load(in);
        }
        return p.getProperty("version", "unversioned").replaceAll("[^A-Za-z0-9._-]", "_");
    }

    /** Whether {@code file} has the entry's size and CRC-32 (reading 71 MB of page cache: ~25 ms). */
    static boolean intact(Path file, ZipEntry entry) throws IOException {
        if (!Files.isRegularFile(file) || Files.size(file) != entry.getSize()) {
            return false;
        }
        CRC32 crc = new CRC32();
        byte[] buf = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buf)) > 0; ) {
                crc.update(buf, 0, n);
            }
        }
        return crc.getValue() == entry.getCrc();
    }

    /**
     * The per-user cache folder: {@code $XDG_CACHE_HOME/shared-security-explorer} (default {@code ~/.cache/…}) on
     * Linux, {@code ~/Library/Caches/Shared Security Explorer} on macOS, {@code %LOCALAPPDATA%\Shared Security
     * Explorer\cache} on Windows (beside app's AppHome data folder there).
     */
    static Path cacheRoot(String osName, Map<String, String> env, Path userHome) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String local = env.get("LOCALAPPDATA");
            return (local != null ? Path.of(local) : userHome.resolve("AppData").resolve("Local"))
                    .resolve("Shared Security Explorer").resolve("cache");
        }
        if (os.contains("mac")) {
            return userHome.resolve("Library").resolve("Caches").resolve("Shared Security Explorer");
        }
        String xdg = env.get("XDG_CACHE_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : userHome.resolve(".cache")).resolve("shared-security-explorer");
    }
}
