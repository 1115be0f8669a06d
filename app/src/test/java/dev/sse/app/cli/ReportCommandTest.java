package dev.sse.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTest {

    @TempDir
    Path dir;
    final CliRun cli = new CliRun(ReportCommand::new);

    @Test
    void writesOneSelfContainedPageWithChartsLogAndDeltaTable() throws Exception {
        Path html = dir.resolve("r.html");
        assertThat(cli.run("textbook-shared-vs-isolated", "--variant", "isolate", "--share", "0.5",
                "--scenario-name", "provider-failure", "--out", html.toString())).isZero();
        String page = Files.readString(html);
        assertThat(page).startsWith("<!DOCTYPE html>").contains("Comparison: textbook-shared-vs-isolated vs isolated (50% share)",
                "Security margin per chain", "Stake lost vs shock size", "Scenario: provider-failure", "P fails",
                "Event log", "seed <code>1</code>", "<svg");
        assertThat(page).doesNotContain("<script", "src=\"http");
        assertThat(cli.out()).startsWith("wrote " + html);
        assertThat(cli.err()).isEmpty();
    }

    @Test
    void aPairOfSamplesWithoutCharts() throws Exception {
        Path html = dir.resolve("pair.html");
        assertThat(cli.run("textbook-domino", "--compare", "textbook-theorem2", "--no-charts", "--out", html.toString())).isZero();
        assertThat(Files.readString(html)).contains("textbook-domino", "textbook-theorem2", "network margin γ*")
                .doesNotContain("<svg");
    }

    @Test
    void theDistributionSectionShowsBothSidesMonteCarloDraws() throws Exception {
        Path html = dir.resolve("mc.html");
        assertThat(cli.run("textbook-domino", "--variant", "isolate", "--no-charts", "--montecarlo", "200",
                "--montecarlo-seed", "5", "--out", html.toString())).isZero();
        String page = Files.readString(html);
        assertThat(page).contains("Distribution of stake lost (Monte Carlo)", "200 random draws (seed 5",
                "VaR 99%", "ES 99.9%", "<svg", "200 draws per side, seed 5");
        assertThat(cli.run("textbook-domino", "--montecarlo", "-1", "--out", html.toString())).isEqualTo(2);
    }

    @Test
    void badInputIsOneLineAndExitCode2() {
        String out1 = dir.resolve("x.html").toString();
        assertThat(cli.run("textbook-domino", "--variant", "split", "--out", out1)).isEqualTo(2);
        assertThat(cli.run("textbook-domino", "--compare", "textbook-theorem2", "--variant", "pool", "--out", out1)).isEqualTo(2);
        assertThat(cli.run("textbook-domino", "--scenario-name", "nope", "--out", out1)).isEqualTo(2);
        assertThat(cli.run("no-such-network", "--out", out1)).isEqualTo(2);
        assertThat(cli.run("textbook-domino")).isEqualTo(2);
        assertThat(cli.err().lines()).hasSize(5).noneMatch(l -> l.contains("Exception"));
        assertThat(Files.exists(Path.of(out1))).isFalse();
    }
}
