package dev.sse.model.simulation.slashing;

/**
 * Ethereum consensus slashing after Electra (domain.md §4.2; consensus-specs Electra
 * {@code slash_validator} and {@code process_slashings}).
 *
 * <p>An offender with stake σ loses the initial penalty σ/4096 (MIN_SLASHING_PENALTY_QUOTIENT_ELECTRA)
 * plus the correlation penalty σ·min(3·S/T, 1), where S is the stake slashed within the slashing window
 * (EPOCHS_PER_SLASHINGS_VECTOR = 8,192 epochs ≈ 36 days) and T the total active stake; the total is capped
 * at σ. The integer rounding per ETH increment of the spec is ignored. The simulation treats a whole
 * scenario as one window, so S sums every validator it names in a double-sign on that chain. Slashed
 * validators are exited. Being offline and proposing an invalid block are not slashable.
 */
public final class EthereumSlashing {

    /** MIN_SLASHING_PENALTY_QUOTIENT_ELECTRA. */
    public static final int MIN_SLASHING_PENALTY_QUOTIENT = 4096;

    /** PROPORTIONAL_SLASHING_MULTIPLIER (3 since Bellatrix). */
    public static final int PROPORTIONAL_SLASHING_MULTIPLIER = 3;

    private EthereumSlashing() {
    }

    /**
     * Fraction of its stake an offender loses: min(1/4096 + min(3·S/T, 1), 1).
     *
     * @param slashedInWindow S, stake slashed in the window (any unit)
     * @param totalStake      T, the chain's securing stake (same unit, &gt; 0; 0 is read as "all slashed")
     */
    public static double slashedFraction(double slashedInWindow, double totalStake) {
        double ratio = totalStake > 0 ? slashedInWindow / totalStake : 1.0;
        double correlation = Math.min(PROPORTIONAL_SLASHING_MULTIPLIER * ratio, 1.0);
        return Math.min(1.0 / MIN_SLASHING_PENALTY_QUOTIENT + correlation, 1.0);
    }
}
