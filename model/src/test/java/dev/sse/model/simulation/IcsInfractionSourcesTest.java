package dev.sse.model.simulation;

import static dev.sse.model.network.ChainKind.CONSUMER;
import static dev.sse.model.network.ChainKind.PROVIDER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.sse.model.network.Network;
import dev.sse.model.simulation.event.SimEvent;
import dev.sse.model.simulation.fault.Fault;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * ICS infraction parameters against cosmos/interchain-security's own code and tests (snapshot 1c995af):
 * {@code DefaultConsumerInfractionParameters} in x/ccv/provider/types/provider.go (consumer downtime slashes 0,
 * consumer double-sign takes the provider's {@code SlashFractionDoubleSign}) and the e2e test
 * {@code stepsDowntime} in tests/e2e/steps_downtime.go (powers alice 910, bob 500, carol 100; the e2e config
 * sets {@code slash_fraction_downtime = 0.01} on the provider).
 */
class IcsInfractionSourcesTest {

    private static Network e2e() {
        return Nets.network().validator("alice", 910).validator("bob", 500).validator("carol", 100)
                .chain("provi", PROVIDER, 1, 1, null, Map.of("downtimeFraction", 0.01, "doubleSignFraction", 0.05))
                .chain("consu", CONSUMER, 1, 1, "provi").pooled("provi", "alice", "bob", "carol").build();
    }

    private static SimStep step(Network net, Fault fault) {
        return Simulation.start(net, Scenario.of("t", List.of(fault)), new BruteForceFinder()).step();
    }

    private static double stake(SimStep s, String v) {
        return s.state().network().validator(v).orElseThrow().stake();
    }

    @Test
    void stepsDowntimeConsumerDowntimeJailsBobAndKeepsAllHisStake() {
        SimStep s = step(e2e(), new Fault.Downtime("consu", List.of("bob")));
        assertThat(stake(s, "bob")).isEqualTo(500); // "bob's stake should not be slashed since the slash was initiated from consumer"
        assertThat(s.events()).noneMatch(e -> e instanceof SimEvent.Slashed);
        assertThat(s.state().removedValidators()).containsExactly("bob");
        assertThat(s.events()).filteredOn(e -> e instanceof SimEvent.Jailed).singleElement()
                .satisfies(e -> assertThat(e.because()).contains("jailed on provi", "reported by consu", "no stake"));
    }

    @Test
    void stepsDowntimeProviderDowntimeCostsCarolOnePercent() {
        SimStep s = step(e2e(), new Fault.Downtime("provi", List.of("carol")));
        assertThat(stake(s, "carol")).isCloseTo(99, within(1e-9)); // carol: 100 → 99 in stepsDowntime
        assertThat(s.state().removedValidators()).containsExactly("carol");
    }

    @Test
    void consumerOwnDowntimeFractionStillApplies() {
        Network net = Nets.network().validator("alice", 910).validator("bob", 500).validator("carol", 100)
                .chain("provi", PROVIDER, 1, 1).chain("consu", CONSUMER, 1, 1, "provi", Map.of("downtimeFraction", 0.0001))
                .pooled("provi", "alice", "bob", "carol").build();
        assertThat(stake(step(net, new Fault.Downtime("consu", List.of("bob"))), "bob")).isCloseTo(499.95, within(1e-9));
    }

    @Test
    void consumerDoubleSignDefaultsToTheProvidersFraction() {
        Network net = Nets.network().validator("bob", 500).chain("provi", PROVIDER, 1, 1, null, Map.of("doubleSignFraction", 0.1))
                .chain("consu", CONSUMER, 1, 1, "provi").pooled("provi", "bob").build();
        assertThat(stake(step(net, new Fault.DoubleSign("consu", List.of("bob"))), "bob")).isCloseTo(450, within(1e-9));
    }
}
