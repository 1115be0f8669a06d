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

    /**
     * {@code "compare"}: opens the comparison view, the tour's network on the left and {@code with} on the
     * right (a bundled sample id, or a variant of the left: {@code isolate}, {@code pool}, {@code unique}),
     * both running the stored scenario {@code scenario} (null: no faults).
     */
    record Compare(String with, String scenario) implements TourAction {

        /** What the right side is when a step does not say: the same network with every consumer isolated. */
        public static final String DEFAULT_WITH = "isolate";

        public Compare {
            with = with == null ? DEFAULT_WITH : with;
        }
    }
}
