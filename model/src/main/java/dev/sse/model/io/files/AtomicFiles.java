package dev.sse.model.io.files;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The one way the explorer writes a file (networks, exports, reports, recovery notes): readers and a crash see
 * either the old or the complete new content. A temporary file beside the target is written, flushed and fsynced,
 * then renamed over the target with {@code ATOMIC_MOVE} (falling back to {@code REPLACE_EXISTING} where the file
 * system cannot do that), and the folder is fsynced so the rename itself is durable.
 *
 * <p>A folder as the target is refused ("is a directory"). A target that exists and is neither a folder nor a
 * regular file ({@code /dev/stdout}, {@code /dev/full}, a FIFO) is written to directly, never renamed over:
 * renaming as root once replaced {@code /dev/full} with a regular file. A replaced file keeps its POSIX
 * permissions; a new one gets {@code rw-r--r--} like any file a user saves. The folder must exist ("no such file"
 * otherwise): a mistyped folder is not created behind the user's back.
 */
public final class AtomicFiles {

    /** Produces the content into a stream. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFiles() {
    }

    public static void write(Path target, byte[] content) throws IOException {
        stream(target, out -> out.write(content));
    }

    public static void stream(Path target, Content content) throws IOException {
        Path absolute = target.toAbsolutePath();
        if (Files.isDirectory(absolute)) {
            throw new FileSystemException(target.toString(), null, "is a directory");
        }
        if (Files.exists(absolute) && !Files.isRegularFile(absolute)) {
            try (OutputStream out = Files.newOutputStream(absolute, StandardOpenOption.WRITE)) {
                content.writeTo(out);
            }
            return;
        }
        Path dir = absolute.getParent();
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new NotDirectoryException(target.toString()); // "not a directory", as open(2) says
        }
        // not Files.createTempFile: that makes the file owner-only (0600), and the rename would keep it so
        Path temp = dir.resolve("." + absolute.getFileName() + "."
                + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp");
        try {
            try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                OutputStream out = Channels.newOutputStream(ch);
                content.writeTo(out);
                out.flush();
                ch.force(true);
            }
            permissions(absolute, temp);
            move(temp, absolute);
        } finally {
            Files.deleteIfExists(temp);
        }
        syncDirectory(dir);
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** The replaced file's POSIX permissions, or rw-r--r-- for a new one; a no-op on other file systems. */
    private static void permissions(Path target, Path temp) {
        try {
            if (!Files.getFileStore(temp).supportsFileAttributeView(PosixFileAttributeView.class)) {
                return;
            }
            Set<PosixFilePermission> permissions = Files.exists(target) ? Files.getPosixFilePermissions(target)
                    : PosixFilePermissions.fromString("rw-r--r--");
            Files.setPosixFilePermissions(temp, permissions);
        } catch (IOException | RuntimeException e) {
            // the new content matters more than the mode bits
        }
    }

    /** Makes the rename itself durable where the platform allows it (not on Windows); best effort. */
    private static void syncDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | RuntimeException e) {
            // directories cannot be opened or synced on every platform; the content is already durable
        }
    }
}
