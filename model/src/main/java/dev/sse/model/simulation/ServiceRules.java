package dev.sse.model.simulation;

import dev.sse.model.format.Screen;
import dev.sse.model.network.Allocation;
import dev.sse.model.network.Chain;
import dev.sse.model.simulation.event.SimEvent;
import dev.sse.model.simulation.slashing.Protocol;
import dev.sse.model.simulation.slashing.UniqueStakeSlashing;
import java.util.List;

/**
 * EigenLayer AVSs and generic services, plus the {@code "slash"} fault on any chain.
 * <ul>
 *   <li>EigenLayer: an AVS sets its own slashing conditions; the explorer assumes 100% of the allocation for
 *       double-signing and invalid blocks and nothing for downtime unless the chain's {@code slashing} settings
 *       say otherwise. Slashes follow ELIP-002 ({@link UniqueStakeSlashing}); the operator stays registered.</li>
 *   <li>Generic service (Durvasula–Roughgarden): misbehaviour costs the whole stake (100%) and the validator is
 *       removed; downtime costs nothing unless configured (then: slashed and jailed).</li>
 * </ul>
 */
final class ServiceRules extends OffenceRules {

    ServiceRules(LiveState state) {
        super(state);
    }

    @Override
    void punish(Offence o, List<SimEvent> out) {
        double fallback = o.kind() == Offence.Kind.DOWNTIME || o.kind() == Offence.Kind.AGAINST_VALID ? 0 : 1;
        double f = o.configured().orElse(fallback);
        boolean eigen = Protocol.of(o.chain()) == Protocol.EIGENLAYER;
        if (f == 0) {
            out.add(unpunished(o, o.chain().name() + " has no slashing rule for " + o.kind().cause
                    + (eigen ? " (an AVS sets its own)" : "") + ", so " + Explain.names(state.named(o.offenders())) + " keep their stake."));
            return;
        }
        for (String v : o.offenders()) {
            if (eigen) {
                slashAllocation(o.round(), o.chain(), v, f, o.kind().cause, state.name(v) + " committed a " + o.kind().cause
                        + " offence on " + o.chain().name() + "; ", out);
            } else {
                slashStake(o, v, f, (lost, stake) -> state.name(v) + " committed a " + o.kind().cause + " offence on " + o.chain().name()
                        + ", a service that takes " + Screen.percent(f) + " of an offender's stake " + ofStake(lost, stake)
                        + ".", out);
                removeFromService(o, v, out);
            }
        }
    }

    /** The {@code "slash"} fault: {@code chain} slashes {@code fraction} of each validator's allocation (ELIP-002). */
    void slashFault(int round, Chain chain, List<String> validators, double fraction, List<SimEvent> out) {
        for (String v : validators) {
            slashAllocation(round, chain, v, fraction, "slash", "", out);
        }
    }

    private void slashAllocation(int round, Chain chain, String v, double f, String cause, String lead,
                                 List<SimEvent> out) {
        Allocation a = state.allocation(v, chain.id());
        double price = state.price(v);
        double before = state.stake(v);
        double lost;
        String text;
        if (a != null && !a.isPooled()) {
            double allocated = a.amount().getAsDouble();
            lost = state.burnAllocation(v, chain.id(), allocated * f);
            text = lead + chain.name() + " slashes " + Screen.percent(f) + " of " + state.name(v) + "'s unique allocation to it "
                    + ofStake(lost * price, allocated * price) + "; its other allocations keep their amounts (ELIP-002).";
        } else {
            lost = state.burn(v, before * f);
            text = lead + chain.name() + " slashes " + Screen.percent(f) + " of " + state.name(v) + "'s stake "
                    + ofStake(lost * price, before * price) + ": the stake is pooled, so all of it is exposed to "
                    + chain.name() + ".";
        }
        if (lost > 0) {
            out.add(new SimEvent.Slashed(round, v, chain.id(), cause, lost / before, lost, lost * price, text));
        }
    }

    private void removeFromService(Offence o, String v, List<SimEvent> out) {
        String id = o.chain().id();
        if (o.kind() == Offence.Kind.DOWNTIME) {
            state.remove(v, "jailed");
            out.add(new SimEvent.Jailed(o.round(), v, id, state.name(v) + " is jailed for downtime and leaves every set it was in."));
        } else {
            state.remove(v, "exited");
            out.add(new SimEvent.Ejected(o.round(), v, id, state.name(v) + " is removed from " + state.name(id) + " and every other set it was in."));
        }
    }
}
