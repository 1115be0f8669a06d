package dev.sse.model.network;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sse.model.io.json.NetworkCodec;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 21: a chain's {@code security} and {@code slashing} settings read once into records per protocol, each the one
 * place that knows its keys and defaults; unknown keys stay in the settings and round-trip.
 */
class ProtocolSettingsTest {

    private static Settings settings(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return new Settings(m);
    }

    /** ICS's own names and 0 = no cap (x/ccv/provider/keeper/power_shaping.go); validatorsPowerCap wins over powerCap. */
    @Test
    void icsShapingTakesIcsNamesAndDefaults() {
        IcsShaping none = IcsShaping.of(settings("note", "x"));
        assertThat(none.shapes()).isFalse();
        assertThat(none.topN()).isNull();
        assertThat(none.topNOrAll()).isEqualTo(100);
        assertThat(none.validatorSetCap()).isZero();
        assertThat(none.capsPower()).isFalse();
        IcsShaping s = IcsShaping.of(settings("topN", 0L, "optIn", List.of("a", "b"), "validatorSetCap", 30L,
                "powerCap", 20L, "validatorsPowerCap", 10L, "minStake", 1000L, "allowInactiveVals", true,
                "denylist", List.of("c")));
        assertThat(s.shapes()).isTrue();
        assertThat(s.topN()).isZero();
        assertThat(s.optIn()).containsExactlyInAnyOrder("a", "b");
        assertThat(s.denylist()).containsExactly("c");
        assertThat(s.validatorSetCap()).isEqualTo(30);
        assertThat(s.powerCap()).isEqualTo(10);
        assertThat(s.capsPower()).isTrue();
        assertThat(s.minStake()).isEqualTo(1000);
        assertThat(s.allowInactiveVals()).isTrue();
        assertThat(IcsShaping.of(settings("maxProviderConsensusValidators", 180L)).maxProviderConsensusValidators())
                .isEqualTo(180);
    }

    /** polkadot-sdk's defaults (domain.md 2.2): groups of 5, 2 backing votes, 30 needed approvals. */
    @Test
    void polkadotBackingDefaultsAreTheRuntimes() {
        assertThat(PolkadotBacking.of(Settings.EMPTY)).isEqualTo(new PolkadotBacking(5, 2, 30));
        assertThat(PolkadotBacking.of(settings("groupSize", 4L, "neededApprovals", 40L)))
                .isEqualTo(new PolkadotBacking(4, 2, 40));
    }

    @Test
    void rollupSecurityKeepsAbsentAsNull() {
        RollupSecurity empty = RollupSecurity.of(Settings.EMPTY);
        assertThat(empty).isEqualTo(new RollupSecurity(null, null, null, null, null, null));
        assertThat(empty.immutable()).isFalse();
        RollupSecurity r = RollupSecurity.of(settings("proof", "zk", "upgradable", false, "exitDelayDays", 0.5,
                "proofIntervalSeconds", 3600L));
        assertThat(r.proof()).isEqualTo("zk");
        assertThat(r.immutable()).isTrue();
        assertThat(r.exitDelayDays()).isEqualTo(0.5);
        assertThat(r.proofIntervalSeconds()).isEqualTo(3600.0);
        assertThat(r.upgradeDelayDays()).isNull();
    }

    @Test
    void slashingOverridesSplitKnownKeysFromExtrasAndClampFractions() {
        SlashingOverrides o = SlashingOverrides.of(settings("doubleSignFraction", 0.05, "tombstone", true,
                "downtimeFraction", 1.5, "protocol", "cosmos", "unbondingDays", 21L, "slashedInWindow", 64L));
        assertThat(o.fraction(SlashingOverrides.DOUBLE_SIGN)).hasValue(0.05);
        assertThat(o.fraction(SlashingOverrides.DOWNTIME)).hasValue(1.0);
        assertThat(o.fraction(SlashingOverrides.INVALID_BLOCK)).isEmpty();
        assertThat(o.protocol()).isEqualTo("cosmos");
        assertThat(o.slashedInWindow()).isEqualTo(64);
        assertThat(o.extras()).containsExactly(Map.entry("tombstone", true), Map.entry("unbondingDays", 21L));
    }

    @Test
    void unknownKeysStillRoundTrip() throws Exception {
        Chain c = Chain.builder("hub", ChainKind.PROVIDER).security(settings("topN", 95L, "myKey", List.of(1L)))
                .slashing(settings("tombstone", true, "doubleSignFraction", 0.05)).build();
        Network n = Network.builder().name("rt").chain(c).build();
        Chain back = NetworkCodec.readString("rt.json", NetworkCodec.write(n)).chains().get(0);
        assertThat(back.security()).isEqualTo(c.security());
        assertThat(back.slashingOverrides().extras()).containsExactly(Map.entry("tombstone", true));
        assertThat(back.icsShaping().topN()).isEqualTo(95);
    }
}
