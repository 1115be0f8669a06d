package dev.sse.model.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sse.model.io.json.NetworkCodec;
import dev.sse.model.network.Network;
import dev.sse.model.simulation.event.SimEvent;
import dev.sse.model.simulation.fault.Fault;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 19 item 5 in the cascade: a chain with {@code externalSecurity} (stake outside the file) does not "fall" for
 * lack of stake in the file; it falls only when the attack pays its external cost, and then the events say so.
 */
class ExternalSecurityCascadeTest {

    private static Network net(String l1Profit, boolean external) throws Exception {
        return NetworkCodec.readString("ext.json", """
                {"format": "shared-security-network", "version": 1, "name": "ext",
                 "validators": [{"id": "op", "stake": 100}, {"id": "op2", "stake": 100}],
                 "chains": [
                   {"id": "eth", "kind": "l1", "profitFromCorruption": %s%s},
                   {"id": "roll", "kind": "rollup", "securedBy": "eth", "profitFromCorruption": 50},
                   {"id": "avs", "kind": "avs", "securedBy": "eth", "profitFromCorruption": 10}],
                 "allocations": [{"validator": "op", "chain": "avs"}, {"validator": "op2", "chain": "avs"}]}
                """.formatted(l1Profit, external
                ? ", \"externalSecurity\": {\"costOfCorruption\": 2000, \"source\": \"test figure\"}" : ""));
    }

    private static List<SimEvent> run(Network n) {
        return Simulation.runAll(n, Scenario.of("t", List.of(new Fault.Shock(List.of("op")))), new AnalysisAttackFinder())
                .events();
    }

    @Test
    void withoutTheBlockEthFallsForLackOfStakeAsBefore() throws Exception {
        assertThat(run(net("1000", false))).anyMatch(e -> e instanceof SimEvent.ChainCompromised c
                && c.chain().equals("eth") && c.because().contains("no validator ever secured it"));
    }

    @Test
    void belowItsExternalCostEthNeverFalls() throws Exception {
        assertThat(run(net("1000", true))).noneMatch(e -> e instanceof SimEvent.ChainCompromised c
                && c.chain().equals("eth"));
    }

    @Test
    void aboveItsExternalCostTheAttackBuysTheBlockAndNobodyInTheFileIsSlashedForIt() throws Exception {
        List<SimEvent> events = run(net("2500", true));
        assertThat(events).filteredOn(e -> e instanceof SimEvent.ChainCompromised c && c.chain().equals("eth"))
                .singleElement().satisfies(e -> assertThat(e.because())
                        .contains("eth fell: the attack buys its external security (test figure)"));
        assertThat(events).filteredOn(e -> e instanceof SimEvent.Attack a && a.chains().contains("eth"))
                .singleElement().satisfies(e -> assertThat(((SimEvent.Attack) e).cost()).isEqualTo(2000));
        assertThat(events).noneMatch(e -> e instanceof SimEvent.Slashed s && s.validator().startsWith("external:"));
    }
}
