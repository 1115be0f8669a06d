package dev.sse.model.simulation;

import static dev.sse.model.network.ChainKind.CONSUMER;
import static dev.sse.model.network.ChainKind.PROVIDER;
import static dev.sse.model.network.ChainKind.SERVICE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.sse.model.network.Network;
import dev.sse.model.simulation.event.SimEvent;
import dev.sse.model.simulation.fault.Fault;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Cascade rounds, policies and the stepper. */
class CascadeTest {

    private final BruteForceFinder finder = new BruteForceFinder();

    @Test
    void theorem2SmallShockLosesEverything() {
        // DR Theorem 2 with ε = 0.1: x secured by a (0.1) and b (0.9), π = 1, α = 1
        Network net = Nets.network().validator("a", 0.1).validator("b", 0.9).chain("x", SERVICE, 1, 1)
                .pooled("x", "a", "b").build();
        SimTrace trace = Simulation.runAll(net, Scenario.shock(List.of("a")), finder);
        assertThat(trace.attacks()).singleElement().satisfies(a -> {
            assertThat(a.chains()).containsExactly("x");
            assertThat(a.validators()).containsExactly("b");
            assertThat(a.cost()).isCloseTo(0.9, within(1e-12));
            assertThat(a.profit()).isEqualTo(1);
        });
        assertThat(trace.lostFraction()).isCloseTo(1.0, within(1e-12));
        assertThat(trace.isComplete()).isTrue();
        assertThat(trace.events().get(trace.events().size() - 1).round()).isEqualTo(2);
    }

    @Test
    void aCompromisedProviderTakesItsConsumersDown() {
        Network net = Nets.network().validator("v1", 3).validator("v2", 3).validator("v3", 3)
                .chain("hub", PROVIDER, 10, 2.0 / 3).chain("neutron", CONSUMER, 0, 2.0 / 3, "hub")
                .pooled("hub", "v1", "v2", "v3").build();
        SimTrace trace = Simulation.runAll(net, Scenario.of("none", List.of()), finder);
        assertThat(trace.attacks()).singleElement().satisfies(a -> assertThat(a.chains()).containsExactly("hub"));
        assertThat(trace.compromisedChains()).containsExactly("hub");
        assertThat(trace.events()).filteredOn(SimEvent.ChainCompromised.class::isInstance).singleElement()
                .extracting(SimEvent::because).isEqualTo("hub fell: 2 validators (v1 and v2) reach its 2/3 threshold "
                        + "for 6, less than its 10 profit (this was already true before any fault).");
        assertThat(trace.fallenChains()).containsExactly("hub", "neutron");
        assertThat(trace.events()).filteredOn(SimEvent.ChainFell.class::isInstance).singleElement()
                .satisfies(e -> assertThat(e.because()).contains("secured by hub", "corrupted"));
    }

    @Test
    void aChainWithEveryValidatorGoneFallsForFree() {
        Network net = Nets.network().validator("v1", 5).validator("v2", 5).chain("svc", SERVICE, 3, 2.0 / 3)
                .chain("other", SERVICE, 1, 1).pooled("svc", "v1").pooled("other", "v1", "v2").build();
        SimTrace trace = Simulation.runAll(net, Scenario.shock(List.of("v1")), finder);
        SimEvent.Attack attack = trace.attacks().get(0);
        assertThat(attack.validators()).isEmpty();
        assertThat(attack.cost()).isZero();
        assertThat(attack.because()).startsWith("Nobody secures svc");
        assertThat(trace.events()).filteredOn(SimEvent.ChainCompromised.class::isInstance).first()
                .satisfies(e -> assertThat(e.because()).contains("every validator securing it is gone (v1 was shocked)"));
    }

    @Test
    void explainsAFallInTermsOfTheLostSecuringStake() {
        double m = 1e6;
        Network net = Nets.network().validator("v1", m).validator("v2", m).validator("v3", 2 * m)
                .validator("v4", 2 * m).validator("v5", 100 * m)
                .chain("hub", PROVIDER, 1, 2.0 / 3).chain("neutron", CONSUMER, 5 * m, 2.0 / 3, "hub")
                .pooled("hub", "v1", "v2", "v3", "v4", "v5").pooled("neutron", "v1", "v2", "v3", "v4").build();
        // v3 holds exactly 1/3 of neutron's power: jailed, not a halt (v3 and v4 together would halt neutron)
        SimTrace trace = Simulation.runAll(net, Scenario.of("jail",
                List.of(new Fault.Downtime("neutron", List.of("v3")))), finder);
        assertThat(trace.events()).filteredOn(SimEvent.ChainCompromised.class::isInstance).singleElement()
                .extracting(SimEvent::because).isEqualTo("neutron fell: its securing stake dropped to 66.7% of what it "
                        + "was after v3 was jailed, so 2 validators (v1 and v4) now reach its 2/3 threshold "
                        + "for 3 M, less than its 5 M profit.");
    }

