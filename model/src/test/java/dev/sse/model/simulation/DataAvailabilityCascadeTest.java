package dev.sse.model.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sse.model.io.json.NetworkCodec;
import dev.sse.model.network.Network;
import dev.sse.model.simulation.event.SimEvent;
import dev.sse.model.simulation.fault.Fault;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 19 item 11 in the cascade: a rollup whose data is on EigenDA freezes when EigenDA halts or is corrupted (L2BEAT's
 * DA risk, gov.l2beat.com/t/275: without the data users cannot rebuild the state to exit or prove), and falls with its
 * settlement chain as before.
 */
class DataAvailabilityCascadeTest {

    private static Network net(double eigendaProfit) throws Exception {
        return NetworkCodec.readString("da.json", """
                {"format": "shared-security-network", "version": 1, "name": "da",
                 "validators": [{"id": "op1", "stake": 60}, {"id": "op2", "stake": 40}, {"id": "e", "stake": 1000}],
                 "chains": [
                   {"id": "eth", "name": "Ethereum", "kind": "l1", "profitFromCorruption": 0},
                   {"id": "eigenda", "name": "EigenDA", "kind": "avs", "securedBy": "eth", "attackThreshold": 0.33,
                    "profitFromCorruption": %s},
                   {"id": "mantle", "name": "Mantle", "kind": "rollup", "securedBy": "eth", "profitFromCorruption": 5,
                    "dataAvailability": {"provider": "eigenda"}}],
                 "allocations": [{"validator": "e", "chain": "eth"}, {"validator": "op1", "chain": "eigenda"},
                   {"validator": "op2", "chain": "eigenda"}]}
                """.formatted(eigendaProfit));
    }

    private static List<SimEvent> run(Network n, Fault fault) {
        return Simulation.runAll(n, Scenario.of("t", List.of(fault)), new AnalysisAttackFinder()).events();
    }

    @Test
    void eigenDaStoppingFreezesTheRollup() throws Exception {
        List<SimEvent> events = run(net(1), new Fault.ProviderFailure("eigenda"));
        assertThat(events).filteredOn(e -> e instanceof SimEvent.ChainFell f && f.chain().equals("mantle"))
                .singleElement().satisfies(e -> {
                    assertThat(((SimEvent.ChainFell) e).dependsOn()).isEqualTo("eigenda");
                    assertThat(e.because()).isEqualTo("Mantle is frozen because it publishes its data on EigenDA, "
                            + "which stopped: its users cannot rebuild its state to exit or prove, a liveness loss (its "
                            + "settlement still stands).");
                });
    }

    /** π 50 > 40: op2 alone reaches the 33% adversary threshold and withholds the data; Mantle freezes with it. */
    @Test
    void corruptingEigenDaWithholdsTheDataAndFreezesTheRollup() throws Exception {
        List<SimEvent> events = run(net(50), new Fault.Shock(List.of("op1")));
        assertThat(events).anyMatch(e -> e instanceof SimEvent.ChainCompromised c && c.chain().equals("eigenda"));
        assertThat(events).filteredOn(e -> e instanceof SimEvent.ChainFell f && f.chain().equals("mantle"))
                .singleElement().satisfies(e -> assertThat(e.because()).startsWith("Mantle is frozen because it "
                        + "publishes its data on EigenDA, which was corrupted in this attack:"));
    }

    @Test
    void theSettlementFailingStillTakesItDown() throws Exception {
        List<SimEvent> events = run(net(1), new Fault.ProviderFailure("eth"));
        assertThat(events).filteredOn(e -> e instanceof SimEvent.ChainFell f && f.chain().equals("mantle"))
                .singleElement().satisfies(e -> assertThat(e.because())
                        .isEqualTo("Mantle fell because it is secured by Ethereum, which stopped."));
    }
}
