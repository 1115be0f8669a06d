package dev.sse.app.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sse.app.Main;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Runs the explorer's command line in this JVM and returns what it printed on stdout; it must exit 0. */
public final class MainOutput {

    private MainOutput() {
    }

    public static String of(String... args) {
        PrintStream out = System.out;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        try {
            assertThat(Main.run(args)).isZero();
        } finally {
            System.setOut(out);
        }
        return buffer.toString(StandardCharsets.UTF_8);
    }
}
