package dev.sse.model.simulation;

import dev.sse.model.simulation.event.SimEvent;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The immutable, explained record of a simulation: the steps so far (all of them after
 * {@link Simulation#runAll}) and summaries derived from their events. Money is in value units at the
 * price in force when each loss happened.
 *
 * @param scenarioName the scenario's name
 * @param policy       the cascade policy used
 * @param seed         the scenario's seed
 * @param initial      the state before anything happened
 * @param steps        the steps, in order
 */
public record SimTrace(String scenarioName, CascadePolicy policy, long seed, SimState initial, List<SimStep> steps) {

    public SimTrace {
        steps = List.copyOf(steps);
    }

    /** Every event, in order. */
    public List<SimEvent> events() {
        List<SimEvent> all = new ArrayList<>();
        steps.forEach(s -> all.addAll(s.events()));
        return Collections.unmodifiableList(all);
    }

    /** The cascade's attacks, one per round, in order. */
    public List<SimEvent.Attack> attacks() {
        return events().stream().filter(SimEvent.Attack.class::isInstance).map(SimEvent.Attack.class::cast).toList();
    }

    /** True when the cascade has ended (the last event is {@link SimEvent.CascadeEnded}). */
    public boolean isComplete() {
        List<SimEvent> all = events();
        return !all.isEmpty() && all.get(all.size() - 1) instanceof SimEvent.CascadeEnded;
    }

    /** The state after the last injected fault: the "shocked network" G↓D the cascade starts from. */
    public SimState afterFaults() {
        SimState s = initial;
        for (SimStep step : steps) {
            if (step.round() > 0) {
                break;
            }
            s = step.state();
        }
        return s;
    }

    /** The state after the last step. */
    public SimState finalState() {
        return steps.isEmpty() ? initial : steps.get(steps.size() - 1).state();
    }

    /** Value lost per validator (slashes, shocks and attacks together), in order of first loss. */
    public Map<String, Double> lossByValidator() {
        return losses(true);
    }

    /** Stake lost per validator in its asset's units, in order of first loss. */
    public Map<String, Double> stakeLostByValidator() {
        return losses(false);
    }

    /** Total value lost: Σ {@link #lossByValidator()}. */
    public double lostValue() {
        return lossByValidator().values().stream().mapToDouble(Double::doubleValue).sum();
    }

    /** {@link #lostValue()} / σ(V) before anything happened (0 for an empty network). */
    public double lostFraction() {
        double total = initial.network().totalValue();
        return total > 0 ? lostValue() / total : 0;
    }

    /**
     * Value stolen per exploited bridge (fault {@code bridge-exploit}), in order. Not stake: it is not part of
     * {@link #lostValue()}.
     */
    public Map<String, Double> stolenByBridge() {
        Map<String, Double> stolen = new LinkedHashMap<>();
        for (SimEvent e : events()) {
            if (e instanceof SimEvent.BridgeExploited b && b.value() > 0) {
                stolen.merge(b.bridge(), b.value(), Double::sum);
            }
        }
        return Collections.unmodifiableMap(stolen);
    }

    /** Chains corrupted by cascade attacks, in order. */
    public List<String> compromisedChains() {
        return List.copyOf(finalState().compromisedChains());
    }

    /** Chains down for any reason, in order of falling. */
    public List<String> fallenChains() {
        return List.copyOf(finalState().fallenChains());
    }

    private Map<String, Double> losses(boolean value) {
        Map<String, Double> lost = new LinkedHashMap<>();
        for (SimEvent e : events()) {
            if (e instanceof SimEvent.Shocked s) {
                lost.merge(s.validator(), value ? s.value() : s.stake(), Double::sum);
            } else if (e instanceof SimEvent.Slashed s) {
                lost.merge(s.validator(), value ? s.value() : s.stake(), Double::sum);
            }
        }
        return Collections.unmodifiableMap(lost);
    }
}
