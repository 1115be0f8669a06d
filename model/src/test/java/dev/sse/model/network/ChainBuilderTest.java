package dev.sse.model.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link ChainBuilder}: the one way to make a chain without padding a positional constructor (issue 21). */
class ChainBuilderTest {

    private static final Chain FULL = Chain.builder("l2", ChainKind.ROLLUP).name("Rollup").asset("ETH")
            .profitFromCorruption(7).attackThreshold(0.5).securedBy("eth")
            .security(new Settings(Map.of("proof", "zk"))).slashing(new Settings(Map.of("doubleSignFraction", 0.1)))
            .finalitySeconds(900.0).governance(new Governance(Governance.Model.SECURITY_COUNCIL, 9, 12, 0.0))
            .securityCost(SecurityCost.sharedRewards(3, null))
            .externalSecurity(ExternalSecurity.ofCost(1e9, "L2BEAT")).build();

    @Test
    void unsetFieldsTakeTheFileFormatsDefaults() {
        Chain c = Chain.builder("x", ChainKind.SERVICE).build();
        assertThat(c).isEqualTo(new Chain("x", "x", ChainKind.SERVICE, null, 0, Chain.DEFAULT_ATTACK_THRESHOLD,
                null, Settings.EMPTY, Settings.EMPTY, null, null, null, null));
        assertThat(c.name()).isEqualTo("x");
        assertThat(c.attackThreshold()).isEqualTo(2.0 / 3.0);
    }

    @Test
    void everyFieldSetIsKept() {
        assertThat(FULL).isEqualTo(new Chain("l2", "Rollup", ChainKind.ROLLUP, "ETH", 7, 0.5, "eth",
                new Settings(Map.of("proof", "zk")), new Settings(Map.of("doubleSignFraction", 0.1)), 900.0,
                new Governance(Governance.Model.SECURITY_COUNCIL, 9, 12, 0.0), SecurityCost.sharedRewards(3, null),
                ExternalSecurity.ofCost(1e9, "L2BEAT")));
    }

    @Test
    void toBuilderCopiesEveryFieldAndTheWithersKeepTheRest() {
        assertThat(FULL.toBuilder().build()).isEqualTo(FULL);
        Chain cheaper = FULL.withProfitFromCorruption(1);
        assertThat(cheaper.profitFromCorruption()).isEqualTo(1);
        assertThat(cheaper.withProfitFromCorruption(7)).isEqualTo(FULL);
        assertThat(FULL.withSecurity(Settings.EMPTY).externalSecurity()).isEqualTo(FULL.externalSecurity());
        assertThat(FULL.withEconomics(null, null, null).withEconomics(900.0, FULL.governance(), FULL.securityCost()))
                .isEqualTo(FULL);
    }
}
