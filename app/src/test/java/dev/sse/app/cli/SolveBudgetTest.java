package dev.sse.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * {@code --time-limit} is one option (issue 21): the four commands that solve share its help, its check and its unit,
 * and differ only in the default.
 */
class SolveBudgetTest {

    /** Each command with the arguments it requires besides {@code --time-limit}, and its default. */
    private record Case(Supplier<?> command, String[] args, String defaultText) {
    }

    private static final Map<String, Case> CASES = Map.of(
            "analyze", new Case(AnalyzeCommand::new, new String[] {"kusama.json"}, "5"),
            "sweep", new Case(SweepCommand::new,
                    new String[] {"kusama", "--param", "shock-budget", "--from", "0", "--to", "1", "--steps", "2"}, "1"),
            "montecarlo", new Case(MonteCarloCommand::new, new String[] {"kusama"}, "0.05"),
            "report", new Case(ReportCommand::new, new String[] {"kusama", "--out", "r.html"}, "5"));

    @Test
    void aBudgetNotAboveZeroIsOneLineAndExitTwoBeforeAnyNetworkIsRead() {
        CASES.forEach((name, c) -> {
            CliRun cli = new CliRun(c.command());
            String[] args = java.util.stream.Stream.concat(java.util.Arrays.stream(c.args()),
                    java.util.stream.Stream.of("--time-limit", "0")).toArray(String[]::new);
            assertThat(cli.run(args)).as(name).isEqualTo(2);
            assertThat(cli.err().strip()).as(name).endsWith("--time-limit 0: expected a number of seconds > 0")
                    .doesNotContain("\n");
        });
    }

    @Test
    void everyHelpSaysTheSameButForTheDefault() {
        CASES.forEach((name, c) -> {
            CliRun cli = new CliRun(c.command());
            assertThat(cli.run("--help")).isZero();
            String help = cli.out().replaceAll("\\s+", " ");
            assertThat(help).as(name).contains("--time-limit=SECONDS budget per exact solve in deterministic units, "
                    + "about a second of one core each: the same answer on every run; a solve that spends it is "
                    + "reported as not proven (default: " + c.defaultText() + ")");
        });
    }
}
