package dev.sse.model.simulation;

import static dev.sse.model.network.ChainKind.CONSUMER;
import static dev.sse.model.network.ChainKind.L1;
import static dev.sse.model.network.ChainKind.PARACHAIN;
import static dev.sse.model.network.ChainKind.PROVIDER;
import static dev.sse.model.network.ChainKind.RELAY;
import static dev.sse.model.network.ChainKind.SERVICE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.sse.model.network.Network;
import dev.sse.model.simulation.event.SimEvent;
import dev.sse.model.simulation.fault.Fault;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** One hand-computed case per protocol rule; stakes and prices chosen so the numbers are easy to check. */
class ProtocolRulesTest {

    private static final double HUGE = 1e12; // α = 1 and tiny profits keep the cascade out of these tests

    private static SimStep faultStep(Network net, Fault fault) {
        Simulation sim = Simulation.start(net, Scenario.of("t", List.of(fault)), new BruteForceFinder());
        return sim.step();
    }

    private static <T extends SimEvent> List<T> events(SimStep step, Class<T> type) {
        return step.events().stream().filter(type::isInstance).map(type::cast).toList();
    }

    private static Network cosmos(Map<String, Object> consumerSlashing) {
        return Nets.network().validator("v1", 100).validator("v2", 100).validator("v3", 100)
                .chain("hub", PROVIDER, 1, 1).chain("neutron", CONSUMER, 1, 1, "hub", consumerSlashing)
                .chain("stride", CONSUMER, 1, 1, "hub").pooled("hub", "v1", "v2", "v3").build();
    }

    @Test
    void cosmosConsumerDoubleSignSlashesFivePercentOnTheProviderAndTombstones() {
        SimStep step = faultStep(cosmos(Map.of()), new Fault.DoubleSign("neutron", List.of("v1")));
        SimEvent.Slashed s = events(step, SimEvent.Slashed.class).get(0);
        assertThat(s.value()).isCloseTo(5, within(1e-9));
        assertThat(s.fraction()).isCloseTo(0.05, within(1e-12));
        assertThat(s.because()).contains("neutron", "consumer chain of hub", "5%");
        assertThat(events(step, SimEvent.Tombstoned.class)).hasSize(1);
        assertThat(step.state().removedValidators()).containsExactly("v1");
        assertThat(step.state().network().validator("v1").orElseThrow().stake()).isCloseTo(95, within(1e-9));
    }

    @Test
    void consumerSlashingSettingsOverrideTheDefault() {
        SimStep step = faultStep(cosmos(Map.of("doubleSignFraction", 0.02)), new Fault.DoubleSign("neutron", List.of("v2")));
        assertThat(events(step, SimEvent.Slashed.class).get(0).value()).isCloseTo(2, within(1e-9));
    }

    @Test
    void cosmosDowntimeSlashesOneBasisPointOnTheProviderAndNothingOnAConsumer() {
        SimStep provider = faultStep(cosmos(Map.of()), new Fault.Downtime("hub", List.of("v3")));
        assertThat(events(provider, SimEvent.Slashed.class).get(0).value()).isCloseTo(0.01, within(1e-12));
        assertThat(events(provider, SimEvent.Jailed.class)).extracting(SimEvent.Jailed::validator).containsExactly("v3");

        SimStep consumer = faultStep(cosmos(Map.of()), new Fault.Downtime("neutron", List.of("v3")));
        assertThat(events(consumer, SimEvent.Slashed.class)).isEmpty();
        assertThat(events(consumer, SimEvent.Jailed.class).get(0).because()).contains("jailed on hub", "no stake");
        assertThat(consumer.state().removedValidators()).containsExactly("v3");
    }

    @Test
    void polkadotEquivocationOfFiveInOneHundredCosts2Point25Percent() {
        Nets n = Nets.network().chain("kusama", RELAY, 1, 1).chain("para-7", PARACHAIN, 1, 1, "kusama");
        for (int i = 0; i < 100; i++) {
            n.validator("v" + i, 10).pooled("kusama", "v" + i);
        }
        SimStep step = faultStep(n.build(), new Fault.DoubleSign("para-7", List.of("v0", "v1", "v2", "v3", "v4")));
        List<SimEvent.Slashed> slashed = events(step, SimEvent.Slashed.class);
        assertThat(slashed).hasSize(5).allSatisfy(s -> assertThat(s.value()).isCloseTo(0.225, within(1e-12)));
        assertThat(slashed.get(0).because()).contains("k = 5", "n = 100", "2.25%");
        assertThat(events(step, SimEvent.Chilled.class)).hasSize(5);
    }

