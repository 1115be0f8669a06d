package dev.sse.model.network;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * A chain's {@code slashing} settings read once (issue 21): the fractions the slashing engines interpret, the rule
 * book ({@code protocol}), Ethereum's {@code slashedInWindow} and penalty constants, and every other key as
 * {@link #extras}, which the
 * engines ignore (the file keeps them and {@code validate} warns about them) and which still round-trip.
 *
 * @param fractions       the known {@code …Fraction} keys that hold numbers, in file order
 * @param protocol        the {@code protocol} named, or null
 * @param slashedInWindow ETH slashed in the window before a scenario (Ethereum), 0 when absent
 * @param ethereum        Ethereum's penalty constants, the specs' where absent
 * @param extras          keys no engine reads, in file order
 */
public record SlashingOverrides(Map<String, Double> fractions, String protocol, double slashedInWindow,
                                EthereumPenalties ethereum, Map<String, Object> extras) {

    public static final String DOUBLE_SIGN = "doubleSignFraction";
    public static final String DOWNTIME = "downtimeFraction";
    public static final String INVALID_BLOCK = "invalidBlockFraction";
    /** Approving (not backing) an invalid block: Polkadot's ForInvalidApproved. */
    public static final String APPROVED_INVALID = "approvedInvalidFraction";
    /** Disputing a valid block: Polkadot's AgainstValid. */
    public static final String AGAINST_VALID = "againstValidFraction";
    public static final String PROTOCOL = "protocol";
    public static final String SLASHED_IN_WINDOW = "slashedInWindow";
    public static final List<String> FRACTIONS = List.of(DOUBLE_SIGN, DOWNTIME, INVALID_BLOCK, APPROVED_INVALID,
            AGAINST_VALID);
    /** Every key a slashing engine reads. */
    public static final List<String> KNOWN = List.of(DOUBLE_SIGN, DOWNTIME, INVALID_BLOCK, APPROVED_INVALID,
            AGAINST_VALID, PROTOCOL, SLASHED_IN_WINDOW, EthereumPenalties.INITIAL_PENALTY_QUOTIENT,
            EthereumPenalties.CORRELATION_PENALTY_MULTIPLIER, EthereumPenalties.SLASHINGS_WINDOW_EPOCHS);

    public SlashingOverrides {
        fractions = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fractions));
        extras = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(extras));
    }

    public static SlashingOverrides of(Settings s) {
        Map<String, Double> fractions = new LinkedHashMap<>();
        Map<String, Object> extras = new LinkedHashMap<>();
        s.values().forEach((key, value) -> {
            if (FRACTIONS.contains(key)) {
                s.number(key).ifPresent(d -> fractions.put(key, d));
            } else if (!KNOWN.contains(key)) {
                extras.put(key, value);
            }
        });
        return new SlashingOverrides(fractions, s.string(PROTOCOL).orElse(null), s.number(SLASHED_IN_WINDOW, 0),
                EthereumPenalties.of(s), extras);
    }

    /** The fraction set for {@code key}, clamped into [0, 1]; empty when absent or not finite. */
    public OptionalDouble fraction(String key) {
        Double d = fractions.get(key);
        return d == null || !Double.isFinite(d) ? OptionalDouble.empty() : OptionalDouble.of(Math.max(0, Math.min(1, d)));
    }
}
