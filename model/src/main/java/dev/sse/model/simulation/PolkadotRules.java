package dev.sse.model.simulation;

import dev.sse.model.format.Screen;
import dev.sse.model.network.Allocation;
import dev.sse.model.simulation.event.SimEvent;
import dev.sse.model.simulation.slashing.PolkadotSlashing;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Polkadot: equivocation → min((3k/n)², 1), backing an invalid candidate → 100%, approving one → 2%, all
 * chilled; disputing a valid candidate → 0; no slash for being offline. Numbers and sources: {@link PolkadotSlashing}. A chilled validator is out for the rest of
 * the run, so the "largest slash per period" rule never has a second slash to compare. The run is one session:
 * n in the equivocation formula stays the session's set size however many validators leave during the run.
 */
final class PolkadotRules extends OffenceRules {

    PolkadotRules(LiveState state) {
        super(state);
    }

    @Override
    void punish(Offence o, List<SimEvent> out) {
        switch (o.kind()) {
            case DOUBLE_SIGN -> equivocation(o, out);
            case INVALID_BLOCK -> invalidBacking(o, out);
            case APPROVED_INVALID -> invalidApproval(o, out);
            case AGAINST_VALID -> againstValid(o, out);
            case DOWNTIME -> offline(o, out);
        }
    }

    private void invalidApproval(Offence o, List<SimEvent> out) {
        double f = o.configured().orElse(PolkadotSlashing.INVALID_APPROVAL_FRACTION);
        for (String v : o.offenders()) {
            slashStake(o, v, f, (lost, stake) -> state.name(v) + " approved an invalid candidate on " + o.chain().name()
                    + " without backing it; the dispute's losers who only approved (ForInvalidApproved) lose "
                    + Screen.percent(f) + " of their stake " + ofStake(lost, stake) + ", the backers 100%.", out);
            chill(o, v, out);
        }
    }

    private void againstValid(Offence o, List<SimEvent> out) {
        OptionalDouble f = o.configured();
        if (f.isEmpty() || f.getAsDouble() == 0) {
            out.add(unpunished(o, Explain.names(state.named(o.offenders())) + " disputed a valid candidate on " + o.chain().name()
                    + " and lost the dispute; Polkadot's AgainstValid slash is 0, so they keep their stake and stay active."));
            return;
        }
        for (String v : o.offenders()) {
            slashStake(o, v, f.getAsDouble(), (lost, stake) -> state.name(v) + " disputed a valid candidate on " + o.chain().name()
                    + "; " + o.chain().name() + "'s slashing settings charge " + Screen.percent(f.getAsDouble()) + " of stake "
                    + ofStake(lost, stake) + ".", out);
            chill(o, v, out);
        }
    }

    private void equivocation(Offence o, List<SimEvent> out) {
        int k = o.offenders().size();
        int n = sessionValidators(o.home().id());
        OptionalDouble fixed = o.configured();
        double f = fixed.orElse(PolkadotSlashing.equivocationFraction(k, n));
        for (String v : o.offenders()) {
            String others = k > 1 ? " together with " + Explain.count(k - 1, "other validator") : "";
            String rule = fixed.isPresent()
                    ? "; " + o.chain().name() + "'s slashing settings fix the slash at " + Screen.percent(f) + " of stake "
                    : ": with k = " + k + " offender" + (k == 1 ? "" : "s") + " among the n = " + n + " validators of "
                      + o.home().name() + "'s session, each loses min((3k/n)², 1) = " + Screen.percent(f) + " of its stake ";
            slashStake(o, v, f, (lost, stake) -> state.name(v) + " equivocated on " + o.chain().name() + others + rule
                    + ofStake(lost, stake) + ".", out);
            chill(o, v, out);
        }
    }

    private void invalidBacking(Offence o, List<SimEvent> out) {
        double f = o.configured().orElse(PolkadotSlashing.INVALID_BACKING_FRACTION);
        for (String v : o.offenders()) {
            slashStake(o, v, f, (lost, stake) -> state.name(v) + " backed an invalid candidate on " + o.chain().name()
                    + "; Polkadot slashes invalid backing " + (f >= 1 ? "in full" : "by " + Screen.percent(f)) + " "
                    + ofStake(lost, stake) + ".", out);
            chill(o, v, out);
        }
    }

    private void offline(Offence o, List<SimEvent> out) {
        OptionalDouble f = o.configured();
        if (f.isEmpty() || f.getAsDouble() == 0) {
            out.add(unpunished(o, "Polkadot no longer slashes validators for being offline (im-online was removed), so "
                    + Explain.names(state.named(o.offenders())) + " keep their stake and stay active."));
            return;
        }
        for (String v : o.offenders()) {
            slashStake(o, v, f.getAsDouble(), (lost, stake) -> state.name(v) + " was offline on " + o.chain().name() + "; "
                    + o.chain().name() + "'s slashing settings charge " + Screen.percent(f.getAsDouble()) + " of stake "
                    + ofStake(lost, stake) + ".", out);
            chill(o, v, out);
        }
    }

    private void chill(Offence o, String v, List<SimEvent> out) {
        state.remove(v, "chilled");
        out.add(new SimEvent.Chilled(o.round(), v, o.chain().id(), state.name(v) + " is chilled: Polkadot takes slashed validators "
                + "out of the active set of " + o.home().name() + "."));
    }

    /**
     * n: the size of the relay chain's validator set in the session of the offence, i.e. every distinct
     * validator allocated to it when the run starts. The run is one session: a validator slashed, chilled or
     * shocked earlier in it still counts until the next session, as polkadot-sdk takes n from the key-owner
     * proof's {@code validator_count} (substrate/frame/grandpa/src/equivocation.rs, {@code validator_set_count}).
     */
    private int sessionValidators(String relay) {
        Set<String> set = new HashSet<>();
        for (Allocation a : state.initial().allocationsTo(relay)) {
            set.add(a.validator());
        }
        return set.size();
    }
}
