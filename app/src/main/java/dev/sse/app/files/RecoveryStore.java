package dev.sse.app.files;

import dev.sse.model.io.files.AtomicFiles;
import dev.sse.app.i18n.Messages;
import dev.sse.model.io.json.NetworkCodec;
import dev.sse.model.io.json.NetworkFormatException;
import dev.sse.model.network.Network;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.function.LongPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Autosaved copies of unsaved work, one pair of files per running explorer in the recovery folder:
 * {@code session-<pid>.json} (the network, written atomically by {@link NetworkCodec#write(Network, Path)})
 * and {@code session-<pid>.properties} (where it came from and when; written after the network). A pair
 * whose process is no longer alive was left by a crash and is offered for recovery on the next start.
 */
public final class RecoveryStore {

    private static final Pattern NETWORK = Pattern.compile("session-(\\d+)\\.json");

    private final Path dir;
    private final long ownPid;
    private final LongPredicate alive;

    public RecoveryStore(Path dir) {
        this(dir, ProcessHandle.current().pid(), pid -> ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false));
    }

    /** For tests: which process we are and which processes are still running. */
    public RecoveryStore(Path dir, long ownPid, LongPredicate alive) {
        this.dir = dir;
        this.ownPid = ownPid;
        this.alive = alive;
    }

    /** Where the work came from: a file, a bundled sample, or neither (a new network). */
    public record Origin(Path file, String sampleId, String displayName) {
    }

    /** One autosaved copy left behind by another (dead) process. */
    public record Entry(Path network, Path note, long pid, Instant savedAt, Origin origin, String networkName) {
    }

    /** Writes our copy: the network first, then the note, each atomically. */
    public void save(Network network, Origin origin) throws IOException {
        createPrivateDir();
        NetworkCodec.write(network, networkFile(ownPid));
        Properties note = new Properties();
        if (origin.file() != null) {
            note.setProperty("origin.file", origin.file().toAbsolutePath().toString());
        }
        if (origin.sampleId() != null) {
            note.setProperty("origin.sample", origin.sampleId());
        }
        note.setProperty("displayName", origin.displayName());
        note.setProperty("network", network.name());
        note.setProperty("savedAt", Instant.now().toString());
        note.setProperty("pid", Long.toString(ownPid));
        AtomicFiles.stream(noteFile(ownPid), out -> note.store(out, "Shared Security Explorer recovery note"));
    }

    /** Deletes our copy (clean save, clean exit, or the document is clean again). */
    public void clearOwn() throws IOException {
        delete(ownPid);
    }

    /** Copies left by processes that are gone, newest first. */
    public List<Entry> orphans() {
        List<Entry> entries = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return entries;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "session-*.json")) {
            for (Path file : files) {
                Matcher m = NETWORK.matcher(file.getFileName().toString());
                if (m.matches()) {
                    long pid = Long.parseLong(m.group(1));
                    if (pid != ownPid && !alive.test(pid)) {
                        entries.add(entry(pid));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        entries.sort(Comparator.comparing(Entry::savedAt).reversed());
        return entries;
    }

    /** The network of an entry. */
    public Network read(Entry entry) throws IOException, NetworkFormatException {
        return NetworkCodec.read(entry.network());
    }

    /** Deletes an entry (restored and saved again under our pid, or discarded by the user). */
    public void discard(Entry entry) throws IOException {
        delete(entry.pid());
    }

    /** The copies are the user's unsaved work: the folder is owner-only where the file system allows it. */
    private void createPrivateDir() throws IOException {
        if (Files.isDirectory(dir)) {
            return;
        }
        Files.createDirectories(dir);
        if (Files.getFileStore(dir).supportsFileAttributeView(PosixFileAttributeView.class)) {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
        }
    }

    public Path networkFile(long pid) {
        return dir.resolve("session-" + pid + ".json");
    }

    public Path noteFile(long pid) {
        return dir.resolve("session-" + pid + ".properties");
    }

    private Entry entry(long pid) throws IOException {
        Path network = networkFile(pid);
        Properties note = new Properties();
        Path noteFile = noteFile(pid);
        if (Files.isRegularFile(noteFile)) {
            try (InputStream in = Files.newInputStream(noteFile)) {
                note.load(in);
            }
        }
        Instant savedAt;
        try {
            savedAt = Instant.parse(note.getProperty("savedAt", ""));
        } catch (DateTimeParseException e) {
            savedAt = Files.getLastModifiedTime(network).toInstant();
        }
        String file = note.getProperty("origin.file");
        Origin origin = new Origin(file == null ? null : Path.of(file), note.getProperty("origin.sample"),
                note.getProperty("displayName", Messages.get("document.unsaved")));
        return new Entry(network, noteFile, pid, savedAt, origin, note.getProperty("network", ""));
    }

    private void delete(long pid) throws IOException {
        Files.deleteIfExists(noteFile(pid));
        Files.deleteIfExists(networkFile(pid));
    }
}
