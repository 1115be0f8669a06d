package dev.sse.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sse.app.Main;
import dev.sse.model.io.json.NetworkCodec;
import dev.sse.samples.SampleNetworks;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import picocli.CommandLine;

/**
 * Issue 17 item 1, "Done means": {@code analyze} and {@code simulate}, run through the CLI entry point in-process,
 * on thousands of valid random and mutated networks with extreme magnitudes ({@link ExtremeNetworks}), never exit
 * other than 0 or 2; a file {@code validate} accepts is analysed and simulated (exit 0), a file it rejects gets
 * exit 2 everywhere; no output says Infinity or NaN.
 */
class ValidMeansComputedPropertyTest {

    private static final List<String> SAMPLES = List.of("textbook-domino", "textbook-theorem2", "textbook-triangle",
            "textbook-shared-vs-isolated");
    /** One command line for every run (picocli resets options before each parse); building one takes ~30 ms. */
    private static final CommandLine CLI = Main.commandLine();
    private static Path dir;
    private static List<String> samples;
    private static int accepted;
    private static int rejected;
    private static final java.util.Map<String, Long> NANOS = new java.util.TreeMap<>();

    @BeforeContainer
    static void setUp() throws IOException {
        dir = Files.createTempDirectory("extreme-networks");
        samples = new ArrayList<>();
        for (String id : SAMPLES) {
            try (InputStream in = SampleNetworks.byId(id).orElseThrow().open()) {
                samples.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
    }

    @AfterContainer
    static void report() throws IOException {
        dev.sse.app.testing.TempFiles.deleteTree(dir); // 700 networks' files, left in /tmp on every run before
        System.out.printf("valid-means-computed: %d accepted, %d rejected; ms per command %s%n", accepted, rejected,
                NANOS.entrySet().stream().map(e -> e.getKey() + " " + e.getValue() / 1_000_000).toList());
        assertThat(accepted).as("a good share of the generated networks is valid").isGreaterThan((accepted + rejected) / 4);
    }

    @Property(tries = 350)
    void randomNetworksWithExtremeMagnitudes(@ForAll long seed) throws IOException {
        check(NetworkCodec.write(ExtremeNetworks.random(seed)), seed, "s");
    }

    @Property(tries = 350)
    void samplesWithExtremeNumbers(@ForAll long seed) throws IOException {
        int pick = (int) Math.floorMod(seed, (long) samples.size());
        String sample = samples.get(pick);
        String scenario = sample.substring(sample.indexOf("\"scenarios\"")).replaceAll("(?s)^[^{]*\\{\\s*\"([^\"]+)\".*", "$1");
        check(ExtremeNetworks.mutate(sample, seed), seed, scenario);
    }

    /** The issue's reproducers on textbook-domino: validate said ok, analyze and sweep crashed. */
    @Example
    void theIssuesReproducersAreComputedOrRefused() throws IOException {
        String domino = samples.get(0);
        String tinyProfit = domino.replaceFirst("\"profitFromCorruption\": 1.02", "\"profitFromCorruption\": 1e-9");
        String tinyAlpha = domino.replaceFirst("\"attackThreshold\": 1,", "\"attackThreshold\": 1e-300,");
        check(tinyProfit, 1, "shock-first-domino");
        check(tinyAlpha, 2, "shock-first-domino");
        Path file = dir.resolve("tiny-profit.json");
        Files.writeString(file, tinyProfit);
        Run sweep = run("sweep", file.toString(), "--param", "profit:s2", "--from", "0", "--to", "2", "--steps", "3");
        assertThat(sweep.code).as(sweep.err).isZero();
        String huge = domino.replaceFirst("\"stake\": 1}", "\"stake\": 1e308}").replaceFirst("\"stake\": 1}", "\"stake\": 1e308}");
        Files.writeString(file, huge);
        for (String command : List.of("validate", "analyze", "simulate")) {
            Run run = run(command, file.toString());
            assertThat(run.code).isEqualTo(2);
            assertThat(run.out + run.err).contains("$.validators[1].stake: must be a number from 1e-12 to 1e18, got 1e308");
        }
    }

    private static void check(String json, long seed, String scenario) throws IOException {
        Path file = dir.resolve("n" + Long.toHexString(seed) + ".json");
        Files.writeString(file, json);
        try {
            Run validate = run("validate", file.toString());
            assertThat(validate.code).as(validate.err).isIn(0, 2);
            int expected = validate.code;
            if (expected == 0) {
                accepted++;
            } else {
                rejected++;
            }
            boolean stored = json.contains("\"" + scenario + "\"");
            // brute force answers every network this small; a third each also goes through CP-SAT and ojAlgo
            String solver = List.of("AUTO", "CP_SAT", "OJALGO").get((int) Math.floorMod(seed, 3L));
            for (String[] args : List.of(new String[] {"analyze", "--json", "--solver", solver, file.toString()},
                    new String[] {"analyze", "--time-limit", "1", "--shock-budget", "0.3", file.toString()},
                    stored ? new String[] {"simulate", "--json", "--scenario-name", scenario, file.toString()}
                            : new String[] {"simulate", file.toString()})) {
                Run run = run(args);
                assertThat(run.code).as("%s on %s (validate %d): %s%n%s", String.join(" ", args), file, expected,
                        run.err, json).isEqualTo(expected);
                assertThat(run.out + run.err).as("%s on %s", args[0], json).doesNotContain("Infinity", "NaN");
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = CLI;
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        long t0 = System.nanoTime();
        int code = cl.execute(args);
        NANOS.merge(args[0] + (args.length > 2 ? args[1] : ""), System.nanoTime() - t0, Long::sum);
        return new Run(code, out.toString(), err.toString());
    }
}
