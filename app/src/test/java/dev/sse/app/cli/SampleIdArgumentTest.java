package dev.sse.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sse.model.simulation.AnalysisAttackFinder;
import dev.sse.samples.SampleNetworks;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code analyze} and {@code simulate} take a bundled sample's id where no file of that name exists, as {@code sweep},
 * {@code montecarlo}, {@code report} and {@code export} always did (one NETWORK argument, issue 21): {@code explorer
 * export kusama} worked while {@code explorer analyze kusama} said "cannot read kusama: no such file". The sample by
 * id prints exactly what its file prints, and a stored scenario that is missing is one line naming those there are.
 */
class SampleIdArgumentTest {

    @TempDir
    Path dir;

    private final CliRun analyze = new CliRun(AnalyzeCommand::new);
    private final CliRun simulate = new CliRun(() -> new SimulateCommand(new AnalysisAttackFinder()));

    @Test
    void aSampleIdReadsAsItsFile() throws Exception {
        Path file = copy("textbook-theorem2");
        assertThat(analyze.run(file.toString(), "--json")).isZero();
        String fromFile = analyze.out();
        analyze.clear();
        assertThat(analyze.run("textbook-theorem2", "--json")).isZero();
        assertThat(analyze.out()).isEqualTo(fromFile).contains("\"secure\"");

        Path pooled = copy("eigenlayer-pooled");
        assertThat(simulate.run(pooled.toString(), "--scenario-name", "buggy-avs-slashes-half", "--json")).isZero();
        String trace = simulate.out();
        simulate.clear();
        assertThat(simulate.run("eigenlayer-pooled", "--scenario-name", "buggy-avs-slashes-half", "--json")).isZero();
        assertThat(simulate.out()).isEqualTo(trace).contains("\"events\"");
    }

    @Test
    void neitherAFileNorASampleIsOneLine() {
        assertThat(analyze.run("no-such-network")).isEqualTo(2);
        assertThat(analyze.err().strip()).isEqualTo("error: no-such-network: no such file, and no bundled sample of that id");
        assertThat(simulate.run("no-such-network")).isEqualTo(2);
        assertThat(simulate.err().strip())
                .isEqualTo("simulate: no-such-network: no such file, and no bundled sample of that id");
    }

    @Test
    void aScenarioTheSampleDoesNotStoreNamesThoseItDoes() {
        assertThat(simulate.run("cosmos-hub-ics", "--scenario-name", "nope")).isEqualTo(2);
        assertThat(simulate.err().strip()).isEqualTo("simulate: --scenario-name: no scenario named 'nope' in cosmos-hub-ics;"
                + " it has: neutron-double-sign, stride-downtime, hub-failure");
    }

    private Path copy(String id) throws Exception {
        Path file = dir.resolve(id + ".json");
        try (InputStream in = SampleNetworks.byId(id).orElseThrow().open()) {
            Files.copy(in, file);
        }
        return file;
    }
}
