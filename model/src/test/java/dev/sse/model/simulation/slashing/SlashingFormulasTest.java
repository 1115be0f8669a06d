package dev.sse.model.simulation.slashing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Hand-computed numbers for each protocol's formula (domain.md §1.4, §2.3, §4.2). */
class SlashingFormulasTest {

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
        assertThat(EthereumSlashing.slashedFraction(10, 100)).isCloseTo(1.0 / 4096 + 0.3, within(1e-12));
        assertThat(EthereumSlashing.slashedFraction(0, 100)).isCloseTo(1.0 / 4096, within(1e-15));
        assertThat(EthereumSlashing.slashedFraction(34, 100)).isEqualTo(1.0); // 3·S/T ≥ 1: everything, capped at σ
        assertThat(32 * EthereumSlashing.slashedFraction(0, 1)).isCloseTo(0.0078125, within(1e-12)); // 32 ETH / 4096
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
