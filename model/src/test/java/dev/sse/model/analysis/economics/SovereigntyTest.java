package dev.sse.model.analysis.economics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sse.model.network.Chain;
import dev.sse.model.network.ChainKind;
import dev.sse.model.network.Governance;
import dev.sse.model.network.Network;
import dev.sse.model.network.Settings;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Who controls the validator set and the upgrades. */
class SovereigntyTest {

    @Test
    void consumersInheritTheirProvidersSetAndKeepTheirOwnUpgrades() {
        Network n = EconNets.sharedAndIsolated();
        Sovereignty c1 = Sovereignty.of(n, n.chain("C1").orElseThrow());
        assertThat(c1.validatorSet()).isEqualTo("provider:P");
        assertThat(c1.upgrades()).isEqualTo("own");
        assertThat(c1.upgradeDelayDays()).isNull();
        assertThat(c1.sovereign()).isFalse();
        Sovereignty i = Sovereignty.of(n, n.chain("I").orElseThrow());
        assertThat(i.validatorSet()).isEqualTo("own");
        assertThat(i.sovereign()).isTrue();
        assertThat(i.why()).isEqualTo("it picks its own validators; upgrades: its own governance (default)");
    }

    @Test
    void aSecurityCouncilAndItsDelayAreReported() {
        Network n = EconNets.pooledVersusUnique();
        Sovereignty a1 = Sovereignty.of(n, n.chain("A1").orElseThrow());
        assertThat(a1.validatorSet()).isEqualTo("own");
        assertThat(a1.upgrades()).isEqualTo("security-council 3/5");
        assertThat(a1.upgradeDelayDays()).isEqualTo(2.0);
        assertThat(a1.why()).contains("a 3/5 security council", "after 2 days");
    }

    @Test
    void providerGovernanceAndImmutableRollups() {
        Chain relay = Chain.builder("relay", ChainKind.RELAY).build();
        Chain hub = Chain.builder("assethub", ChainKind.PARACHAIN).securedBy("relay")
                .governance(new Governance(Governance.Model.PROVIDER, null, null, null)).build();
        Chain frozen = Chain.builder("frozen", ChainKind.ROLLUP).securedBy("relay")
                .security(new Settings(Map.of("upgradable", false))).build();
        Chain delayed = Chain.builder("delayed", ChainKind.ROLLUP).securedBy("relay")
                .security(new Settings(Map.of("upgradeDelayDays", 10L))).build();
        Network n = Network.builder().name("n").chain(relay).chain(hub).chain(frozen).chain(delayed).build();
        assertThat(Sovereignty.of(n, hub).upgrades()).isEqualTo("provider:relay");
        assertThat(Sovereignty.of(n, hub).validatorSet()).isEqualTo("provider:relay");
        assertThat(Sovereignty.of(n, frozen).upgrades()).isEqualTo("none (immutable)");
        assertThat(Sovereignty.of(n, delayed).upgradeDelayDays()).isEqualTo(10.0);
    }
}
