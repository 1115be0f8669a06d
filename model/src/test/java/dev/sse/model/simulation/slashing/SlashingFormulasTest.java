package dev.sse.model.simulation.slashing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.sse.model.network.EthereumPenalties;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/** Hand-computed numbers for each protocol's formula (domain.md §1.4, §2.3, §4.2). */
class SlashingFormulasTest {

    private static final EthereumPenalties E = EthereumPenalties.ELECTRA;

    @Test
    void polkadotEquivocationFollowsTheWikiTable() {
        assertThat(PolkadotSlashing.equivocationFraction(5, 100)).isCloseTo(0.0225, within(1e-12)); // (15/100)²
        assertThat(PolkadotSlashing.equivocationFraction(1, 100)).isCloseTo(0.0009, within(1e-12));
        assertThat(PolkadotSlashing.equivocationFraction(20, 100)).isCloseTo(0.36, within(1e-12));
        assertThat(PolkadotSlashing.equivocationFraction(34, 100)).isEqualTo(1.0);
        assertThat(PolkadotSlashing.equivocationFraction(60, 600)).isCloseTo(0.09, within(1e-12));
        assertThat(PolkadotSlashing.equivocationFraction(1, 600)).isCloseTo(0.000025, within(1e-15));
        assertThat(PolkadotSlashing.equivocationFraction(0, 100)).isZero();
    }

    @Test
    void ethereumCorrelationPenaltyAddsToTheInitialPenalty() {
        BigInteger eth = EthereumSlashing.INCREMENT;
        BigInteger v32 = eth.multiply(BigInteger.valueOf(32));
        BigInteger t320 = eth.multiply(BigInteger.valueOf(320));
        assertThat(EthereumSlashing.initialPenalty(E, v32)).isEqualTo(7_812_500); // 32 ETH / 4096 = 0.0078125 ETH
        assertThat(EthereumSlashing.penalty(E, v32, v32, t320)).isEqualTo(9_607_812_500L); // 32·(1/4096 + 3·32/320)
        assertThat(EthereumSlashing.penalty(E, v32, BigInteger.ZERO, t320)).isEqualTo(7_812_500);
        assertThat(EthereumSlashing.penalty(E, v32, eth.multiply(BigInteger.valueOf(107)), t320)).isEqualTo(v32); // 3·S ≥ T: all
    }

    /**
     * consensus-specs {@code test_minimal_penalty} (tests/core/pyspec/eth_consensus_specs/test/phase0/epoch_processing/
     * test_process_slashings.py, run post-Electra): validator 0 has EB = EJECTION_BALANCE + 1 ETH = 17 ETH, the other
     * {@code SLOTS_PER_EPOCH * 8} − 1 validators 32 ETH (MAX_EFFECTIVE_BALANCE); only validator 0 is slashed. The
     * expected penalty is (3 × 17 ETH) // (T // 1 ETH) × 17: 426,463,343 Gwei on the minimal preset (64
     * validators, T = 2,033 ETH) and 106,029,102 Gwei on mainnet (256, T = 8,177 ETH). Dividing in reals gives
     * 426,463,354.6 and 106,029,106.0: 11.6 and 4.0 Gwei too much.
     */
    @Test
    void electraTestMinimalPenaltyInIntegerGwei() {
        BigInteger eb = BigInteger.valueOf(17_000_000_000L);
        BigInteger minimal = eb.add(BigInteger.valueOf(63L * 32_000_000_000L));
        BigInteger mainnet = eb.add(BigInteger.valueOf(255L * 32_000_000_000L));
        assertThat(EthereumSlashing.correlationPenalty(E, eb, eb, minimal)).isEqualTo(426_463_343L);
        assertThat(EthereumSlashing.correlationPenalty(E, eb, eb, mainnet)).isEqualTo(106_029_102L);
        assertThat(EthereumSlashing.initialPenalty(E, eb)).isEqualTo(4_150_390L); // 17e9 // 4096, floored from 4,150,390.625
    }

    /**
     * Issue 21: the three constants are the chain's, not fixed: a quotient of 32 (phase0's MIN_SLASHING_PENALTY_QUOTIENT
     * is 128, Altair's 64, Bellatrix's 32, Electra's 4096: consensus-specs specs/{phase0,altair,bellatrix,electra}/beacon-chain.md)
     * and phase0's multiplier 1 give other numbers from the same formula; the specs' values are ELECTRA's.
     */
    @Test
    void ethereumConstantsComeFromTheChain() {
        assertThat(E).isEqualTo(new EthereumPenalties(4096, 3, 8192));
        assertThat(E.correlationDelayDays()).isCloseTo(18.2, within(0.01)); // 4096 epochs × 32 slots × 12 s
        BigInteger eth = EthereumSlashing.INCREMENT;
        BigInteger v32 = eth.multiply(BigInteger.valueOf(32));
        BigInteger t320 = eth.multiply(BigInteger.valueOf(320));
        EthereumPenalties bellatrixQuotientPhase0Multiplier = new EthereumPenalties(32, 1, 8192);
        assertThat(EthereumSlashing.initialPenalty(bellatrixQuotientPhase0Multiplier, v32)).isEqualTo(eth); // 32 / 32
        assertThat(EthereumSlashing.penalty(bellatrixQuotientPhase0Multiplier, v32, v32, t320))
                .isEqualTo(4_200_000_000L); // 32·(1/32 + 1·32/320) = 1 + 3.2 ETH
        assertThat(new EthereumPenalties(4096, 3, 4096).correlationDelayDays()).isCloseTo(9.1, within(0.01));
    }

    @Test
    void ethereumGweiAndEffectiveBalanceFloor() {
        assertThat(EthereumSlashing.gwei(31.9999999999)).isEqualTo(31_999_999_999L);
        assertThat(EthereumSlashing.effectiveBalance(EthereumSlashing.gwei(31.9999999999))).isEqualTo(31_000_000_000L);
        assertThat(EthereumSlashing.gwei(-1)).isZero();
        assertThat(EthereumSlashing.correlationPenalty(E, BigInteger.ZERO, BigInteger.ONE, BigInteger.ZERO)).isZero(); // T ≥ 1 ETH
    }

    @Test
    void elip002WorkedExample() {
        // operator with 200 EIGEN; AVS_1 holds 40 of it (20% of magnitude); AVS_1 slashes 50%
        UniqueStakeSlashing.Outcome o = UniqueStakeSlashing.slashAllocation(200, 40, 0.5);
        assertThat(o.lost()).isEqualTo(20);
        assertThat(o.newStake()).isEqualTo(180);
        assertThat(o.newAllocation()).isEqualTo(20);
        assertThat(20 / 180.0).isCloseTo(0.111, within(0.001)); // AVS_1 is now 11.1% of the operator
    }

    @Test
    void pooledSlashTakesTheFractionOfTheWholeStake() {
        UniqueStakeSlashing.Outcome o = UniqueStakeSlashing.slashPooled(200, 0.5);
        assertThat(o.lost()).isEqualTo(100);
        assertThat(o.newStake()).isEqualTo(100);
    }

    @Test
    void cosmosDefaultsMatchTheHub() {
        assertThat(CosmosSlashing.DOUBLE_SIGN_FRACTION).isEqualTo(0.05);
        assertThat(CosmosSlashing.PROVIDER_DOWNTIME_FRACTION).isEqualTo(0.0001);
        assertThat(CosmosSlashing.CONSUMER_DOWNTIME_FRACTION).isZero();
    }
}
