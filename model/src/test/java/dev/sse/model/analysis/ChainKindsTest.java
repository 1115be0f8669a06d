package dev.sse.model.analysis;

import static dev.sse.model.analysis.Nets.chain;
import static dev.sse.model.analysis.Nets.v;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.sse.model.analysis.shaping.IcsPowerShaping;
import dev.sse.model.network.Allocation;
import dev.sse.model.network.ChainKind;
import dev.sse.model.network.Network;
import dev.sse.model.network.RollupSecurity;
import dev.sse.model.network.Settings;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChainKindsTest {

    @Test
    void powerCapDocsExample() {
        long[] capped = IcsPowerShaping.capPowers(new long[] {100, 1, 1, 1}, 30);
        assertThat(capped).containsExactly(30, 24, 24, 25);
        assertThat(java.util.Arrays.stream(capped).sorted().toArray()).containsExactly(24, 24, 25, 30);
    }

    @Test
    void infeasiblePowerCapGivesEveryoneTheSameShare() {
        assertThat(IcsPowerShaping.capPowers(new long[] {100, 1, 1, 1}, 20)).containsExactly(20, 20, 20, 20);
    }

    @Test
    void topNIncludesTiesAtTheBoundary() {
        // 40 + 20 = 60 ≥ 50%: min power 20, and the other 20 ties in
        assertThat(IcsPowerShaping.minPowerInTopN(new long[] {40, 20, 20, 10, 10}, 50)).isEqualTo(20);
        assertThat(IcsPowerShaping.minPowerInTopN(new long[] {40, 20, 20, 10, 10}, 100)).isEqualTo(10);
    }

    private static Network ics(Map<String, Object> security) {
        Network.Builder b = Network.builder().name("ics")
                .chain(chain("hub", ChainKind.PROVIDER, 10, 2.0 / 3, null, Map.of()))
                .chain(chain("con", ChainKind.CONSUMER, 5, 1.0 / 3, "hub", security));
        double[] stakes = {40, 20, 20, 10, 10};
        for (int i = 0; i < stakes.length; i++) {
            b.validator(v("v" + i, stakes[i])).allocation(Allocation.pooled("v" + i, "hub"));
        }
        return b.build();
    }

    private static List<String> set(AnalysisResult r, String chain) {
        return r.chains().get(chain).validatorSet().stream().map(ValidatorPower::id).toList();
    }

    @Test
    void consumerSetShapingTopNOptInAllowDenyAndCaps() {
        assertThat(set(SecurityAnalyzer.analyze(ics(Map.of("topN", 50))), "con")).containsExactly("v0", "v1", "v2");
        assertThat(set(SecurityAnalyzer.analyze(ics(Map.of())), "con")).hasSize(5);
        assertThat(set(SecurityAnalyzer.analyze(ics(Map.of("topN", 0, "optIn", List.of("v3", "v4")))), "con"))
                .containsExactly("v3", "v4");
        assertThat(set(SecurityAnalyzer.analyze(ics(Map.of("topN", 50, "optIn", List.of("v4"),
                "denylist", List.of("v1", "v4")))), "con")).containsExactly("v0", "v2");
        assertThat(set(SecurityAnalyzer.analyze(ics(Map.of("allowlist", List.of("v0", "v3"), "denylist", List.of("v0")))),
                "con")).containsExactly("v3");
        assertThat(set(SecurityAnalyzer.analyze(ics(Map.of("topN", 0, "optIn", List.of("v0", "v2", "v3"),
                "validatorSetCap", 2))), "con")).containsExactly("v0", "v2");
        AnalysisResult capped = SecurityAnalyzer.analyze(ics(Map.of("powerCap", 30)));
        assertThat(capped.chains().get("con").validatorSet().stream().mapToDouble(ValidatorPower::power).toArray())
                .containsExactly(30, 22, 22, 13, 13);
        // with capped powers 30,22,22,13,13 (sum 100) a third needs 34: v0 alone no longer halts the consumer
        assertThat(capped.chains().get("con").nakamotoCoefficient()).isEqualTo(2);
        assertThat(capped.chains().get("con").isolatedCostOfCorruption()).isZero();
        assertThat(capped.chains().get("hub").blastRadius()).containsExactly("con");
    }

    @Test
    void hypergeometricCheckValues() {
        assertThat(ParachainOdds.backingCapture(600, 200, 5, 2)).isCloseTo(0.540, within(5e-4));
        assertThat(ParachainOdds.backingCapture(600, 200, 5, 3)).isCloseTo(0.209, within(5e-4));
        assertThat(ParachainOdds.invalidBlockEscape(600, 200, 30)).isCloseTo(1.03e-15, within(0.005e-15));
        assertThat(ParachainOdds.invalidBlockEscape(600, 200, 25)).isCloseTo(4.10e-13, within(0.005e-13));
        assertThat(ParachainOdds.invalidBlockEscape(1000, 333, 30)).isCloseTo(1.90e-15, within(0.005e-15));
    }

    @Test
    void parachainsInheritTheRelaySetAndGetOdds() {
        Network.Builder b = Network.builder().adversaryFraction(1.0 / 3)
                .chain(chain("relay", ChainKind.RELAY, 0, 2.0 / 3, null, Map.of()))
                .chain(chain("para", ChainKind.PARACHAIN, 0, 2.0 / 3, "relay", Map.of("neededApprovals", 2)))
                .chain(chain("sub", ChainKind.PARACHAIN, 0, 2.0 / 3, "para", Map.of()));
        for (int i = 0; i < 6; i++) {
            b.validator(v("v" + i, 1)).allocation(Allocation.pooled("v" + i, "relay"));
        }
        AnalysisResult r = SecurityAnalyzer.analyze(b.build());
        ChainMetrics para = r.chains().get("para");
        assertThat(para.validatorSet()).hasSize(6);
        // n = 6, m = 2, k = 2: C(2,2)/C(6,2) = 1/15
        assertThat(para.invalidBlockEscapeProbability()).isCloseTo(1.0 / 15, within(1e-15));
        assertThat(r.chains().get("relay").blastRadius()).containsExactly("para", "sub");
        assertThat(r.chains().get("relay").backingCaptureProbability()).isNull();
    }

    @Test
    void exitWindows() {
        assertThat(ExitWindow.days(RollupSecurity.of(new Settings(Map.of("upgradeDelayDays", 10, "exitDelayDays", 7))))).isEqualTo(3);
        assertThat(ExitWindow.days(RollupSecurity.of(new Settings(Map.of("upgradeDelayDays", 2, "exitDelayDays", 7))))).isZero();
        assertThat(ExitWindow.days(RollupSecurity.of(new Settings(Map.of("upgradable", false))))).isInfinite();
        assertThat(ExitWindow.days(RollupSecurity.of(Settings.EMPTY))).isZero();
        assertThat(ExitWindow.risk(6.9)).isEqualTo("bad");
        assertThat(ExitWindow.risk(7)).isEqualTo("warning");
        assertThat(ExitWindow.risk(29.9)).isEqualTo("warning");
        assertThat(ExitWindow.risk(30)).isEqualTo("good");
        assertThat(ExitWindow.risk(Double.POSITIVE_INFINITY)).isEqualTo("good");
    }
}
