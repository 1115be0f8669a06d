package dev.sse.model.simulation;

import dev.sse.model.network.Network;
import dev.sse.model.simulation.event.SimEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Runs a scenario on a network step by step, in the shape of Gephi's {@code Layout}: {@link #start},
 * then {@link #step()} while {@code !}{@link #isDone()}. A step is one injected fault (round 0, in scenario
 * order) or one cascade round (rounds 1, 2, …); the last step is the round that finds no attack left and
 * ends with {@link SimEvent.CascadeEnded}. The GUI can pause (stop calling {@code step}), single-step or
 * cancel (drop the object) at any point; every step does a bounded amount of work: one fault, or one call of
 * the {@link CascadeAttackFinder} plus O(V + C + A) to publish the frame.
 *
 * <p>Cascade semantics (Durvasula–Roughgarden): removed validators stay removed, a corrupted or halted chain is
 * never attacked again, attackers burn their whole stake, and a chain falls with everything it secures. The
 * cascade ends after at most one round per chain, since each attack corrupts at least one standing chain.
 *
 * <p>Determinism: the same network, scenario (seed included) and a deterministic finder give an identical
 * trace; the seed is only used by {@code "shock"} faults with a {@code "budget"} (see {@link RandomShockDraw}).
 * Not thread-safe: drive one simulation from one thread (e.g. the GUI's background executor) and publish the
 * immutable {@link SimStep}s.
 */
public final class Simulation {

    private final Scenario scenario;
    private final LiveState state;
    private final FaultApplier faults;
    private final CascadeRound cascade;
    private final SimState initial;
    private final List<SimStep> steps = new ArrayList<>();
    private int nextFault;
    private int round;
    private boolean done;

    private Simulation(Network network, Scenario scenario, CascadeAttackFinder finder) {
        this.scenario = scenario;
        this.state = new LiveState(network);
        this.initial = state.frame();
        this.faults = new FaultApplier(state, scenario, finder);
        this.cascade = new CascadeRound(state, finder, scenario.policy());
    }

    /**
     * Prepares a run; nothing is applied until the first {@link #step()}.
     *
     * @throws IllegalArgumentException if the scenario names ids the network lacks or has numbers out of range
     *                                  ({@link Scenario#validateAgainst})
     */
    public static Simulation start(Network network, Scenario scenario, CascadeAttackFinder finder) {
        Objects.requireNonNull(network, "network");
        Objects.requireNonNull(finder, "finder");
        List<ScenarioIssue> issues = scenario.validateAgainst(network);
        if (!issues.isEmpty()) {
            throw new IllegalArgumentException("scenario '" + scenario.name() + "' does not fit network '"
                    + network.name() + "': " + issues.stream().map(ScenarioIssue::toString).collect(Collectors.joining("; ")));
        }
        return new Simulation(network, scenario, finder);
    }

    /** Runs a whole simulation and returns its trace. */
    public static SimTrace runAll(Network network, Scenario scenario, CascadeAttackFinder finder) {
        Simulation sim = start(network, scenario, finder);
        while (!sim.isDone()) {
            sim.step();
        }
        return sim.trace();
    }

    /** True once the cascade has ended; {@link #step()} may not be called any more. */
    public boolean isDone() {
        return done;
    }

    /**
     * Applies the next fault or runs the next cascade round.
     *
     * @throws IllegalStateException when already done, or when the finder returns an attack on a fallen chain
     *                               or with a removed validator
     */
    public SimStep step() {
        if (done) {
            throw new IllegalStateException("the simulation has ended");
        }
        List<SimEvent> events;
        int stepRound;
        if (nextFault < scenario.faults().size()) {
            events = faults.apply(nextFault, scenario.faults().size(), scenario.faults().get(nextFault));
            nextFault++;
            stepRound = 0;
        } else {
            events = new ArrayList<>();
            stepRound = ++round;
            done = !cascade.run(round, events);
        }
        SimStep step = new SimStep(steps.size(), stepRound, events, state.frame());
        steps.add(step);
        return step;
    }

    /** The state before anything happened. */
    public SimState initialState() {
        return initial;
    }

    /** The state after the last step (the initial state before the first). */
    public SimState state() {
        return steps.isEmpty() ? initial : steps.get(steps.size() - 1).state();
    }

    /** The steps so far. */
    public List<SimStep> steps() {
        return List.copyOf(steps);
    }

    /** The trace so far (complete once {@link #isDone()}). */
    public SimTrace trace() {
        return new SimTrace(scenario.name(), scenario.policy(), scenario.seed(), initial, steps);
    }

    public Scenario scenario() {
        return scenario;
    }
}
