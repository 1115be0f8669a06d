package dev.sse.model.simulation.slashing;

import dev.sse.model.network.Chain;
import dev.sse.model.network.SlashingOverrides;
import java.util.OptionalDouble;

/**
 * Reads a slashing fraction for one offence: the offending chain's {@code slashing} setting first, then
 * its home chain's ({@link Protocol#home}), else empty so the protocol's default applies. Keys:
 * {@value #DOUBLE_SIGN}, {@value #DOWNTIME}, {@value #INVALID_BLOCK}, {@value #APPROVED_INVALID},
 * {@value #AGAINST_VALID}; values are fractions of stake
 * (or of the allocation, for EigenLayer) in [0, 1], clamped into that range.
 */
public final class SlashingParameters {

    public static final String DOUBLE_SIGN = SlashingOverrides.DOUBLE_SIGN;
    public static final String DOWNTIME = SlashingOverrides.DOWNTIME;
    public static final String INVALID_BLOCK = SlashingOverrides.INVALID_BLOCK;
    /** Approving (not backing) an invalid block: Polkadot's ForInvalidApproved. */
    public static final String APPROVED_INVALID = SlashingOverrides.APPROVED_INVALID;
    /** Disputing a valid block: Polkadot's AgainstValid. */
    public static final String AGAINST_VALID = SlashingOverrides.AGAINST_VALID;

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
        return chain.slashingOverrides().fraction(key);
    }
}
