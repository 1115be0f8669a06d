package dev.sse.model.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sse.model.io.json.ScenarioCodec;
import dev.sse.model.simulation.fault.Fault;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 21: the four faults of named validators on one chain (double-sign, downtime, invalid-block, slash) are one
 * {@link Fault.OnChain}, so their chain and validators are checked and written by one branch, not four copies.
 */
class OnChainFaultsTest {

    private static final List<Fault.OnChain> FAULTS = List.of(new Fault.DoubleSign("zz", List.of("q")),
            new Fault.Downtime("zz", List.of("q")), new Fault.InvalidBlock("zz", List.of("q")),
            new Fault.Slash("zz", List.of("q"), 2));

    @Test
    void eachIsCheckedForItsChainAndValidatorsAlike() {
        List<String> issues = Scenario.of("bad", List.copyOf(FAULTS)).validateAgainst(BridgeExploitTest.net())
                .stream().map(ScenarioIssue::toString).toList();
        assertThat(issues).containsExactly(
                "$.faults[0].chain: unknown chain 'zz'", "$.faults[0].validators[0]: unknown validator 'q'",
                "$.faults[1].chain: unknown chain 'zz'", "$.faults[1].validators[0]: unknown validator 'q'",
                "$.faults[2].chain: unknown chain 'zz'", "$.faults[2].validators[0]: unknown validator 'q'",
                "$.faults[3].chain: unknown chain 'zz'", "$.faults[3].validators[0]: unknown validator 'q'",
                "$.faults[3].fraction: fraction must be in [0, 1], got 2.0");
    }

    @Test
    void eachIsWrittenWithItsChainThenItsValidators() {
        String text = ScenarioCodec.write(Scenario.of("s", List.copyOf(FAULTS)));
        for (String type : List.of("double-sign", "downtime", "invalid-block", "slash")) {
            assertThat(text).contains("\"type\": \"" + type + "\",\n      \"chain\": \"zz\",\n      \"validators\": [\n"
                    + "        \"q\"\n      ]");
        }
        assertThat(text).contains("\"q\"\n      ],\n      \"fraction\": 2");
    }
}
