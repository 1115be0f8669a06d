package dev.sse.model.simulation;

import static dev.sse.model.network.ChainKind.PARACHAIN;
import static dev.sse.model.network.ChainKind.RELAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.sse.model.network.Network;
import dev.sse.model.simulation.event.SimEvent;
import dev.sse.model.simulation.fault.Fault;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Polkadot equivocation n against polkadot-sdk: substrate/frame/grandpa/src/equivocation.rs takes n from the
 * key-owner proof's {@code validator_count}, the validator set of the offence's session, and computes
 * {@code Perbill::from_rational(3k, n).square()}; its test {@code report_equivocation_current_set_works}
 * (substrate/frame/grandpa/src/tests.rs) slashes the one offender of 3 validators 100%.
 */
class PolkadotEquivocationSourcesTest {

    private static Network relayOf(int n) {
        Nets net = Nets.network().chain("relay", RELAY, 1, 1).chain("para", PARACHAIN, 1, 1, "relay");
        for (int i = 0; i < n; i++) {
            net.validator("v" + i, 100).pooled("relay", "v" + i);
        }
        return net.build();
    }

    @Test
    void twoSeparateOffencesInOneSessionEachCostNinePercent() {
        Scenario s = Scenario.of("two", List.of(new Fault.DoubleSign("relay", List.of("v0")),
                new Fault.DoubleSign("para", List.of("v1"))));
        SimTrace trace = Simulation.runAll(relayOf(10), s, new BruteForceFinder());
        // k = 1, n = 10 both times: (3/10)² = 9%; v0, chilled by the first offence, still counts in the second
        assertThat(trace.lossByValidator().get("v0")).isCloseTo(9, within(1e-9));
        assertThat(trace.lossByValidator().get("v1")).isCloseTo(9, within(1e-9));
    }

    @Test
    void reportEquivocationCurrentSetWorksOneOfThreeLosesEverything() {
        SimStep step = Simulation.start(relayOf(3), Scenario.of("t", List.of(new Fault.DoubleSign("relay", List.of("v0")))),
                new BruteForceFinder()).step();
        SimEvent.Slashed s = step.events().stream().filter(SimEvent.Slashed.class::isInstance)
                .map(SimEvent.Slashed.class::cast).findFirst().orElseThrow();
        assertThat(s.fraction()).isEqualTo(1.0);
        assertThat(s.because()).contains("k = 1", "n = 3", "session");
    }

    @Test
    void validatorsShockedEarlierInTheSessionStillCount() {
        Scenario s = Scenario.of("t", List.of(new Fault.Shock(List.of("v9", "v8")), new Fault.DoubleSign("relay", List.of("v0"))));
        SimTrace trace = Simulation.runAll(relayOf(10), s, new BruteForceFinder());
        assertThat(trace.lossByValidator().get("v0")).isCloseTo(9, within(1e-9)); // n = 10, not 8 (14.06%)
    }
}
