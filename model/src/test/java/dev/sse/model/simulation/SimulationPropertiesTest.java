package dev.sse.model.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sse.model.io.json.TraceJsonWriter;
import dev.sse.model.network.Allocation;
import dev.sse.model.network.Network;
import dev.sse.model.network.Validator;
import dev.sse.model.simulation.event.SimEvent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * The laws of the simulation engine on thousands of small random networks and scenarios
 * ({@link RandomCases}), with the exact test finder.
 */
class SimulationPropertiesTest {

    private static final BruteForceFinder FINDER = new BruteForceFinder();

    @Provide
    Arbitrary<RandomCases.Case> mixed() {
        return Arbitraries.longs().map(RandomCases::mixed);
    }

    @Provide
    Arbitrary<RandomCases.Case> shocks() {
        return Arbitraries.longs().map(RandomCases::shockOnly);
    }

    private static SimTrace run(RandomCases.Case c) {
        return Simulation.runAll(c.network(), c.scenario(), FINDER);
    }

    @Property(tries = 3000)
    void stakeIsConserved(@ForAll("mixed") RandomCases.Case c) {
        SimTrace t = run(c);
        Network after = t.finalState().network();
        Map<String, Double> lost = t.stakeLostByValidator();
        for (Validator before : c.network().validators()) {
            double now = after.validator(before.id()).orElseThrow().stake();
            assertThat(now + lost.getOrDefault(before.id(), 0.0))
                    .as("stake of %s", before.id()).isCloseTo(before.stake(), org.assertj.core.api.Assertions.within(1e-9 * before.stake()));
        }
        if (c.scenario().faults().stream().noneMatch(f -> f.type().equals("price-shock"))) {
            assertThat(after.totalValue() + t.lostValue())
                    .isCloseTo(c.network().totalValue(), org.assertj.core.api.Assertions.within(1e-9 * c.network().totalValue()));
        }
    }

    @Property(tries = 3000)
    void noStakeOrAllocationGoesNegative(@ForAll("mixed") RandomCases.Case c) {
        for (SimStep step : run(c).steps()) {
            Network net = step.state().network();
            for (Validator v : net.validators()) {
                assertThat(v.stake()).isGreaterThanOrEqualTo(0);
            }
            for (Allocation a : net.allocations()) {
                double stake = net.validator(a.validator()).orElseThrow().stake();
                assertThat(a.amountOr(stake)).isBetween(0.0, stake + 1e-9 * Math.max(1, stake));
            }
        }
    }

    @Property(tries = 3000)
    void aValidatorLosesStakeAtMostOncePerFaultAndPerRound(@ForAll("mixed") RandomCases.Case c) {
        for (SimStep step : run(c).steps()) {
            Set<String> hit = new HashSet<>();
            for (SimEvent e : step.events()) {
                String v = e instanceof SimEvent.Slashed s ? s.validator() : e instanceof SimEvent.Shocked s ? s.validator() : null;
                if (v != null) {
                    assertThat(hit.add(v)).as("%s punished twice in step %s", v, step.index()).isTrue();
                }
            }
        }
    }

    @Property(tries = 3000)
    void theUnionOfACascadeIsOneValidAttackOnTheShockedNetwork(@ForAll("mixed") RandomCases.Case c) {
        SimTrace t = run(c);
        Statistics.label("attack rounds").collect(Math.min(t.attacks().size(), 3));
        Set<String> chains = new LinkedHashSet<>();
        Set<String> validators = new LinkedHashSet<>();
        for (SimEvent.Attack a : t.attacks()) {
            for (String chain : a.chains()) {
                assertThat(chains.add(chain)).as("%s attacked twice", chain).isTrue();
            }
            validators.addAll(a.validators());
        }
        if (!chains.isEmpty()) {
            assertThat(DrChecks.isValidAttack(t.afterFaults(), chains, validators))
                    .as("union (%s, %s) on the shocked network", chains, validators).isTrue();
        }
        assertThat(t.isComplete()).isTrue();
    }

    @Property(tries = 2000)
    void betweenFinderCallsOnlyTheRemovedFallenAndLastAttackersChange(@ForAll("mixed") RandomCases.Case c) {
        List<Network> seen = new ArrayList<>();
        List<Set<String>> removedSeen = new ArrayList<>();
        List<Set<String>> attackersSeen = new ArrayList<>();
        CascadeAttackFinder recording = (net, removed, fallen, policy) -> {
            seen.add(net);
            removedSeen.add(Set.copyOf(removed));
            var found = FINDER.find(net, removed, fallen, policy);
            attackersSeen.add(found.map(a -> Set.copyOf(a.validators())).orElse(Set.of()));
            return found;
        };
        Simulation.runAll(c.network(), c.scenario(), recording);
        for (int i = 1; i < seen.size(); i++) {
            Network before = seen.get(i - 1);
            Network after = seen.get(i);
            assertThat(after.assets()).isEqualTo(before.assets());
            assertThat(after.chains()).isEqualTo(before.chains());
            assertThat(removedSeen.get(i)).containsAll(removedSeen.get(i - 1));
            for (Validator v : after.validators()) {
                // attackers of the previous round lose what they put at risk there (unique stake keeps the rest)
                if (!removedSeen.get(i).contains(v.id()) && !attackersSeen.get(i - 1).contains(v.id())) {
                    assertThat(v).isEqualTo(before.validator(v.id()).orElseThrow());
                    assertThat(after.allocationsOf(v.id())).isEqualTo(before.allocationsOf(v.id()));
                }
            }
        }
    }

    @Property(tries = 2000)
    void replayWithTheSameSeedIsIdentical(@ForAll("mixed") RandomCases.Case c) {
        SimTrace first = run(c);
        SimTrace second = run(c);
        assertThat(second).isEqualTo(first);
        assertThat(TraceJsonWriter.write(second)).isEqualTo(TraceJsonWriter.write(first));
    }

    @Property(tries = 1500)
    void neverLosesMoreThanTheWorstCaseForTheShockBudget(@ForAll("shocks") RandomCases.Case c) {
        SimTrace t = run(c);
        Map<String, Double> shocked = new HashMap<>();
        t.events().stream().filter(SimEvent.Shocked.class::isInstance).map(SimEvent.Shocked.class::cast)
                .forEach(s -> shocked.merge(s.validator(), s.value(), Double::sum));
        double budget = shocked.values().stream().mapToDouble(Double::doubleValue).sum();
        double worst = DrChecks.worstCaseLoss(c.network(), budget);
        Statistics.label("loss vs worst case").collect(t.lostValue() >= worst * (1 - 1e-9) ? "reaches it" : "below it");
        assertThat(t.lostValue()).isLessThanOrEqualTo(worst * (1 + 1e-9) + 1e-9);
    }
}
