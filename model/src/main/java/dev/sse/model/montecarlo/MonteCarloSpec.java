package dev.sse.model.montecarlo;

import dev.sse.model.network.Network;
import dev.sse.model.simulation.Scenario;
import dev.sse.model.simulation.fault.Fault;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * A Monte Carlo run (issue 24): N draws of the shock models on top of a base scenario, seeded with s. Draw i
 * is the scenario {@link #draw}: the base scenario's faults, then the faults the models drew with the seed
 * {@link DrawSeeds#of}(s, i); it runs through the ordinary simulation and can be saved and replayed as it is.
 *
 * @param base   fixed faults applied in every draw first (may be none), and the cascade policy
 * @param shocks the random shock models, sampled in this order
 * @param draws  N ≥ 1
 * @param seed   s
 */
public record MonteCarloSpec(Scenario base, List<ShockModel> shocks, int draws, long seed) {

    /** Draws when neither the file nor the command line says. */
    public static final int DEFAULT_DRAWS = 1000;

    /**
     * Deterministic solve budget (units of docs/performance.md "Deterministic solves") per exact solve of a draw's
     * cascade round, in the CLI ({@code --time-limit}) and the window: a draw is one of thousands, so it gets a
     * twentieth of a unit; rounds whose attack the search did not prove best are counted ({@code provenRounds}).
     */
    public static final double DEFAULT_TIME_LIMIT = 0.05;

    /** The models used when none are given: each validator fails with probability 1%. */
    public static final List<ShockModel> DEFAULT_SHOCKS = List.of(new ShockModel.IndependentFailures(0.01));

    public MonteCarloSpec {
        Objects.requireNonNull(base, "base");
        shocks = List.copyOf(shocks);
        if (draws < 1) {
            throw new IllegalArgumentException("draws must be at least 1, got " + draws);
        }
    }

    public MonteCarloSpec withDraws(int n) {
        return new MonteCarloSpec(base, shocks, n, seed);
    }

    public MonteCarloSpec withSeed(long s) {
        return new MonteCarloSpec(base, shocks, draws, s);
    }

    /** The samplers of this spec on {@code network}, to pass to {@link #draw} for many draws. */
    public List<ShockModel.Sampler> samplers(Network network) {
        return shocks.stream().map(m -> m.sampler(network)).toList();
    }

    /** Draw {@code index} as an ordinary scenario, named {@code "<base> draw <index>"}. */
    public Scenario draw(List<ShockModel.Sampler> samplers, int index) {
        long drawSeed = DrawSeeds.of(seed, index);
        SplittableRandom random = new SplittableRandom(drawSeed);
        DrawFaults drawn = new DrawFaults();
        samplers.forEach(s -> s.draw(random, drawn));
        List<Fault> faults = new ArrayList<>(base.faults());
        faults.addAll(drawn.faults());
        return new Scenario(base.name() + " draw " + index, faults, base.policy(), drawSeed);
    }

    /** Draw {@code index} on {@code network} (prepares the samplers each call: use the other form in loops). */
    public Scenario draw(Network network, int index) {
        return draw(samplers(network), index);
    }
}
