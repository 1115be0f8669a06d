package dev.sse.model.compare;

import dev.sse.model.network.Network;
import dev.sse.model.simulation.Scenario;
import dev.sse.model.simulation.ScenarioIssue;
import dev.sse.model.simulation.fault.Fault;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs one scenario on two different networks: the faults that name ids a network lacks are left out there
 * (and reported), the rest keep their order, policy and seed. A random shock, a price shock of a shared asset or
 * a key compromise of a shared operator fits both sides of most pairs.
 */
public final class ScenarioFit {

    private ScenarioFit() {
    }

    /**
     * A scenario cut to fit one network.
     *
     * @param scenario the faults that fit, in order
     * @param skipped  one line per left-out fault: its description and the first problem
     */
    public record Fitted(Scenario scenario, List<String> skipped) {
        public Fitted {
            skipped = List.copyOf(skipped);
        }
    }

    public static Fitted fit(Scenario scenario, Network network) {
        List<Fault> kept = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (Fault f : scenario.faults()) {
            List<ScenarioIssue> issues = Scenario.of(scenario.name(), List.of(f)).validateAgainst(network);
            if (issues.isEmpty()) {
                kept.add(f);
            } else {
                skipped.add(f.describe(network) + ": " + issues.get(0).message());
            }
        }
        return new Fitted(new Scenario(scenario.name(), kept, scenario.policy(), scenario.seed()), skipped);
    }
}
