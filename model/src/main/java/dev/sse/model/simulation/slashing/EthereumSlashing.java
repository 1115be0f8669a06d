package dev.sse.model.simulation.slashing;

import dev.sse.model.network.EthereumPenalties;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * Ethereum consensus slashing after Electra, in integer Gwei exactly as the spec computes it
 * (ethereum/consensus-specs specs/electra/beacon-chain.md, "Modified {@code slash_validator}" and
 * "Modified {@code process_slashings}"; domain.md §4.2). Every division floors:
 * <ul>
 *   <li>initial penalty, at once: {@code effective_balance // MIN_SLASHING_PENALTY_QUOTIENT_ELECTRA} (4096);</li>
 *   <li>correlation penalty, {@code EPOCHS_PER_SLASHINGS_VECTOR // 2} epochs later:
 *       {@code adjusted = min(sum(slashings) * PROPORTIONAL_SLASHING_MULTIPLIER_BELLATRIX (3), total_balance)},
 *       {@code per_increment = adjusted // (total_balance // EFFECTIVE_BALANCE_INCREMENT)},
 *       {@code penalty = per_increment * (effective_balance // EFFECTIVE_BALANCE_INCREMENT)};</li>
 *   <li>{@code decrease_balance} stops at 0, so the loss is capped at the balance.</li>
 * </ul>
 * The spec's own test {@code test_minimal_penalty} (tests/core/pyspec/eth_consensus_specs/test/phase0/
 * epoch_processing/test_process_slashings.py) is reproduced in SlashingFormulasTest.
 *
 * <p>Units: a validator's stake is read as ETH, 1 ETH = 10⁹ Gwei = one EFFECTIVE_BALANCE_INCREMENT. Its
 * effective balance is its stake floored to whole ETH when it is slashed (for a 32 ETH validator the spec's
 * hysteresis keeps it through the initial penalty). It is not capped at MAX_EFFECTIVE_BALANCE_ELECTRA
 * (2,048 ETH): one validator of a network file often stands for an operator's many beacon validators, and
 * the correlation penalty is linear in increments, so the sum is the same. Slashed validators are exited.
 * Being offline and proposing an invalid block are not slashable.
 *
 * <p>The three constants are the chain's {@link EthereumPenalties} (its {@code slashing} block may set them; the
 * specs' values, {@link EthereumPenalties#ELECTRA}, otherwise).
 */
public final class EthereumSlashing {

    /** EFFECTIVE_BALANCE_INCREMENT in Gwei (1 ETH). */
    public static final BigInteger INCREMENT = BigInteger.valueOf(1_000_000_000L);

    private EthereumSlashing() {
    }

    /** A balance in Gwei: {@code eth} × 10⁹, floored (negative or non-finite → 0). */
    public static BigInteger gwei(double eth) {
        if (!Double.isFinite(eth) || eth <= 0) {
            return BigInteger.ZERO;
        }
        return BigDecimal.valueOf(eth).movePointRight(9).setScale(0, RoundingMode.FLOOR).toBigIntegerExact();
    }

    /** Gwei back to ETH (exact up to double precision). */
    public static double eth(BigInteger gwei) {
        return new BigDecimal(gwei).movePointLeft(9).doubleValue();
    }

    /** The effective balance of a balance: floored to whole increments (1 ETH). */
    public static BigInteger effectiveBalance(BigInteger balance) {
        return balance.divide(INCREMENT).multiply(INCREMENT);
    }

    /** {@code effective_balance // MIN_SLASHING_PENALTY_QUOTIENT_ELECTRA}. */
    public static BigInteger initialPenalty(EthereumPenalties p, BigInteger effectiveBalance) {
        return effectiveBalance.divide(BigInteger.valueOf(p.initialPenaltyQuotient()));
    }

    /**
     * The correlation penalty of {@code process_slashings} (Electra).
     *
     * @param p                the chain's constants
     * @param effectiveBalance the offender's effective balance, Gwei
     * @param slashings        {@code sum(state.slashings)}: effective balances slashed in the window, Gwei
     * @param totalBalance     the total active balance, Gwei ({@code get_total_balance} is at least one increment)
     */
    public static BigInteger correlationPenalty(EthereumPenalties p, BigInteger effectiveBalance, BigInteger slashings,
                                                BigInteger totalBalance) {
        BigInteger total = totalBalance.max(INCREMENT);
        BigInteger adjusted = slashings.multiply(BigInteger.valueOf(p.correlationPenaltyMultiplier())).min(total);
        BigInteger perIncrement = adjusted.divide(total.divide(INCREMENT));
        return perIncrement.multiply(effectiveBalance.divide(INCREMENT));
    }

    /** Initial plus correlation penalty of an offender with {@code balance} Gwei, capped at the balance. */
    public static BigInteger penalty(EthereumPenalties p, BigInteger balance, BigInteger slashings,
                                     BigInteger totalBalance) {
        BigInteger eb = effectiveBalance(balance);
        return initialPenalty(p, eb).add(correlationPenalty(p, eb, slashings, totalBalance)).min(balance);
    }
}
