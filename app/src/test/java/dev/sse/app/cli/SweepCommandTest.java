package dev.sse.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sse.app.Main;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class SweepCommandTest {

    static final String NETWORK = """
            {"format": "shared-security-network", "version": 1, "name": "two services",
             "assets": [{"symbol": "TOK", "priceUsd": 2}],
             "validators": [{"id": "a", "stake": 4, "asset": "TOK"}, {"id": "b", "stake": 3, "asset": "TOK"},
                            {"id": "c", "stake": 2, "asset": "TOK"}],
             "chains": [{"id": "x", "kind": "service", "profitFromCorruption": 6, "attackThreshold": 0.5},
                        {"id": "y", "kind": "service", "profitFromCorruption": 4, "attackThreshold": 0.5}],
             "allocations": [{"validator": "a", "chain": "x"}, {"validator": "b", "chain": "x"},
                             {"validator": "b", "chain": "y"}, {"validator": "c", "chain": "y"}],
             "scenarios": {"lose-c": {"faults": [{"type": "shock", "validators": ["c"]}], "seed": 5}}}
            """;

    @TempDir
    Path dir;
    final CliRun cli = new CliRun(SweepCommand::new);

    private String network() throws Exception {
        return Files.writeString(dir.resolve("two.json"), NETWORK).toString();
    }

    @Test
    void csvHasAHeaderAndNRowsFromAToB() throws Exception {
        assertThat(cli.run(network(), "--param", "shock-budget", "--from", "0", "--to", "0.5", "--steps", "6")).isZero();
        List<String> lines = cli.out().lines().toList();
        assertThat(lines).hasSize(7);
        assertThat(lines.get(0)).isEqualTo("shock-budget,secure,secure_exact,margin,margin_exact,shock_budget,"
                + "worst_case_loss,worst_case_exact,dr_bound,margin:x,margin:y");
        assertThat(lines.get(1)).startsWith("0,");
        assertThat(lines.get(6)).startsWith("0.5,");
        assertThat(lines.subList(1, 7)).allSatisfy(l -> assertThat(l.split(",", -1)).hasSize(11));
        assertThat(cli.err()).isEmpty();
    }

    @Test
    void everyParameterFormRuns() throws Exception {
        String net = network();
        String[][] cases = {{"price-drop:TOK", "0", "0.6"}, {"profit:x", "1", "20"}, {"allocation:b:y", "0", "3"},
            {"adversary-fraction", "0.1", "0.5"}};
        for (String[] c : cases) {
            cli.clear();
            assertThat(cli.run(net, "--param", c[0], "--from", c[1], "--to", c[2], "--steps", "3", "--csv")).as(c[0]).isZero();
            assertThat(cli.out().lines()).as(c[0]).hasSize(4).first().asString().startsWith(c[0] + ",secure,");
        }
    }

    @Test
    void jsonAndAScenarioAddTheStakeLostAtEachPoint() throws Exception {
        assertThat(cli.run(network(), "--param", "profit:y", "--from", "1", "--to", "9", "--steps", "3",
                "--scenario-name", "lose-c", "--json")).isZero();
        assertThat(cli.out()).contains("\"parameter\": \"profit:y\"", "\"scenario\": \"lose-c\"", "\"seed\": 5",
                "\"scenarioLoss\"", "\"chainMargins\"").containsPattern("(?s)\"rows\": \\[.*\"value\": 9");
        assertThat(cli.out().split("\"value\"")).hasSize(4);
    }

    @Test
    void badInputIsOneLineAndExitCode2() throws Exception {
        String net = network();
        assertThat(cli.run(net, "--param", "price", "--from", "0", "--to", "1", "--steps", "2")).isEqualTo(2);
        assertThat(cli.run(net, "--param", "price-drop:ETH", "--from", "0", "--to", "1", "--steps", "2")).isEqualTo(2);
        assertThat(cli.run(net, "--param", "shock-budget", "--from", "0", "--to", "2", "--steps", "2")).isEqualTo(2);
        assertThat(cli.run(net, "--param", "shock-budget", "--from", "0", "--to", "1", "--steps", "0")).isEqualTo(2);
        assertThat(cli.run(dir.resolve("nope.json").toString(), "--param", "shock-budget", "--from", "0", "--to", "1",
                "--steps", "2")).isEqualTo(2);
        assertThat(cli.run(net, "--param", "shock-budget", "--from", "0", "--to", "1", "--steps", "2", "--json", "--csv")).isEqualTo(2);
        assertThat(cli.err().lines()).hasSize(6).noneMatch(l -> l.contains("Exception"))
                .allSatisfy(l -> assertThat(l).startsWith("sweep"));
        assertThat(cli.out()).isEmpty();
    }

    @Test
    void aBundledSampleIdWorksAsTheNetwork() {
        assertThat(cli.run("textbook-theorem2", "--param", "shock-budget", "--from", "0", "--to", "0.2", "--steps", "2")).isZero();
        assertThat(cli.out().lines()).hasSize(3);
        assertThat(Main.run("sweep", "--help")).isZero();
    }

    /**
     * Issue 21: sweep, montecarlo, report and export share NetworkRun, so each one's help says the same of NETWORK,
     * graph files included (NetworkSource reads them for all four).
     */
    @Test
    void everyCommandThatReadsANetworkDescribesItTheSameWay() {
        CommandLine main = Main.commandLine();
        for (String name : List.of("sweep", "montecarlo", "report", "export")) {
            CommandLine.Model.PositionalParamSpec network = main.getSubcommands().get(name).getCommandSpec()
                    .positionalParameters().get(0);
            assertThat(network.paramLabel()).as(name).isEqualTo("NETWORK");
            assertThat(network.description()).as(name)
                    .containsExactly("network file (.json, .graphml, .gexf), or the id of a bundled sample");
        }
    }

    /** Issue 21: simulate, sweep and report share ScenarioChoice: the same two options, the same help. */
    @Test
    void everyCommandThatRunsAScenarioTakesItTheSameWay() {
        CommandLine main = Main.commandLine();
        for (String name : List.of("simulate", "sweep", "report")) {
            CommandLine.Model.CommandSpec spec = main.getSubcommands().get(name).getCommandSpec();
            assertThat(spec.findOption("--scenario").description()).as(name)
                    .containsExactly("scenario file (docs/scenario-format.md)");
            assertThat(spec.findOption("--scenario-name").description()).as(name)
                    .containsExactly("a scenario stored in the network file");
        }
    }
}
