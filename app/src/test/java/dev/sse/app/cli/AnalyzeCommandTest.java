package dev.sse.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sse.model.network.Allocation;
import dev.sse.model.network.Asset;
import dev.sse.model.network.Bridge;
import dev.sse.model.network.BridgeTrust;
import dev.sse.model.network.Chain;
import dev.sse.model.network.ChainKind;
import dev.sse.model.network.Network;
import dev.sse.model.network.SecurityCost;
import dev.sse.model.network.Validator;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class AnalyzeCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    static Network theorem2() {
        return Network.builder().name("theorem-2").asset(new Asset("ETH", 1))
                .validator(new Validator("a", null, 0.1, "ETH", null))
                .validator(new Validator("b", null, 0.9, "ETH", null))
                .chain(Chain.builder("x", ChainKind.SERVICE).profitFromCorruption(1).attackThreshold(1).build())
                .allocation(Allocation.pooled("a", "x")).allocation(Allocation.pooled("b", "x")).build();
    }

    private int run(AnalyzeCommand command, String... args) {
        CommandLine cl = new CommandLine(command);
        cl.setOut(new PrintWriter(out)).setErr(new PrintWriter(err));
        cl.setParameterExceptionHandler(AnalyzeCommand.ONE_LINE_ERRORS);
        return cl.execute(args);
    }

    @Test
    void printsAReadableReportWithAnAlignedTable() {
        int code = run(new AnalyzeCommand(p -> theorem2()), "net.json", "--shock-budget", "0.1");
        assertThat(code).isZero();
        assertThat(out.toString()).contains("Secure: yes", "Margin γ*: 0%", "Worst-case loss:", "loss 100%")
                .contains("chain  securing (USD)  cost to corrupt  profit  margin  nakamoto  validators  blast radius");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void printsJsonAndAppliesPriceShocks() {
        int code = run(new AnalyzeCommand(p -> theorem2()), "net.json", "--json", "--price-shock", "ETH=0.5");
        assertThat(code).isZero();
        assertThat(out.toString()).contains("\"secure\": false", "\"totalStake\": 0.5");
    }

    static Network withEconomics() {
        return Network.builder().name("costs").asset(new Asset("TOK", 1))
                .validator(new Validator("a", null, 60, "TOK", null)).validator(new Validator("b", null, 40, "TOK", null))
                .chain(Chain.builder("hub", ChainKind.PROVIDER).profitFromCorruption(10)
                        .securityCost(SecurityCost.ownValidators(5, 0)).build())
                .chain(Chain.builder("con", ChainKind.CONSUMER).profitFromCorruption(5).securedBy("hub")
                        .securityCost(SecurityCost.sharedRewards(8, null)).build())
                .allocation(Allocation.pooled("a", "hub")).allocation(Allocation.pooled("b", "hub"))
                .bridge(new Bridge("ibc", null, Bridge.Kind.IBC, java.util.List.of("hub", "con"), 20,
                        new BridgeTrust.SameProvider()))
                .build();
    }

    @Test
    void reportAndJsonShowCostsReturnsAndBridges() {
        assertThat(run(new AnalyzeCommand(p -> withEconomics()), "net.json")).isZero();
        assertThat(out.toString()).contains("Costs, finality and sovereignty", "provider:hub",
                "Return on stake (top 2 of 2 earning validators)", "Bridges", "hub <-> con", "same provider");
        out.getBuffer().setLength(0);
        assertThat(run(new AnalyzeCommand(p -> withEconomics()), "net.json", "--json")).isZero();
        assertThat(out.toString()).contains("\"annualSecurityCost\": 2", "\"securityPerCost\": 50",
                "\"validators\": {", "\"returnOnStake\": 0.07", "\"bridges\": {", "\"bridgeCostOfCorruption\": 100");
    }

    @Test
    void printsCsvWithAHeaderAndOneRowPerChain() {
        int code = run(new AnalyzeCommand(p -> theorem2()), "net.json", "--csv");
        assertThat(code).isZero();
        assertThat(out.toString()).startsWith("chain,securingStake,costOfCorruption,")
                .contains("\nx,1,1,true,1,0,").hasLineCount(2);
        assertThat(run(new AnalyzeCommand(p -> theorem2()), "net.json", "--csv", "--json")).isEqualTo(2);
    }

    @Test
    void missingFileIsOneLineAndExitTwo(@TempDir Path dir) {
        int code = run(new AnalyzeCommand(), dir.resolve("nope.json").toString());
        assertThat(code).isEqualTo(2);
        assertThat(err.toString().strip()).doesNotContain("\n").contains("nope.json");
        assertThat(err.toString()).doesNotContain("Exception");
    }

    @Test
    void badFlagsAreOneLineAndExitTwo() {
        assertThat(run(new AnalyzeCommand(p -> theorem2()), "net.json", "--shock-budget", "2")).isEqualTo(2);
        assertThat(err.toString().strip()).doesNotContain("\n").contains("shock budget");
        StringWriter before = new StringWriter();
        before.write(err.toString());
        assertThat(run(new AnalyzeCommand(p -> theorem2()), "net.json", "--shock-budget", "abc")).isEqualTo(2);
        assertThat(run(new AnalyzeCommand(p -> theorem2()), "net.json", "--price-shock", "DOT=0.1")).isEqualTo(2);
        assertThat(run(new AnalyzeCommand(p -> theorem2()), "--no-such-flag")).isEqualTo(2);
        assertThat(err.toString().lines().count()).isEqualTo(4);
    }
}
