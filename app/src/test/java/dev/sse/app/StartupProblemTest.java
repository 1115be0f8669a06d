package dev.sse.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Issue 18 item 12: a machine that cannot show the window (no GTK 3, no X server) gets one line saying what is
 * missing and how to get it, never "unexpected error" with an exception. The messages are JavaFX 21's own
 * (openjdk/jfx, com/sun/glass/ui/gtk/GtkApplication.java).
 */
class StartupProblemTest {

    @Test
    void missingGtkSaysWhichPackageToInstall() {
        String line = StartupProblem.describe(new RuntimeException("wrapped",
                new UnsupportedOperationException("Unable to load glass GTK library.")), ":0");
        assertThat(line).contains("GTK 3").contains("sudo apt install libgtk-3-0").contains("validate, analyze")
                .doesNotContain("Exception");
    }

    @Test
    void anUnknownErrorIsNotDisguised() {
        assertThat(StartupProblem.describe(new IllegalStateException("something else"), ":0")).isNull();
    }

    /** End to end in a child JVM on the real (GTK) glass: a display nobody answers on gives one line and exit 1. */
    @Test
    void aDisplayThatDoesNotAnswerIsOneLineWithoutAStackTrace() throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
                "-Djava.util.prefs.userRoot=" + System.getProperty("java.io.tmpdir"), "dev.sse.app.Main", "--sample", "textbook-theorem2"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("DISPLAY", ":4242");
        builder.environment().remove("WAYLAND_DISPLAY");
        builder.environment().put("HOME", System.getProperty("java.io.tmpdir"));
        Process child = builder.start();
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(child.exitValue()).as(output).isEqualTo(1);
        String last = output.strip().lines().reduce((a, b) -> b).orElse("");
        assertThat(last).as(output).startsWith("explorer: ").doesNotContain("unexpected error").doesNotContain("Exception");
        assertThat(output).doesNotContain("\tat ");
        assertThat(output.strip().lines()).as("one line, not JavaFX's class-path warning first").hasSize(1);
    }
}