    @Test
    void polkadotInvalidBackingCostsEverythingAndDowntimeNothing() {
        Network net = Nets.network().validator("v4", 50).validator("v5", 50).validator("v6", 50)
                .chain("relay", RELAY, 1, 1).chain("para-7", PARACHAIN, 1, 1, "relay")
                .pooled("relay", "v4", "v5", "v6").build();
        SimStep invalid = faultStep(net, new Fault.InvalidBlock("para-7", List.of("v4", "v5")));
        assertThat(events(invalid, SimEvent.Slashed.class)).extracting(SimEvent.Slashed::value).containsExactly(50.0, 50.0);
        assertThat(invalid.state().removedValidators()).containsExactly("v4", "v5");

        SimStep offline = faultStep(net, new Fault.Downtime("para-7", List.of("v6")));
        assertThat(events(offline, SimEvent.Slashed.class)).isEmpty();
        assertThat(events(offline, SimEvent.Unpunished.class).get(0).because()).contains("im-online");
        assertThat(offline.state().removedValidators()).isEmpty();
    }

    @Test
    void ethereumCorrelationPenaltyWithTenPercentSlashed() {
        Nets n = Nets.network().chain("eth", L1, 1, 1);
        for (int i = 0; i < 10; i++) {
            n.validator("v" + i, 32).pooled("eth", "v" + i);
        }
        SimStep step = faultStep(n.build(), new Fault.DoubleSign("eth", List.of("v0")));
        double expected = 32 * (1.0 / 4096 + 0.3);
        assertThat(events(step, SimEvent.Slashed.class).get(0).value()).isCloseTo(expected, within(1e-9));
        assertThat(events(step, SimEvent.Ejected.class)).hasSize(1);
    }

    @Test
    void ethereumWindowCountsEveryDoubleSignOfTheScenario() {
        Nets n = Nets.network().chain("eth", L1, 1, 1);
        for (int i = 0; i < 10; i++) {
            n.validator("v" + i, 32).pooled("eth", "v" + i);
        }
        Scenario s = Scenario.of("two", List.of(new Fault.DoubleSign("eth", List.of("v0")),
                new Fault.DoubleSign("eth", List.of("v1", "v2"))));
        SimTrace trace = Simulation.runAll(n.build(), s, new BruteForceFinder());
        // S/T = 3/10 → min(0.9, 1) + 1/4096 for all three offenders
        assertThat(trace.lossByValidator().get("v0")).isCloseTo(32 * (0.9 + 1.0 / 4096), within(1e-9));
        assertThat(trace.lossByValidator().get("v2")).isCloseTo(32 * (0.9 + 1.0 / 4096), within(1e-9));
    }

    @Test
    void elip002UniqueStakeSlashLeavesOtherAllocationsUnchanged() {
        Network net = Nets.network().asset("EIGEN", 2.0).validator("op", 200, "EIGEN", null)
                .chain("eth", L1, 1, 1).chain("avs-1", dev.sse.model.network.ChainKind.AVS, 1, 1, "eth")
                .chain("avs-2", dev.sse.model.network.ChainKind.AVS, 1, 1, "eth")
                .chain("eigenda", dev.sse.model.network.ChainKind.AVS, 1, 1, "eth")
                .unique("op", "avs-1", 40).unique("op", "avs-2", 50).unique("op", "eigenda", 40).build();
        SimStep step = faultStep(net, new Fault.Slash("avs-1", List.of("op"), 0.5));
        Network after = step.state().network();
        assertThat(after.validator("op").orElseThrow().stake()).isEqualTo(180);
        assertThat(after.allocationsOf("op")).extracting(a -> a.amount().getAsDouble()).containsExactly(20.0, 50.0, 40.0);
        SimEvent.Slashed s = events(step, SimEvent.Slashed.class).get(0);
        assertThat(s.stake()).isEqualTo(20);
        assertThat(s.value()).isEqualTo(40); // value units: 20 EIGEN × 2
        assertThat(s.because()).contains("unique allocation", "ELIP-002");
        assertThat(step.state().removedValidators()).isEmpty();
    }

