package dev.sse.model.io.json;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The one place input files are opened (network files, scenario files, stored scenarios), and the one place an
 * {@link IOException} becomes the reason a user reads ("no such file", "is a directory", "permission denied").
 *
 * <p>Only regular files are opened: a directory, a FIFO or a device ({@code /dev/zero}) is refused before
 * {@code open(2)}, which blocks forever on a FIFO without a writer. A name whose bytes are not UTF-8 arrives
 * from the command line with U+FFFD in place of the bad bytes; {@link #resolve} finds the file it came from.
 */
public final class FileAccess {

    /** A class name such as {@code java.nio.file.NoSuchFileException} or {@code IOException}, with its colon. */
    private static final Pattern CLASS_NAME = Pattern.compile(
            "\\b(?:[a-z]\\w*\\.)*[A-Z]\\w*(?:Exception|Error)\\b:?\\s*");

    private FileAccess() {
    }

    /**
     * A reader of the regular file {@code file}, decoding UTF-8 strictly ({@link Utf8Reader}: a malformed byte
     * is a problem at its line and column; a byte-order mark is dropped).
     *
     * @throws FileSystemException "is a directory" or "is not a regular file" (FIFO, device, socket), or
     *                             {@link NoSuchFileException} and the other reasons the file cannot be opened
     */
    static Reader open(Path file) throws IOException {
        Path real = resolve(file);
        BasicFileAttributes attributes = Files.readAttributes(real, BasicFileAttributes.class);
        if (attributes.isDirectory()) {
            throw new FileSystemException(file.toString(), null, "is a directory");
        }
        if (!attributes.isRegularFile()) {
            throw new FileSystemException(file.toString(), null, "is not a regular file");
        }
        return new Utf8Reader(Files.newInputStream(real));
    }

    /**
     * {@code file}, or the file it names when its name came from bytes that are not UTF-8: each part holding
     * U+FFFD that does not exist is matched against its folder's entries (whose paths keep the raw bytes). An
     * unknown or ambiguous name is returned unchanged.
     */
    public static Path resolve(Path file) {
        if (!file.toString().contains("\uFFFD") || Files.exists(file)) {
            return file;
        }
        Path done = file.getRoot();
        for (Path part : file) {
            Path next = done == null ? part : done.resolve(part);
            if (!Files.exists(next) && part.toString().contains("\uFFFD")) {
                next = match(done == null ? Path.of("") : done, part.toString(), next);
            }
            done = next;
        }
        return done == null ? file : done;
    }

    private static Path match(Path dir, String name, Path fallback) {
        Path found = null;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir.toString().isEmpty() ? Path.of(".") : dir)) {
            for (Path entry : entries) {
                if (entry.getFileName().toString().equals(name)) {
                    if (found != null) {
                        return fallback;
                    }
                    found = dir.toString().isEmpty() ? entry.getFileName() : entry;
                }
            }
        } catch (IOException | RuntimeException e) {
            return fallback;
        }
        return found == null ? fallback : found;
    }

    /**
     * Why a file operation failed, in a few lower-case words and never naming an exception class: "no such
     * file", "permission denied", "is a directory", "no space left on device", "not a valid path: …".
     */
    public static String reason(Exception e) {
        if (e instanceof NoSuchFileException n) {
            return n.getFile() != null && n.getFile().contains("\uFFFD")
                    ? "no such file (its name is not valid UTF-8 and matches no file there)" : "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NotDirectoryException) {
            return "not a directory";
        }
        if (e instanceof InvalidPathException p) {
            return "not a valid path: " + lowerFirst(p.getReason());
        }
        if (e instanceof FileSystemException f) {
            return f.getReason() == null ? "the file system refused" : lowerFirst(f.getReason());
        }
        String m = e.getMessage() == null ? "" : CLASS_NAME.matcher(e.getMessage()).replaceAll("").strip();
        return m.isEmpty() ? "input/output error" : lowerFirst(m);
    }

    private static String lowerFirst(String s) {
        if (s == null || s.isEmpty()) {
            return "unknown reason";
        }
        boolean acronym = s.length() > 1 && Character.isUpperCase(s.charAt(1));
        return acronym ? s : s.substring(0, 1).toLowerCase(Locale.ROOT) + s.substring(1);
    }
}
