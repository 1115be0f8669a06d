package dev.sse.model.simulation;

import dev.sse.model.format.Screen;
import dev.sse.model.simulation.event.SimEvent;
import dev.sse.model.simulation.slashing.CosmosSlashing;
import dev.sse.model.simulation.slashing.SlashingParameters;
import java.util.List;

/**
 * Cosmos ICS: double-sign (and light-client attack) → slash on the provider and tombstone; downtime → jail,
 * with a small slash on the provider only (a consumer's downtime reads only the consumer's own
 * {@code downtimeFraction}, never the provider's). Numbers and sources: {@link CosmosSlashing}.
 */
final class CosmosRules extends OffenceRules {

    CosmosRules(LiveState state) {
        super(state);
    }

    @Override
    void punish(Offence o, List<SimEvent> out) {
        if (o.kind() == Offence.Kind.DOWNTIME) {
            downtime(o, out);
        } else if (o.kind() == Offence.Kind.AGAINST_VALID) {
            out.add(unpunished(o, "ICS has no dispute votes to lose, so " + Explain.names(state.named(o.offenders()))
                    + " keep their stake for disputing a valid block on " + o.chain().name() + "."));
        } else {
            equivocation(o, out);
        }
    }

    private void equivocation(Offence o, List<SimEvent> out) {
        double f = o.configured().orElse(CosmosSlashing.DOUBLE_SIGN_FRACTION);
        String home = o.home().id();
        for (String v : o.offenders()) {
            String what = o.kind() == Offence.Kind.DOUBLE_SIGN
                    ? state.name(v) + " double-signed on " + o.chain().name()
                    : state.name(v) + " signed an invalid block on " + o.chain().name() + " (a light-client attack, punished like double-signing)";
            String where = o.onConsumer()
                    ? ", a consumer chain of " + state.name(home) + "; ICS punishes it on the provider: " + state.name(home) + " slashes "
                    : "; " + state.name(home) + " slashes ";
            slashStake(o, v, f, (lost, stake) -> what + where + Screen.percent(f) + " of its stake "
                    + ofStake(lost, stake) + ".", out);
            state.remove(v, "tombstoned");
            out.add(new SimEvent.Tombstoned(o.round(), v, o.chain().id(), state.name(v) + " is tombstoned: a double-signer is jailed "
                    + "forever and leaves the validator set of " + state.name(home) + andItsConsumers(home) + "."));
        }
    }

    private void downtime(Offence o, List<SimEvent> out) {
        double f = o.onConsumer()
                ? SlashingParameters.own(o.chain(), Offence.Kind.DOWNTIME.key).orElse(CosmosSlashing.CONSUMER_DOWNTIME_FRACTION)
                : o.configured().orElse(CosmosSlashing.PROVIDER_DOWNTIME_FRACTION);
        String home = o.home().id();
        for (String v : o.offenders()) {
            slashStake(o, v, f, (lost, stake) -> state.name(v) + " missed too many blocks on " + o.chain().name() + "; " + state.name(home)
                    + " slashes " + Screen.percent(f) + " of its stake for downtime " + ofStake(lost, stake) + ".", out);
            state.remove(v, "jailed");
            String reported = o.onConsumer() ? ", reported by " + o.chain().name() + "," : "";
            String free = f == 0 ? " (this downtime costs no stake)" : "";
            out.add(new SimEvent.Jailed(o.round(), v, o.chain().id(), state.name(v) + " is jailed on " + state.name(home) + reported
                    + " for downtime" + free + ": it leaves the active set of " + state.name(home) + andItsConsumers(home) + "."));
        }
    }
}
