package dev.sse.model.simulation;

import dev.sse.model.network.Network;
import dev.sse.model.simulation.fault.Fault;
import java.util.List;
import java.util.Objects;

/**
 * A what-if scenario: faults injected in order, then the restaking cascade under {@code policy}
 * (docs/scenario-format.md). Same network + scenario (including the seed) → identical trace.
 *
 * @param name   a label for reports (the file name, or the key in a network file's {@code scenarios})
 * @param faults faults in application order
 * @param policy how cascade rounds pick their attack
 * @param seed   seed for the only random choice, a {@link Fault.RandomShock}'s draw; recorded in traces
 */
public record Scenario(String name, List<Fault> faults, CascadePolicy policy, long seed) {

    /** Seed used when a scenario gives none. */
    public static final long DEFAULT_SEED = 0L;

    public Scenario {
        name = Objects.requireNonNullElse(name, "scenario");
        faults = List.copyOf(faults);
        policy = Objects.requireNonNullElse(policy, CascadePolicy.GREEDY);
    }

    /** A greedy scenario with the default seed. */
    public static Scenario of(String name, List<Fault> faults) {
        return new Scenario(name, faults, CascadePolicy.GREEDY, DEFAULT_SEED);
    }

    /** The DR experiment: shock these validators, then cascade greedily. */
    public static Scenario shock(List<String> validators) {
        return of("shock " + String.join(",", validators), List.of(new Fault.Shock(validators)));
    }

    public Scenario withPolicy(CascadePolicy newPolicy) {
        return new Scenario(name, faults, newPolicy, seed);
    }

    public Scenario withSeed(long newSeed) {
        return new Scenario(name, faults, policy, newSeed);
    }

    /**
     * Checks the scenario against a network: every chain, validator, operator and asset it names must exist,
     * and fractions must lie in their ranges. Empty when the scenario can run on {@code network}.
     */
    public List<ScenarioIssue> validateAgainst(Network network) {
        return ScenarioValidator.validate(this, network);
    }
}
