package dev.sse.model.simulation;

import dev.sse.model.network.FileName;
import java.util.Optional;

/**
 * How a cascade round chooses its attack (domain.md §8 step 6). Any choice is a legal
 * Durvasula–Roughgarden cascade; by their Corollary 1 the worst-case loss does not depend on it,
 * but the story told round by round does. Named in scenario files and on the command line by {@link FileName}.
 */
public enum CascadePolicy implements FileName {

    /**
     * Each round takes the analysis' best attack: the valid attack maximising π(A) − σ(B); ties →
     * smaller σ(B) → lexicographically smaller sorted chain ids, then validator ids.
     */
    GREEDY,

    /**
     * Each round attacks one chain alone: the first chain by id that one cheapest coalition of its own
     * validators can profitably attack; ties in cost → lexicographically smaller sorted validator ids.
     */
    MYOPIC;

    /** Parses {@code "greedy"} or {@code "myopic"} (exact, lower case); empty otherwise. */
    public static Optional<CascadePolicy> fromJson(String name) {
        return FileName.parse(CascadePolicy.class, name);
    }
}
