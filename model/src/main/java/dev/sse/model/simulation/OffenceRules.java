package dev.sse.model.simulation;

import dev.sse.model.simulation.event.SimEvent;
import java.util.List;

/** Base of the per-protocol rule books: burning stake and removing validators, each with its event. */
abstract class OffenceRules {

    /** Builds an explanation once the amounts are known (value units). */
    interface LossText {
        String because(double lostValue, double stakeValue);
    }

    protected final LiveState state;

    OffenceRules(LiveState state) {
        this.state = state;
    }

    /** Punishes {@code offence}, appending events to {@code out}. */
    abstract void punish(Offence offence, List<SimEvent> out);

    /** Burns {@code fraction} of the validator's stake; a {@link SimEvent.Slashed} if anything was lost. */
    protected final void slashStake(Offence o, String v, double fraction, LossText text, List<SimEvent> out) {
        slashTokens(o, v, state.stake(v) * fraction, text, out);
    }

    /** Burns {@code tokens} of the validator's stake (at most all of it); a {@link SimEvent.Slashed} if anything was lost. */
    protected final void slashTokens(Offence o, String v, double tokens, LossText text, List<SimEvent> out) {
        double before = state.stake(v);
        double price = state.price(v);
        double lost = state.burn(v, tokens);
        if (lost > 0) {
            out.add(new SimEvent.Slashed(o.round(), v, o.chain().id(), o.kind().cause, lost / before, lost,
                    lost * price, text.because(lost * price, before * price)));
        }
    }

    /** "(6 of 120)": value lost of value held. */
    protected String ofStake(double lost, double stake) {
        return "(" + state.money(lost) + " of " + state.money(stake) + ")";
    }

    /** An {@link SimEvent.Unpunished} event for all offenders. */
    protected static SimEvent unpunished(Offence o, String because) {
        return new SimEvent.Unpunished(o.round(), o.offenders(), o.chain().id(), because);
    }

    /** " and of every chain X secures" when X secures others, else "". */
    protected final String andItsConsumers(String home) {
        boolean hasConsumers = state.initial().chains().stream().anyMatch(c -> home.equals(c.securedBy()));
        return hasConsumers ? " and of every chain " + state.name(home) + " secures" : "";
    }
}
