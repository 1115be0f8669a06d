package dev.sse.model.simulation;

import static dev.sse.model.network.ChainKind.CONSUMER;
import static dev.sse.model.network.ChainKind.L1;
import static dev.sse.model.network.ChainKind.PARACHAIN;
import static dev.sse.model.network.ChainKind.PROVIDER;
import static dev.sse.model.network.ChainKind.RELAY;
import static dev.sse.model.network.ChainKind.ROLLUP;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sse.model.network.Network;
import dev.sse.model.simulation.event.SimEvent;
import dev.sse.model.simulation.fault.Fault;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Liveness halts: a BFT chain needs more than 2/3 of its voting power online (CometBFT: a block commits with
 * +2/3 precommits; GRANDPA: finality needs more than 2/3 of the voters), so more than 1/3 offline halts it and
 * what it secures; Ethereum keeps producing blocks and leaks the offline stake instead.
 */
class LivenessHaltTest {

    private static Network hub() {
        return Nets.network().validator("a", 35).validator("b", 33).validator("c", 32)
                .chain("hub", PROVIDER, 1, 1).chain("neutron", CONSUMER, 1, 1, "hub").pooled("hub", "a", "b", "c").build();
    }

    private static SimStep step(Network net, Fault f) {
        return Simulation.start(net, Scenario.of("t", List.of(f)), new BruteForceFinder()).step();
    }

    @Test
    void moreThanAThirdOfflineHaltsTheProviderAndItsConsumersAndNobodyIsJailed() {
        SimStep s = step(hub(), new Fault.Downtime("hub", List.of("a")));
        assertThat(s.state().fallenChains()).containsExactly("hub", "neutron");
        assertThat(s.state().compromisedChains()).isEmpty(); // halted, not compromised
        assertThat(s.state().removedValidators()).isEmpty();
        assertThat(s.events()).noneMatch(e -> e instanceof SimEvent.Jailed || e instanceof SimEvent.Slashed);
        assertThat(s.events()).filteredOn(e -> e instanceof SimEvent.ChainHalted).singleElement()
                .satisfies(e -> assertThat(e.because()).contains("35% of hub's voting power", "more than 1/3", "halts"));
        assertThat(s.events()).anyMatch(e -> e instanceof SimEvent.Unpunished u && u.because().contains("Nobody is jailed"));
    }

    @Test
    void aThirdOrLessOfflineIsJailedAsBefore() {
        SimStep s = step(hub(), new Fault.Downtime("hub", List.of("b")));
        assertThat(s.state().fallenChains()).isEmpty();
        assertThat(s.state().removedValidators()).containsExactly("b");
    }

    @Test
    void consumerDowntimeHaltsTheConsumerOnly() {
        SimStep s = step(hub(), new Fault.Downtime("neutron", List.of("a", "b")));
        assertThat(s.state().fallenChains()).containsExactly("neutron");
    }

    @Test
    void parachainDowntimeStopsTheRelayChainsFinality() {
        Network net = Nets.network().validator("a", 1).validator("b", 1).validator("c", 1).validator("d", 1)
                .chain("relay", RELAY, 1, 1).chain("para", PARACHAIN, 1, 1, "relay").pooled("relay", "a", "b", "c", "d").build();
        assertThat(step(net, new Fault.Downtime("para", List.of("a", "b"))).state().fallenChains()).containsExactly("relay", "para");
    }

    @Test
    void ethereumLeaksInsteadOfHalting() {
        Network net = Nets.network().validator("a", 40).validator("b", 60).chain("eth", L1, 1, 1)
                .chain("rollup", ROLLUP, 1, 1, "eth").pooled("eth", "a", "b").build();
        SimStep s = step(net, new Fault.Downtime("eth", List.of("a")));
        assertThat(s.state().fallenChains()).isEmpty();
        assertThat(s.events()).filteredOn(e -> e instanceof SimEvent.Unpunished).singleElement()
                .satisfies(e -> assertThat(e.because()).contains("inactivity leak", "keeps producing blocks"));
    }
}
