package dev.sse.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code montecarlo} (issue 24): summary JSON, per-draw CSV, a draw as a scenario, located errors. */
class MonteCarloCommandTest {

    static final String SCENARIO = """
            {"name": "risk", "faults": [],
             "montecarlo": {"draws": 120, "seed": 3, "shocks": [
               {"type": "correlated", "probability": 0.2, "correlation": 0.5},
               {"type": "prices", "volatility": {"TOK": 0.5}}]}}
            """;

    @TempDir
    Path dir;
    final CliRun cli = new CliRun(MonteCarloCommand::new);

    /** Runs {@code montecarlo}; {@code cli} keeps what this run printed only. */
    private int run(String... args) {
        cli.clear();
        return cli.run(args);
    }

    private String file(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text).toString();
    }

    @Test
    void theSummaryIsTheSameBytesOnOneAndTwoThreads() throws Exception {
        String net = file("two.json", SweepCommandTest.NETWORK);
        String mc = file("risk.json", SCENARIO);
        assertThat(run(net, "--scenario", mc, "--threads", "1")).isZero();
        String one = cli.out();
        assertThat(run(net, "--scenario", mc, "--threads", "2")).isZero();
        assertThat(cli.out()).isEqualTo(one);
        assertThat(one).contains("\"network\": \"two services\"", "\"draws\": 120", "\"seed\": 3",
                "\"valueAtRisk\"", "\"expectedShortfall\"", "\"worst\"");
        assertThat(cli.err()).isEmpty();
    }

    @Test
    void csvHasOneLinePerDrawAndFlagsOverrideTheBlock() throws Exception {
        String net = file("two.json", SweepCommandTest.NETWORK);
        assertThat(run(net, "--scenario", file("risk.json", SCENARIO), "--draws", "30", "--seed", "9", "--csv")).isZero();
        List<String> lines = cli.out().lines().toList();
        assertThat(lines).hasSize(31);
        assertThat(lines.get(0)).isEqualTo("draw,seed,loss,loss_fraction,depth,proven,fallen,compromised,fallen_chains");
        assertThat(lines.get(1)).startsWith("0,");
        assertThat(lines.get(30)).startsWith("29,");
    }

    @Test
    void aDrawPrintsAsAScenarioThatSimulateReplays() throws Exception {
        String net = file("two.json", SweepCommandTest.NETWORK);
        assertThat(run(net, "--scenario", file("risk.json", SCENARIO), "--draw", "7")).isZero();
        assertThat(cli.out()).contains("\"name\": \"risk draw 7\"", "\"faults\"");
        Path draw = Files.writeString(dir.resolve("draw7.json"), cli.out());
        CliRun sim = new CliRun(() -> new SimulateCommand(new dev.sse.model.simulation.AnalysisAttackFinder()));
        assertThat(sim.run(net, "--scenario", draw.toString(), "--json")).isZero();
        assertThat(sim.out()).contains("\"scenario\": \"risk draw 7\"");
    }

    @Test
    void badInputIsOneLocatedLineAndExitCodeTwo() throws Exception {
        String net = file("two.json", SweepCommandTest.NETWORK);
        String bad = file("bad.json", """
                {"faults": [],
                 "montecarlo": {"shocks": [{"type": "independent", "probability": 2}]}}
                """);
        assertThat(run(net, "--scenario", bad)).isEqualTo(2);
        assertThat(cli.err().strip()).isEqualTo(
                "montecarlo: bad.json:2:67: $.montecarlo.shocks[0].probability: must be a number in [0, 1], got 2");
        assertThat(run(net, "--draws", "0")).isEqualTo(2);
        assertThat(cli.err().strip()).isEqualTo("montecarlo: --draws must be at least 1, got 0");
        assertThat(run(dir.resolve("nothing.json").toString())).isEqualTo(2);
        assertThat(cli.err().lines().count()).isEqualTo(1);
        assertThat(cli.out()).isEmpty();
    }
}
