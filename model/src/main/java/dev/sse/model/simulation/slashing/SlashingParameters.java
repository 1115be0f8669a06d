package dev.sse.model.simulation.slashing;

import dev.sse.model.network.Chain;
import java.util.OptionalDouble;

/**
 * Reads a slashing fraction for one offence: the offending chain's {@code slashing} setting first, then
 * its home chain's ({@link Protocol#home}), else empty so the protocol's default applies. Keys:
 * {@value #DOUBLE_SIGN}, {@value #DOWNTIME}, {@value #INVALID_BLOCK}, {@value #APPROVED_INVALID},
 * {@value #AGAINST_VALID}; values are fractions of stake
 * (or of the allocation, for EigenLayer) in [0, 1], clamped into that range.
 */
public final class SlashingParameters {

    public static final String DOUBLE_SIGN = "doubleSignFraction";
    public static final String DOWNTIME = "downtimeFraction";
    public static final String INVALID_BLOCK = "invalidBlockFraction";
    /** Approving (not backing) an invalid block: Polkadot's ForInvalidApproved. */
    public static final String APPROVED_INVALID = "approvedInvalidFraction";
    /** Disputing a valid block: Polkadot's AgainstValid. */
    public static final String AGAINST_VALID = "againstValidFraction";

    private SlashingParameters() {
    }

    /** The configured fraction for {@code key}, looked up on {@code chain} then on {@code home}. */
    public static OptionalDouble fraction(Chain chain, Chain home, String key) {
        OptionalDouble own = own(chain, key);
        return own.isPresent() ? own : own(home, key);
    }

    /**
     * The fraction {@code chain} itself configures for {@code key}, never its home's: an ICS consumer's
     * downtime follows the consumer's own infraction parameters, whose default is 0 whatever the provider's
     * {@code slash_fraction_downtime} ({@link CosmosSlashing#CONSUMER_DOWNTIME_FRACTION}).
     */
    public static OptionalDouble own(Chain chain, String key) {
        OptionalDouble value = chain.slashing().number(key);
        if (value.isEmpty() || !Double.isFinite(value.getAsDouble())) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(Math.max(0, Math.min(1, value.getAsDouble())));
    }
}
