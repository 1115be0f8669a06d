package dev.sse.app.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ErrorLogTest {

    @TempDir
    Path dir;

    private final Thread.UncaughtExceptionHandler before = Thread.getDefaultUncaughtExceptionHandler();

    @AfterEach
    void restore() {
        Thread.setDefaultUncaughtExceptionHandler(before);
        Thread.currentThread().setUncaughtExceptionHandler(null);
    }

    @Test
    void uncaughtErrorsOfAnyThreadGoToTheLogFileWithTheirStackTraceAndTheUserIsTold() throws Exception {
        Path log = ErrorLog.install(dir.resolve("logs").resolve("explorer.log"));
        AtomicReference<Throwable> told = new AtomicReference<>();
        ErrorLog.catchUncaught(told::set);

        Thread worker = new Thread(() -> {
            throw new IllegalStateException("boom in a worker");
        }, "sse-worker-test");
        worker.start();
        worker.join();
        ErrorLog.flush();

        String text = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(text).contains("unexpected error in thread sse-worker-test", "IllegalStateException: boom in a worker", "\tat ");
        assertThat(told.get()).hasMessage("boom in a worker");
    }

    @Test
    void aBigLogIsRotatedAtStartKeepingFiveOldOnes() throws Exception {
        Path log = dir.resolve("explorer.log");
        for (int i = 1; i <= ErrorLog.KEEP; i++) {
            Files.writeString(ErrorLog.sibling(log, i), "old " + i);
        }
        Files.writeString(log, "x".repeat(100));

        ErrorLog.rotate(log, 50);

        assertThat(log).doesNotExist();
        assertThat(ErrorLog.sibling(log, 1)).hasContent("x".repeat(100));
        assertThat(ErrorLog.sibling(log, 2)).hasContent("old 1");
        assertThat(ErrorLog.sibling(log, ErrorLog.KEEP)).hasContent("old " + (ErrorLog.KEEP - 1));
        assertThat(ErrorLog.sibling(log, ErrorLog.KEEP + 1)).doesNotExist();

        Files.writeString(log, "small");
        ErrorLog.rotate(log, 50);
        assertThat(log).hasContent("small");
    }
}
