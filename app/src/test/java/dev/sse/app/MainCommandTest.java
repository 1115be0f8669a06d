package dev.sse.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sse.app.testing.MainOutput;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The jar's top-level command: --version and --help work without a display and never start JavaFX. */
class MainCommandTest {

    @Test
    void versionAndHelpPrintWithoutADisplay() {
        assertThat(MainOutput.of("--version")).startsWith("Shared Security Explorer 0.1.0");
        assertThat(MainOutput.of("--help")).contains("Usage: explorer").contains("--sample");
    }

    @Test
    void badFlagIsOneLineAndExitTwo() {
        PrintStream err = System.err;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        System.setErr(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        try {
            assertThat(Main.run("--no-such-flag")).isEqualTo(2);
        } finally {
            System.setErr(err);
        }
        assertThat(buffer.toString(StandardCharsets.UTF_8).strip()).contains("--no-such-flag").doesNotContain("\tat ");
    }
}