    @Test
    void greedyTakesOneBigAttackWhereMyopicTakesChainsOneByOne() {
        Network net = Nets.network().validator("a", 4).validator("b", 4).validator("c", 4)
                .chain("x", SERVICE, 10, 0.5).chain("y", SERVICE, 10, 0.5)
                .pooled("x", "a", "b").pooled("y", "a", "c").build();
        SimTrace greedy = Simulation.runAll(net, Scenario.of("g", List.of()), finder);
        assertThat(greedy.attacks()).extracting(SimEvent.Attack::chains).containsExactly(List.of("x", "y"));
        assertThat(greedy.lostValue()).isEqualTo(4);

        SimTrace myopic = Simulation.runAll(net, Scenario.of("m", List.of()).withPolicy(CascadePolicy.MYOPIC), finder);
        assertThat(myopic.attacks()).extracting(SimEvent.Attack::chains).containsExactly(List.of("x"), List.of("y"));
        assertThat(myopic.attacks()).extracting(SimEvent.Attack::validators).containsExactly(List.of("a"), List.of("c"));
        assertThat(myopic.lostValue()).isEqualTo(8);
    }

    @Test
    void stepsOneFaultOrOneRoundAtATime() {
        Network net = Nets.network().validator("a", 0.1).validator("b", 0.9).chain("x", SERVICE, 1, 1)
                .pooled("x", "a", "b").build();
        Simulation sim = Simulation.start(net, Scenario.shock(List.of("a")), finder);
        assertThat(sim.state()).isEqualTo(sim.initialState());
        SimStep fault = sim.step();
        assertThat(fault.round()).isZero();
        assertThat(fault.state().removedValidators()).containsExactly("a");
        SimStep attack = sim.step();
        assertThat(attack.round()).isEqualTo(1);
        assertThat(attack.state().compromisedChains()).containsExactly("x");
        assertThat(sim.isDone()).isFalse();
        SimStep end = sim.step();
        assertThat(end.events()).singleElement().isInstanceOf(SimEvent.CascadeEnded.class);
        assertThat(sim.isDone()).isTrue();
        assertThatThrownBy(sim::step).isInstanceOf(IllegalStateException.class);
        assertThat(sim.trace()).isEqualTo(Simulation.runAll(net, Scenario.shock(List.of("a")), finder));
        assertThat(sim.trace().afterFaults()).isEqualTo(fault.state());
    }

    @Test
    void rejectsAFinderThatAttacksAFallenChain() {
        Network net = Nets.network().validator("a", 1).chain("x", SERVICE, 1, 1).pooled("x", "a").build();
        CascadeAttackFinder broken = (n, removed, fallen, p) -> Optional.of(new FoundAttack(List.of("x"), List.of(), 0, 1));
        Simulation sim = Simulation.start(net, Scenario.of("halt", List.of(new Fault.ProviderFailure("x"))), broken);
        sim.step();
        assertThatThrownBy(sim::step).isInstanceOf(IllegalStateException.class).hasMessageContaining("already fallen");
    }

    @Test
    void rejectsAScenarioThatDoesNotFitTheNetwork() {
        Network net = Nets.network().validator("a", 1).chain("x", SERVICE, 1, 1).build();
        assertThatThrownBy(() -> Simulation.start(net, Scenario.shock(List.of("zz")), finder))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("$.faults[0].validators[0]");
    }

    @Test
    void randomShockIsSeededAndStaysWithinItsBudget() {
        Nets n = Nets.network().chain("x", SERVICE, 1, 1);
        for (int i = 0; i < 20; i++) {
            n.validator("v" + i, 1 + i).pooled("x", "v" + i);
        }
        Network net = n.build();
        Scenario s = new Scenario("r", List.of(new Fault.RandomShock(0.25)), CascadePolicy.GREEDY, 7);
        SimTrace first = Simulation.runAll(net, s, finder);
        assertThat(first).isEqualTo(Simulation.runAll(net, s, finder));
        assertThat(first.lostValue()).isPositive().isLessThanOrEqualTo(0.25 * net.totalValue());
        SimTrace other = Simulation.runAll(net, s.withSeed(8), finder);
        assertThat(other.afterFaults().removedValidators()).isNotEqualTo(first.afterFaults().removedValidators());
    }
}
