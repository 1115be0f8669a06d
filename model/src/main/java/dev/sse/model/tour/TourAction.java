package dev.sse.model.tour;

import dev.sse.model.simulation.fault.Fault;

/** What a tour step does: one record per {@code "do"} of the tour format (docs/scenario-format.md). */
public sealed interface TourAction {

    /** Nothing: the step only talks, frames and highlights. */
    record None() implements TourAction {
    }

    /** {@code "inject"}: adds a fault to the scenario (one undoable step in the GUI). */
    record Inject(Fault fault) implements TourAction {
    }

    /** {@code "play"}: plays the cascade up to the end of {@code round} (0 = the faults; -1 = to the end) and pauses. */
    record Play(int round) implements TourAction {
    }

    /** {@code "compare"}: switches to the comparison view, when the explorer has one. */
    record Compare() implements TourAction {
    }
}
