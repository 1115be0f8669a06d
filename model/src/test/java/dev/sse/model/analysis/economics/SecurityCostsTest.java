package dev.sse.model.analysis.economics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sse.model.network.Chain;
import dev.sse.model.network.ChainKind;
import dev.sse.model.network.SecurityCost;
import org.junit.jupiter.api.Test;

/** C = inflation + fees + providerShare × rewards + coretime, per year. */
class SecurityCostsTest {

    private static Chain chain(ChainKind kind, SecurityCost cost) {
        return Chain.builder("c", kind).securedBy(kind.isConsumer() ? "hub" : null).securityCost(cost).build();
    }

    @Test
    void isolatedChainPaysInflationAndFeesToItsOwnValidators() {
        SecurityCosts.Value v = SecurityCosts.of(chain(ChainKind.ISOLATED, SecurityCost.ownValidators(8, 2)), "USD");
        assertThat(v.perYear()).isEqualTo(10.0);
        assertThat(v.why()).isEqualTo("10 USD/yr = inflation 8 USD + fees 2 USD per year");
    }

    @Test
    void icsConsumerPaysAQuarterOfItsRewardsByDefault() {
        SecurityCosts.Value v = SecurityCosts.of(chain(ChainKind.CONSUMER, SecurityCost.sharedRewards(100, null)), "");
        assertThat(v.perYear()).isEqualTo(25.0);
        assertThat(v.why()).contains("25% × rewards 100", "ICS default share");
    }

    @Test
    void anExplicitProviderShareWins() {
        assertThat(SecurityCosts.of(chain(ChainKind.CONSUMER, SecurityCost.sharedRewards(100, 0.5)), "").perYear())
                .isEqualTo(50.0);
    }

    @Test
    void avsAndRollupPayAllOfTheirSharedRewards() {
        assertThat(SecurityCosts.of(chain(ChainKind.AVS, SecurityCost.sharedRewards(40, null)), "").perYear()).isEqualTo(40.0);
        assertThat(SecurityCosts.of(chain(ChainKind.ROLLUP, SecurityCost.sharedRewards(7, null)), "").perYear()).isEqualTo(7.0);
    }

    @Test
    void parachainPaysCoretime() {
        assertThat(SecurityCosts.of(chain(ChainKind.PARACHAIN, SecurityCost.coretime(3)), "").perYear()).isEqualTo(3.0);
    }

    @Test
    void everyTermAddsUp() {
        // 1 + 2 + 0.25 × 4 + 5 = 9
        SecurityCost all = new SecurityCost(1.0, 2.0, null, 4.0, 5.0);
        assertThat(SecurityCosts.of(chain(ChainKind.CONSUMER, all), "").perYear()).isEqualTo(9.0);
    }

    @Test
    void withoutSecurityCostTheCostIsUnknownNotZero() {
        SecurityCosts.Value v = SecurityCosts.of(chain(ChainKind.ISOLATED, null), "USD");
        assertThat(v.perYear()).isNull();
        assertThat(v.why()).contains("unknown");
        assertThat(SecurityCosts.of(chain(ChainKind.ISOLATED, new SecurityCost(null, null, null, null, null)), "")
                .perYear()).isZero();
    }
}
