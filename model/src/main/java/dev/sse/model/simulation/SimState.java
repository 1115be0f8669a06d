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

    /**
     * The network as it stands after this step, to analyse it (issue #18.4: the verdict during playback): a
     * removed validator secures nothing any more, so its allocations are dropped; it stays listed with the stake it
     * has left, and everything else is {@link #network()} as it is. (A chain that loses every allocation of its own
     * this way is analysed like a chain that never had any.) The same network when nobody was removed.
     */
    public Network standing() {
        if (removedValidators.isEmpty()) {
            return network;
        }
        java.util.List<dev.sse.model.network.Allocation> kept = network.allocations().stream()
                .filter(a -> !removedValidators.contains(a.validator())).toList();
        return network.toBuilder().allocations(kept).build();
    }
}
