package dev.sse.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sse.model.io.graph.GraphImport;
import dev.sse.model.io.json.NetworkCodec;
import dev.sse.model.network.Network;
import dev.sse.samples.SampleNetworks;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 23: {@code export NETWORK --format graphml|gexf|dot|csv --out FILE}, and graph files as command input. */
class ExportCommandTest {

    @TempDir
    Path dir;
    final CliRun cli = new CliRun(ExportCommand::new);

    private static Network sample(String id) throws Exception {
        var s = SampleNetworks.byId(id).orElseThrow();
        try (InputStream in = s.open()) {
            return NetworkCodec.read(s.file(), in);
        }
    }

    @Test
    void gexfCarriesTheWindowsLayoutAndReadsBack() throws Exception {
        Path gexf = dir.resolve("ics.gexf");
        assertThat(cli.run("cosmos-hub-ics", "--format", "gexf", "--out", gexf.toString())).isZero();
        String text = Files.readString(gexf);
        assertThat(text).contains("version=\"1.3\"", "<viz:position", "<viz:color r=\"0\" g=\"114\" b=\"178\"",
                "title=\"costOfCorruption\"", "title=\"state\"");
        Network back = GraphImport.read(gexf);
        Network original = sample("cosmos-hub-ics");
        assertThat(back.validators()).isEqualTo(original.validators());
        assertThat(back.allocations()).isEqualTo(original.allocations());
        assertThat(cli.out()).startsWith("wrote " + gexf);
        assertThat(cli.err()).isEmpty();
    }

    @Test
    void graphmlDotAndCsv() throws Exception {
        for (String f : new String[] {"graphml", "dot", "csv"}) {
            assertThat(cli.run("textbook-triangle", "--format", f, "--out", dir.resolve("t." + f).toString())).isZero();
        }
        assertThat(Files.readString(dir.resolve("t.graphml"))).contains("<graphml", "attr.name=\"nakamotoCoefficient\"");
        assertThat(Files.readString(dir.resolve("t.dot"))).startsWith("digraph network {").contains("pos=\"");
        assertThat(Files.readString(dir.resolve("t.csv"))).startsWith("chain,securingStake,costOfCorruption");
        // a written GraphML file is a network file for every command that reads one
        Path back = dir.resolve("back.gexf");
        assertThat(cli.run(dir.resolve("t.graphml").toString(), "--format", "gexf", "--out", back.toString())).isZero();
        assertThat(GraphImport.read(back)).satisfies(n -> assertThat(n.chains()).isEqualTo(sample("textbook-triangle").chains()));
    }

    @Test
    void analyzeValidateAndSimulateReadGraphFiles() throws Exception {
        Path gexf = dir.resolve("domino.gexf");
        assertThat(cli.run("textbook-domino", "--format", "gexf", "--out", gexf.toString())).isZero();
        assertThat(dev.sse.app.testing.MainOutput.of("validate", gexf.toString())).isEqualTo("ok" + System.lineSeparator());
        assertThat(dev.sse.app.testing.MainOutput.of("analyze", gexf.toString(), "--csv")).startsWith("chain,securingStake");
        Path json = dir.resolve("domino.json");
        NetworkCodec.write(sample("textbook-domino"), json);
        assertThat(dev.sse.app.testing.MainOutput.of("analyze", gexf.toString(), "--csv"))
                .isEqualTo(dev.sse.app.testing.MainOutput.of("analyze", json.toString(), "--csv"));
    }

    @Test
    void badInputIsOneLineAndExitCode2() throws Exception {
        String target = dir.resolve("x.gexf").toString();
        Path broken = dir.resolve("broken.graphml");
        Files.writeString(broken, "<graphml>\n<graph>\n");
        assertThat(cli.run("textbook-domino", "--format", "svg", "--out", target)).isEqualTo(2);
        assertThat(cli.run("no-such-network", "--format", "gexf", "--out", target)).isEqualTo(2);
        assertThat(cli.run(broken.toString(), "--format", "gexf", "--out", target)).isEqualTo(2);
        assertThat(cli.run("textbook-domino", "--out", target)).isEqualTo(2);
        assertThat(cli.err().lines()).hasSize(4).noneMatch(l -> l.contains("Exception"));
        assertThat(cli.err()).contains("broken.graphml:3:").contains("not well-formed XML");
        assertThat(Files.exists(Path.of(target))).isFalse();
    }
}
