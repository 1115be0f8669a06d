package dev.sse.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sse.model.simulation.AnalysisAttackFinder;
import dev.sse.samples.SampleNetworks;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The bundled multisig bridges, end to end through the CLI with the real analysis engine: {@code analyze --json}
 * reports them as the weakest link, and {@code simulate} plays their {@code multisig-bridge-exploit} back.
 */
class BridgeSamplesTest {

    @TempDir
    Path dir;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private Path sample(String id) throws Exception {
        Path file = dir.resolve(id + ".json");
        try (InputStream in = SampleNetworks.byId(id).orElseThrow().open()) {
            Files.copy(in, file);
        }
        return file;
    }

    private int run(Object command, String... args) {
        CommandLine cl = new CommandLine(command);
        cl.setOut(new PrintWriter(out)).setErr(new PrintWriter(err));
        return cl.execute(args);
    }

    @Test
    void analyzeShowsTheTextbookMultisigAsTheWeakestLink() throws Exception {
        assertThat(run(new AnalyzeCommand(), sample("textbook-shared-vs-isolated").toString(), "--json")).isZero();
        assertThat(out.toString()).contains("\"multisig-i1-i2\": {", "\"bridgeCostOfCorruption\": 7",
                "\"weakestLink\": true", "\"annualSecurityCost\": 1.5",
                "restaked it earns 1.75× what the same stake earns staked once")
                .containsPattern("\"attackers\": \\[\\s*\"i2c\",\\s*\"i1b\"\\s*]");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void simulatePlaysTheTextbookExploitBackAndI2Falls() throws Exception {
        Path file = sample("textbook-shared-vs-isolated");
        assertThat(run(new SimulateCommand(new AnalysisAttackFinder()), file.toString(),
                "--scenario-name", "multisig-bridge-exploit")).isZero();
        assertThat(out.toString()).contains(
                "Multisig bridge I1 <-> I2 (2 of 3) (multisig 2-of-3 between Isolated I1 (twin of C1) and Isolated I2 "
                        + "(twin of C2)) was exploited: i2c and i1b",
                "Isolated I2 (twin of C2) held half of what Multisig bridge I1 <-> I2 (2 of 3) carried",
                "i1a and i2a attack Isolated I1 (twin of C1) and Isolated I2 (twin of C2)",
                "Compromised: Isolated I1 (twin of C1) and Isolated I2 (twin of C2)",
                "Stolen from bridges: 2 from Multisig bridge I1 <-> I2 (2 of 3).");
    }

    @Test
    void simulatePlaysTheIsolatedZonesExploitBackAsJson() throws Exception {
        Path file = sample("isolated-zones");
        assertThat(run(new SimulateCommand(new AnalysisAttackFinder()), file.toString(),
                "--scenario-name", "multisig-bridge-exploit", "--json")).isZero();
        assertThat(out.toString()).contains("\"type\": \"bridge-exploited\"", "\"stolenByBridge\": {",
                "\"cause\": \"bridge-exploit\"", "\"zone-d\"");
        assertThat(out.toString()).containsPattern("\"compromisedChains\": \\[[^]]*\"zone-d\"");
    }
}
