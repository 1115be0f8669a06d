package dev.sse.model.simulation;

import dev.sse.model.network.Chain;
import dev.sse.model.simulation.slashing.SlashingParameters;
import java.util.List;
import java.util.OptionalDouble;

/**
 * One protocol offence to punish.
 *
 * @param round     the round (0 for injected faults)
 * @param kind      what the offenders did
 * @param chain     where they did it
 * @param home      the chain that judges it and whose set they leave ({@link dev.sse.model.simulation.slashing.Protocol#home})
 * @param offenders validators still active when the offence is punished, de-duplicated
 */
record Offence(int round, Kind kind, Chain chain, Chain home, List<String> offenders) {

    /**
     * The protocol offences of the scenario format, with their settings keys; {@code invalid-block} has three,
     * after Polkadot's dispute offences (backing, approving, disputing a valid block).
     */
    enum Kind {
        DOUBLE_SIGN("double-sign", SlashingParameters.DOUBLE_SIGN),
        DOWNTIME("downtime", SlashingParameters.DOWNTIME),
        INVALID_BLOCK("invalid-block", SlashingParameters.INVALID_BLOCK),
        APPROVED_INVALID("invalid-block", SlashingParameters.APPROVED_INVALID),
        AGAINST_VALID("invalid-block", SlashingParameters.AGAINST_VALID);

        final String cause;
        final String key;

        Kind(String cause, String key) {
            this.cause = cause;
            this.key = key;
        }
    }

    Offence {
        offenders = List.copyOf(offenders);
    }

    /** The configured fraction for this offence (offence chain first, then home), if any. */
    OptionalDouble configured() {
        return SlashingParameters.fraction(chain, home, kind.key);
    }

    boolean onConsumer() {
        return !chain.id().equals(home.id());
    }
}