    @Test
    void pooledAvsSlashTakesTheStakeAndShrinksExplicitAllocations() {
        Network net = Nets.network().validator("op", 200).chain("eth", L1, 1, 1)
                .chain("avs-1", dev.sse.model.network.ChainKind.AVS, 1, 1, "eth")
                .chain("avs-2", dev.sse.model.network.ChainKind.AVS, 1, 1, "eth")
                .pooled("avs-1", "op").unique("op", "avs-2", 40).build();
        SimStep step = faultStep(net, new Fault.Slash("avs-1", List.of("op"), 0.5));
        assertThat(step.state().network().validator("op").orElseThrow().stake()).isEqualTo(100);
        assertThat(step.state().network().allocationsOf("op").get(1).amount().getAsDouble()).isEqualTo(20);
    }

    @Test
    void genericServiceTakesTheWholeStake() {
        Network net = Nets.network().validator("a", 7).validator("b", 7).chain("svc", SERVICE, 1, 1)
                .pooled("svc", "a", "b").build();
        SimStep step = faultStep(net, new Fault.DoubleSign("svc", List.of("a")));
        assertThat(events(step, SimEvent.Slashed.class).get(0).value()).isEqualTo(7);
        assertThat(events(step, SimEvent.Ejected.class)).hasSize(1);
    }

    @Test
    void priceShockRevaluesStakeWithoutSlashing() {
        Network net = Nets.network().asset("ETH", 3000).validator("a", 10, "ETH", null).validator("b", 1)
                .chain("eth", L1, 1, 1).pooled("eth", "a", "b").build();
        SimStep step = faultStep(net, new Fault.PriceShock("ETH", 0.2));
        SimEvent.PriceChanged p = events(step, SimEvent.PriceChanged.class).get(0);
        assertThat(p.newPrice()).isCloseTo(2400, within(1e-9));
        assertThat(p.valueLost()).isCloseTo(6000, within(1e-6));
        assertThat(step.state().network().totalValue()).isCloseTo(24001, within(1e-6));
        assertThat(p.because()).contains("ETH fell 20%", "3,000 → 2,400");
    }

    @Test
    void providerFailureFellsEveryDependantAtOnce() {
        Network net = Nets.network().validator("v", 1).chain("hub", PROVIDER, HUGE, 1)
                .chain("neutron", CONSUMER, 1, 1, "hub").chain("stride", CONSUMER, 1, 1, "hub")
                .chain("other", SERVICE, 1, 1).pooled("hub", "v").pooled("other", "v").build();
        SimStep step = faultStep(net, new Fault.ProviderFailure("hub"));
        assertThat(step.state().fallenChains()).containsExactly("hub", "neutron", "stride");
        assertThat(events(step, SimEvent.ChainFell.class)).extracting(SimEvent.ChainFell::dependsOn)
                .containsExactly("hub", "hub");
    }

    @Test
    void keyCompromiseShocksEveryValidatorOfTheOperator() {
        Network net = Nets.network().validator("a", 5, null, "org-1").validator("b", 6, null, "org-1")
                .validator("c", 7, null, "org-2").chain("svc", SERVICE, 1, 1).pooled("svc", "a", "b", "c").build();
        SimStep step = faultStep(net, new Fault.KeyCompromise("org-1"));
        assertThat(events(step, SimEvent.Shocked.class)).extracting(SimEvent.Shocked::value).containsExactly(5.0, 6.0);
        assertThat(step.state().removedValidators()).containsExactly("a", "b");
    }

    @Test
    void offendersAlreadyOutAreNotPunishedAgain() {
        Scenario s = Scenario.of("t", List.of(new Fault.Downtime("hub", List.of("v1")),
                new Fault.DoubleSign("hub", List.of("v1", "v2"))));
        Simulation sim = Simulation.start(cosmos(Map.of()), s, new BruteForceFinder());
        sim.step();
        SimStep second = sim.step();
        assertThat(events(second, SimEvent.Slashed.class)).extracting(SimEvent.Slashed::validator).containsExactly("v2");
        assertThat(events(second, SimEvent.Unpunished.class).get(0).validators()).containsExactly("v1");
    }
}
