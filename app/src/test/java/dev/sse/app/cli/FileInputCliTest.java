package dev.sse.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.sse.app.Main;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #17 items 3, 4, 8 and 9 at the command line ({@link Main#run}, the jar's wiring): every command that reads
 * a file refuses a FIFO, a device or a folder at once with one line and exit 2; write failures say "cannot write"
 * and why; {@code validate} checks stored scenarios; user text in messages is escaped; no exception class names.
 */
class FileInputCliTest {

    @TempDir
    Path dir;
    Path network;
    Path fifo;

    @BeforeEach
    void files() throws Exception {
        network = Files.writeString(dir.resolve("thm2.json"), SimulateCommandTest.NETWORK);
        fifo = dir.resolve("pipe.json");
        assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo");
    }

    @Test
    void everyCommandRefusesAFifoADeviceAndAFolderAtOnce() {
        String net = network.toString();
        String out = dir.resolve("r.html").toString();
        for (String special : List.of(fifo.toString(), "/dev/zero", dir.toString())) {
            String why = special.equals(dir.toString()) ? "is a directory" : "is not a regular file";
            List<String[]> runs = List.of(
                    new String[] {"validate", special},
                    new String[] {"analyze", special},
                    new String[] {"simulate", special},
                    new String[] {"simulate", net, "--scenario", special},
                    new String[] {"sweep", special, "--param", "shock-budget", "--from", "0", "--to", "0.1", "--steps", "2"},
                    new String[] {"sweep", net, "--param", "shock-budget", "--from", "0", "--to", "0.1", "--steps", "2",
                            "--scenario", special},
                    new String[] {"report", special, "--no-charts", "--out", out},
                    new String[] {"report", net, "--compare", special, "--no-charts", "--out", out},
                    new String[] {"report", net, "--scenario", special, "--no-charts", "--out", out});
            for (String[] args : runs) {
                String err = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> errorOf(2, args));
                assertThat(err).as(String.join(" ", args)).doesNotContain("\n", "Exception")
                        .endsWith("cannot read " + special + ": " + why);
            }
        }
        assertThat(Files.exists(Path.of(out))).isFalse();
    }

    @Test
    void writeFailuresSayCannotWriteAndWhy() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("folder"));
        String[] base = {"report", network.toString(), "--no-charts", "--out"};
        assertThat(errorOf(2, with(base, folder.toString()))).isEqualTo("report: cannot write " + folder + ": is a directory");
        assertThat(errorOf(2, with(base, network + "/r.html")))
                .isEqualTo("report: cannot write " + network + "/r.html: not a directory");
        assertThat(errorOf(2, with(base, dir + "/missing/r.html")))
                .isEqualTo("report: cannot write " + dir + "/missing/r.html: no such file");
        if (Files.isWritable(Path.of("/dev/full"))) {
            assertThat(errorOf(2, with(base, "/dev/full"))).isEqualTo("report: cannot write /dev/full: no space left on device");
        }
        assertThat(errorOf(2, with(base, "bad\0name.html"))).startsWith("report: ").contains("not a valid path")
                .doesNotContain("Exception", "\n");
    }

    @Test
    void aFullStandardOutputIsAnErrorNotASilentSuccess() {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        System.setOut(new PrintStream(new java.io.OutputStream() {
            @Override
            public void write(int b) throws java.io.IOException {
                throw new java.io.IOException("No space left on device");
            }
        }, true));
        System.setErr(new PrintStream(errors, true, StandardCharsets.UTF_8));
        try {
            assertThat(Main.run("validate", network.toString())).isEqualTo(2);
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        assertThat(errors.toString(StandardCharsets.UTF_8).strip())
                .isEqualTo("explorer: cannot write the output: standard output is full or closed");
    }

    @Test
    void validateChecksStoredScenariosAsSimulateRunsThemAndSweepLocatesThem() throws Exception {
        Path file = Files.writeString(dir.resolve("stored.json"), SimulateCommandTest.NETWORK.replace(
                "\"validators\": [\"a\"]}], \"seed\": 3}", "\"validators\": [\"zz\"]}], \"seed\": 3}"));
        String problem = "stored.json:5:71: $.scenarios['lose-a'].faults[0].validators[0]: unknown validator 'zz'";
        assertThat(errorOf(2, "validate", file.toString())).isEqualTo(problem);
        assertThat(errorOf(2, "simulate", file.toString(), "--scenario-name", "lose-a")).isEqualTo("simulate: " + problem);
        assertThat(errorOf(2, "sweep", file.toString(), "--scenario-name", "lose-a", "--param", "shock-budget",
                "--from", "0", "--to", "0.1", "--steps", "2")).isEqualTo("sweep: " + problem);
    }

    @Test
    void userTextInMessagesIsEscaped() {
        String name = dir.resolve("evil\u202Enosj.json").toString();
        assertThat(errorOf(2, "validate", name)).isEqualTo("cannot read " + name.replace("\u202E", "\\u202E") + ": no such file");
        assertThat(errorOf(2, "simulate", network.toString(), "--shock", "\uFEFFa"))
                .isEqualTo("simulate: --shock: unknown validator '\\uFEFFa' in thm2.json");
    }

    private static String[] with(String[] base, String last) {
        List<String> all = new ArrayList<>(List.of(base));
        all.add(last);
        return all.toArray(String[]::new);
    }

    /** What {@code Main.run(args)} printed on stderr, stripped, after checking its exit code. */
    private static String errorOf(int code, String... args) {
        PrintStream err = System.err;
        PrintStream out = System.out;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        System.setErr(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        System.setOut(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        try {
            assertThat(Main.run(args)).as(String.join(" ", args)).isEqualTo(code);
        } finally {
            System.setErr(err);
            System.setOut(out);
        }
        return buffer.toString(StandardCharsets.UTF_8).strip();
    }
}
