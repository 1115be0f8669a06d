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

    /**
     * Issue 21: every command, down to the importers, takes -h and -V from one place ({@code CliSupport.configure}), so
     * each {@code --version} prints the version (a subcommand's once printed nothing) and each help lists its options
     * in the order written, help and version last.
     */
    @Test
    void everyCommandPrintsTheVersionAndListsItsOptionsInTheOrderWritten() {
        for (String command : new String[] {"validate", "analyze", "simulate", "import", "import cosmos", "import kusama",
                "import polkadot", "import eigenlayer", "export", "sweep", "montecarlo", "report"}) {
            String[] words = command.split(" ");
            String[] version = java.util.Arrays.copyOf(words, words.length + 1);
            version[words.length] = "--version";
            assertThat(MainOutput.of(version)).as(command).startsWith("Shared Security Explorer 0.1.0");
        }
        String analyze = MainOutput.of("analyze", "--help"); // the option lines, after the synopsis
        assertThat(analyze.indexOf("\n      --json ")).isLessThan(analyze.indexOf("\n      --csv "));
        assertThat(analyze.indexOf("\n      --solver=")).isLessThan(analyze.indexOf("\n  -h, --help"))
                .isLessThan(analyze.indexOf("\n  -V, --version"));
    }

    /** Issue 18 item 10: without arguments the window opens on the start screen, and --help says so. */
    @Test
    void helpSaysThatNoArgumentsOpensTheStartScreen() {
        assertThat(MainOutput.of("--help")).contains("start screen").doesNotContain("open the default sample");
    }

    /** Issue 18 item 10: a mistyped command is not read as a file name to open in the window. */
    @Test
    void anUnknownCommandSuggestsTheNearestAndExitsTwo() {
        assertThat(errorOf(2, "analyse", "kusama.json"))
                .isEqualTo("explorer: 'analyse' is not a command or a file. Did you mean 'analyze'? (see --help)");
        assertThat(errorOf(2, "simulat")).contains("Did you mean 'simulate'?");
        assertThat(errorOf(2, "kusama")).contains("Did you mean '--sample kusama'?");
        assertThat(errorOf(2, "frobnicate")).isEqualTo("explorer: 'frobnicate' is not a command or a file "
                + "(commands: validate, analyze, import, export, simulate, sweep, montecarlo, report; see --help)");
    }

    /**
     * Issue 21: the window gets the command line's own arguments and parses them as Main does (GuiLauncher no longer
     * writes each option back out, so none can be left behind, as --compare and --test-edit once could).
     */
    @Test
    void theWindowReadsTheArgumentsAsMainParsedThem() {
        GuiOptions o = ExplorerApplication.options(java.util.List.of("my.json", "--scenario", "s", "--compare", "unique",
                "--theme", "dark", "--no-start-screen", "--exit-after", "3", "--test-edit", "v1:0.5",
                "--benchmark-render", "kusama", "--benchmark-seconds", "2", "--benchmark-speed", "1"));
        assertThat(o.file()).hasFileName("my.json");
        assertThat(o.scenario()).isEqualTo("s");
        assertThat(o.compare()).isEqualTo("unique");
        assertThat(o.theme()).isEqualTo("dark");
        assertThat(o.startScreen()).isFalse();
        assertThat(o.exitAfterSeconds()).isEqualTo(3);
        assertThat(o.testEdit()).isEqualTo("v1:0.5");
        assertThat(o.benchmarkRender()).isEqualTo("kusama");
        assertThat(o.benchmarkSeconds()).isEqualTo(2);
        assertThat(o.benchmarkSpeed()).isEqualTo(1);
        assertThat(ExplorerApplication.options(java.util.List.of()).startScreen()).isTrue();
    }

    @Test
    void badFlagIsOneLineAndExitTwo() {
        assertThat(errorOf(2, "--no-such-flag")).contains("--no-such-flag").doesNotContain("\tat ");
    }

    @Test
    void aBenchmarkOnANetworkThatCannotBeOpenedFailsAtOnceInsteadOfWaitingOnADialog(@org.junit.jupiter.api.io.TempDir
            java.nio.file.Path dir) throws Exception {
        assertThat(errorOf(2, "--benchmark-drag", "no-such-sample"))
                .isEqualTo("explorer: --benchmark-drag: no-such-sample: no such file, and no bundled sample of that id");
        java.nio.file.Path bad = java.nio.file.Files.writeString(dir.resolve("bad.json"), "{\"version\": 1, \"chains\": 3}");
        assertThat(errorOf(2, "--benchmark-render", bad.toString()))
                .isEqualTo("explorer: --benchmark-render: bad.json:1:1: $: missing required field 'format'");
    }

    /** What {@code Main.run(args)} printed on stderr, stripped, after checking its exit code. */
    private static String errorOf(int code, String... args) {
        PrintStream err = System.err;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        System.setErr(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        try {
            assertThat(Main.run(args)).isEqualTo(code);
        } finally {
            System.setErr(err);
        }
        return buffer.toString(StandardCharsets.UTF_8).strip();
    }
}
