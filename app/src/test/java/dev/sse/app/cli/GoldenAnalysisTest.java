package dev.sse.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sse.app.Main;
import dev.sse.samples.SampleNetworks;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/**
 * Issue 21: {@code analyze FILE --json} of every bundled sample, compared byte for byte with a stored golden file in
 * {@code src/test/resources/golden/analyze/ID.json}. The figures are pinned across refactors: a change that moves a
 * single number, reorders a key or changes a number's text fails here and names the sample.
 *
 * <p>The sample is copied to a file and run through {@link Main#commandLine()} with the command's defaults, exactly
 * as {@code java -jar explorer.jar analyze FILE --json} runs it (the solves' budgets are deterministic units, so the
 * output repeats to the byte). When a change is meant to move figures, regenerate every golden file with
 * <pre>./mvnw -q -o -pl app -am test -Dtest=GoldenAnalysisTest -Dsurefire.failIfNoSpecifiedTests=false -Dgolden.update=true</pre>
 * and review the diff before committing it.
 */
class GoldenAnalysisTest {

    /** Where the golden files live, relative to the app module (surefire's working directory). */
    static final Path GOLDEN = Path.of("src/test/resources/golden/analyze");
    static final boolean UPDATE = Boolean.getBoolean("golden.update");

    @TempDir
    Path dir;

    static Stream<SampleNetworks.Sample> samples() {
        return SampleNetworks.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void analyzeJsonMatchesTheGoldenFile(SampleNetworks.Sample sample) throws Exception {
        String actual = analyzeJson(sample);
        Path golden = GOLDEN.resolve(sample.id() + ".json");
        if (UPDATE) {
            Files.createDirectories(GOLDEN);
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertThat(golden).as("golden file for %s (regenerate with -Dgolden.update=true)", sample.id()).exists();
        String expected = Files.readString(golden, StandardCharsets.UTF_8);
        assertThat(actual).as("analyze %s --json against %s", sample.file(), golden).isEqualTo(expected);
    }

    /** No stale golden file outlives its sample. */
    @Test
    void everyGoldenFileHasItsSample() throws Exception {
        try (Stream<Path> files = Files.list(GOLDEN)) {
            assertThat(files.map(p -> p.getFileName().toString().replaceFirst("\\.json$", "")).sorted())
                    .containsExactlyElementsOf(samples().map(SampleNetworks.Sample::id).sorted().toList());
        }
    }

    private String analyzeJson(SampleNetworks.Sample sample) throws Exception {
        Path file = dir.resolve(sample.file());
        try (InputStream in = sample.open()) {
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute("analyze", file.toString(), "--json");
        assertThat(err.toString()).as("stderr of analyze %s", sample.id()).isEmpty();
        assertThat(code).isZero();
        return out.toString();
    }
}
