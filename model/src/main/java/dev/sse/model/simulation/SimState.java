package dev.sse.model.simulation;

import dev.sse.model.network.Network;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * One frame of a simulation: the network after a step (stakes slashed, prices changed; removed validators
 * are still listed, with whatever stake they have left) and the sets that describe who is out.
 *
 * @param network            immutable network after the step
 * @param removedValidators  validators out of every set (jailed, tombstoned, chilled, exited, shocked,
 *                           attackers), in order of removal
 * @param fallenChains       chains that are down for any reason (attacked, halted, or secured by a fallen chain),
 *                           in order of falling
 * @param compromisedChains  the subset of fallen chains corrupted by a cascade attack
 */
public record SimState(Network network, Set<String> removedValidators, Set<String> fallenChains,
                       Set<String> compromisedChains) {

    public SimState {
        removedValidators = Collections.unmodifiableSet(new LinkedHashSet<>(removedValidators));
        fallenChains = Collections.unmodifiableSet(new LinkedHashSet<>(fallenChains));
        compromisedChains = Collections.unmodifiableSet(new LinkedHashSet<>(compromisedChains));
    }
}
