package dev.sse.model.simulation;

import dev.sse.model.format.Screen;
import dev.sse.model.network.Chain;
import dev.sse.model.network.ChainKind;
import dev.sse.model.network.ExternalSecurity;
import dev.sse.model.simulation.event.SimEvent;
import dev.sse.model.simulation.slashing.Protocol;
import java.util.List;
import java.util.Map;

/**
 * Liveness halts (issue 19, item 4). A BFT chain (CometBFT, GRANDPA finality) needs more than 2/3 of its voting
 * power online: when validators holding more than 1/3 of it go offline together, it stops finalising blocks. The
 * chain is halted (fallen, never compromised), every chain it secures ({@code securedBy}) goes down with it, and
 * nobody is jailed or slashed for that downtime: a halted chain records no missed-block evidence and a halted ICS
 * consumer sends no slash packets.
 *
 * <p>The chain whose consensus stops is the one the fault names, except a parachain or rollup, which has no
 * consensus of its own (the relay chain's GRANDPA or L1 finalises it): then its home ({@link Protocol#home}).
 * Voting power is the finder's securing stake ({@link CascadeAttackFinder#securingStake}) of validators still in
 * the sets.
 *
 * <p>Ethereum is the documented exception: blocks keep coming while finality stops, and the inactivity leak
 * drains the offline validators' stake over the following epochs until the online ones hold 2/3 again
 * (consensus-specs phase0/altair {@code process_inactivity_updates}, {@code get_inactivity_penalty_deltas}). The
 * chain does not halt; the leak is explained, not simulated.
 */
final class Liveness {

    private final LiveState state;
    private final CascadeAttackFinder finder;

    Liveness(LiveState state, CascadeAttackFinder finder) {
        this.state = state;
        this.finder = finder;
    }

    /** True, with the events appended, when {@code offline} hold more than 1/3 of the consensus chain's power. */
    boolean halts(int round, Chain chain, List<String> offline, List<SimEvent> out) {
        Chain consensus = chain.kind() == ChainKind.CONSUMER ? chain : Protocol.home(state.initial(), chain);
        if (state.hasFallen(consensus.id())) {
            return false;
        }
        Map<String, Double> power = finder.securingStake(state.network(), state.removedView(), consensus.id());
        // stake outside the file (externalSecurity, issue 19 item 5) is online voting power too
        Chain owner = ExternalSecurity.owner(state.network(), consensus);
        double total = power.values().stream().mapToDouble(Double::doubleValue).sum()
                + (owner == null ? 0 : owner.externalSecurity().value(state.network(), owner));
        double down = offline.stream().mapToDouble(v -> power.getOrDefault(v, 0.0)).sum();
        if (total <= 0 || 3 * down <= total) {
            return false;
        }
        String share = Screen.percent(down / total) + " of " + consensus.name() + "'s voting power";
        String names = Explain.names(state.named(offline));
        if (Protocol.of(consensus) == Protocol.ETHEREUM) {
            out.add(new SimEvent.Unpunished(round, offline, chain.id(), names + " went offline holding " + share
                    + ", more than 1/3: " + consensus.name() + " stops finalising but keeps producing blocks, and the "
                    + "inactivity leak drains the offline validators' stake over the following epochs until the online "
                    + "ones hold 2/3 again (not simulated here); nobody is slashed."));
            return true;
        }
        var dependants = state.fallWithDependants(consensus.id());
        out.add(new SimEvent.ChainHalted(round, consensus.id(), names + " went offline holding " + share
                + ", more than 1/3, so " + consensus.name() + " cannot finalise blocks and halts"
                + (dependants.isEmpty() ? "." : ", and every chain it secures goes down with it.")));
        for (var d : dependants) {
            out.add(new SimEvent.ChainFell(round, d.chain(), d.dependsOn(), state.dependantFell(d, "is down",
                    d.dependsOn().equals(consensus.id()) ? "halted." : "is down.")));
        }
        out.add(new SimEvent.Unpunished(round, offline, chain.id(), "Nobody is jailed on a halted chain: "
                + consensus.name() + " records no missed blocks while it stands still, so " + names + " keep their stake"
                + " and their places."));
        return true;
    }
}
