package dev.sse.app.diagnostics;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.Consumer;
import java.util.logging.FileHandler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * The explorer's log: java.util.logging into {@code explorer.log} in the log folder, rotated at start
 * ({@code explorer.log} → {@code explorer.log.1} … {@code explorer.log.}{@value #KEEP}) once it has grown past
 * {@value #ROTATE_BYTES} bytes. Unexpected errors of any thread (the FX thread and the workers included) are
 * logged with their stack trace; the user only hears that something went wrong and where the details are.
 */
public final class ErrorLog {

    public static final int KEEP = 5;
    public static final long ROTATE_BYTES = 1_000_000;
    private static final Logger LOG = Logger.getLogger("dev.sse.app");
    private static FileHandler installed;

    private ErrorLog() {
    }

    /** Starts logging to {@code logFile} (replacing an earlier log file of this JVM); returns it. */
    public static synchronized Path install(Path logFile) {
        try {
            Files.createDirectories(logFile.getParent());
            rotate(logFile, ROTATE_BYTES);
            // FileHandler patterns treat '%' specially; a literal one is written "%%"
            FileHandler handler = new FileHandler(logFile.toAbsolutePath().toString().replace("%", "%%"), true);
            handler.setEncoding(StandardCharsets.UTF_8.name());
            handler.setFormatter(new SimpleFormatter());
            Logger root = Logger.getLogger("");
            if (installed != null) {
                root.removeHandler(installed);
                installed.close();
            }
            root.addHandler(handler);
            installed = handler;
        } catch (IOException e) {
            // no log file (read-only home): keep running, errors still reach stderr
            LOG.log(Level.WARNING, "cannot write the log file " + logFile, e);
        }
        return logFile;
    }

    /** Shifts {@code file} to {@code file.1} (and older ones up to {@value #KEEP}) when it is larger than {@code limit}. */
    static void rotate(Path file, long limit) throws IOException {
        if (!Files.isRegularFile(file) || Files.size(file) <= limit) {
            return;
        }
        Files.deleteIfExists(sibling(file, KEEP));
        for (int i = KEEP - 1; i >= 1; i--) {
            if (Files.exists(sibling(file, i))) {
                Files.move(sibling(file, i), sibling(file, i + 1), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Files.move(file, sibling(file, 1), StandardCopyOption.REPLACE_EXISTING);
    }

    static Path sibling(Path file, int generation) {
        return file.resolveSibling(file.getFileName() + "." + generation);
    }

    /**
     * Logs every uncaught error of every thread, then tells {@code notify} (a short dialog in the GUI).
     * The current thread gets the handler too, so call it on the FX thread.
     */
    public static Thread.UncaughtExceptionHandler catchUncaught(Consumer<Throwable> notify) {
        Thread.UncaughtExceptionHandler handler = (thread, error) -> {
            LOG.log(Level.SEVERE, "unexpected error in thread " + thread.getName(), error);
            try {
                notify.accept(error);
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "could not report an error", e);
            }
        };
        Thread.setDefaultUncaughtExceptionHandler(handler);
        Thread.currentThread().setUncaughtExceptionHandler(handler);
        return handler;
    }

    /** Flushes the log file (tests read it right after logging). */
    public static synchronized void flush() {
        if (installed != null) {
            installed.flush();
        }
    }
}
