package dev.sse.model.montecarlo;

import java.util.List;

/**
 * One draw of a Monte Carlo run.
 *
 * @param index        draw number i (0-based)
 * @param seed         its seed, {@link DrawSeeds#of}(s, i): the seed of its scenario
 * @param loss         value lost
 * @param lossFraction loss / σ(V) before anything happened
 * @param depth        cascade attack rounds
 * @param proven       of those, the rounds whose attack the finder proved best
 * @param fallen       chains down at the end, in network order
 * @param compromised  chains corrupted by an attack, in network order
 */
public record DrawOutcome(int index, long seed, double loss, double lossFraction, int depth, int proven,
                          List<String> fallen, List<String> compromised) {

    public DrawOutcome {
        fallen = List.copyOf(fallen);
        compromised = List.copyOf(compromised);
    }
}
