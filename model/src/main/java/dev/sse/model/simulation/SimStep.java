package dev.sse.model.simulation;

import dev.sse.model.simulation.event.SimEvent;
import java.util.List;

/**
 * One step of a simulation: one injected fault (round 0) or one cascade round (round ≥ 1), its events
 * in order, and the state after it.
 *
 * @param index  0-based position in the trace
 * @param round  0 for faults, t for the t-th cascade round
 * @param events what happened, in order, each explained
 * @param state  the frame after this step
 */
public record SimStep(int index, int round, List<SimEvent> events, SimState state) {

    public SimStep {
        events = List.copyOf(events);
    }
}
