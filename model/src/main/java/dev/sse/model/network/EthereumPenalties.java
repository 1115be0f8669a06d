package dev.sse.model.network;

import java.util.List;

/**
 * Ethereum's slashing constants as a chain's {@code slashing} block may set them (issue 21): the engine reads them
 * instead of hard-coding them, and a file that leaves them out gets the consensus specs' values, {@link #ELECTRA}
 * (ethereum/consensus-specs specs/electra/beacon-chain.md {@code MIN_SLASHING_PENALTY_QUOTIENT_ELECTRA} = 4096;
 * specs/bellatrix/beacon-chain.md {@code PROPORTIONAL_SLASHING_MULTIPLIER_BELLATRIX} = 3;
 * specs/phase0/beacon-chain.md {@code EPOCHS_PER_SLASHINGS_VECTOR} = 8192, {@code SLOTS_PER_EPOCH} = 32,
 * {@code SECONDS_PER_SLOT} = 12).
 *
 * @param initialPenaltyQuotient      the initial penalty is ⌊EB / this⌋ (≥ 1)
 * @param correlationPenaltyMultiplier S counts this many times in the correlation penalty (≥ 0)
 * @param slashingsWindowEpochs       slashings within this many epochs add up; the correlation penalty falls half
 *                                    of it after the slashing (≥ 2)
 */
public record EthereumPenalties(long initialPenaltyQuotient, long correlationPenaltyMultiplier,
                                long slashingsWindowEpochs) {

    public static final String INITIAL_PENALTY_QUOTIENT = "initialPenaltyQuotient";
    public static final String CORRELATION_PENALTY_MULTIPLIER = "correlationPenaltyMultiplier";
    public static final String SLASHINGS_WINDOW_EPOCHS = "slashingsWindowEpochs";
    public static final List<String> KEYS = List.of(INITIAL_PENALTY_QUOTIENT, CORRELATION_PENALTY_MULTIPLIER,
            SLASHINGS_WINDOW_EPOCHS);

    /** The consensus specs' values since Electra. */
    public static final EthereumPenalties ELECTRA = new EthereumPenalties(4096, 3, 8192);

    /** Seconds per epoch: {@code SLOTS_PER_EPOCH} × {@code SECONDS_PER_SLOT}. */
    static final double EPOCH_SECONDS = 32 * 12;

    /** The constants a slashing block sets, each absent one {@link #ELECTRA}'s. */
    static EthereumPenalties of(Settings s) {
        return new EthereumPenalties(
                (long) s.number(INITIAL_PENALTY_QUOTIENT, ELECTRA.initialPenaltyQuotient),
                (long) s.number(CORRELATION_PENALTY_MULTIPLIER, ELECTRA.correlationPenaltyMultiplier),
                (long) s.number(SLASHINGS_WINDOW_EPOCHS, ELECTRA.slashingsWindowEpochs));
    }

    /** Days from a slashing to its correlation penalty: {@code EPOCHS_PER_SLASHINGS_VECTOR // 2} epochs (18.2). */
    public double correlationDelayDays() {
        return slashingsWindowEpochs / 2 * EPOCH_SECONDS / 86_400;
    }
}
