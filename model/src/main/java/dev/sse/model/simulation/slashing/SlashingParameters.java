package dev.sse.model.simulation.slashing;

import dev.sse.model.network.Chain;
import java.util.OptionalDouble;

/**
 * Reads a slashing fraction for one offence: the offending chain's {@code slashing} setting first, then
 * its home chain's ({@link Protocol#home}), else empty so the protocol's default applies. Keys:
 * {@value #DOUBLE_SIGN}, {@value #DOWNTIME}, {@value #INVALID_BLOCK}; values are fractions of stake
 * (or of the allocation, for EigenLayer) in [0, 1], clamped into that range.
 */
public final class SlashingParameters {

    public static final String DOUBLE_SIGN = "doubleSignFraction";
    public static final String DOWNTIME = "downtimeFraction";
    public static final String INVALID_BLOCK = "invalidBlockFraction";

    private SlashingParameters() {
    }

    /** The configured fraction for {@code key}, looked up on {@code chain} then on {@code home}. */
    public static OptionalDouble fraction(Chain chain, Chain home, String key) {
        OptionalDouble own = chain.slashing().number(key);
        OptionalDouble value = own.isPresent() ? own : home.slashing().number(key);
        if (value.isEmpty() || !Double.isFinite(value.getAsDouble())) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(Math.max(0, Math.min(1, value.getAsDouble())));
    }
}
