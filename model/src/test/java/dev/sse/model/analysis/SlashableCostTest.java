package dev.sse.model.analysis;

import static dev.sse.model.analysis.Nets.v;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.sse.model.network.Allocation;
import dev.sse.model.network.Chain;
import dev.sse.model.network.ChainKind;
import dev.sse.model.network.Network;
import dev.sse.model.network.Settings;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The slashable cost of corruption beside the Durvasula–Roughgarden cost (issue 19, item 6): 5% on an ICS chain
 * (Hub {@code slash_fraction_double_sign}), min((3k/n)², 1) for Polkadot relay equivocation (polkadot-sdk grandpa
 * equivocation.rs), 100% for parachain backers (disputes/slashing.rs {@code SLASH_FOR_INVALID_BACKED}), Electra's
 * penalties on Ethereum (consensus-specs electra {@code process_slashings}), the allocation for an AVS.
 */
class SlashableCostTest {

    private static Network uniform(ChainKind kind, int n, double alpha, Map<String, Object> slashing) {
        Network.Builder b = Network.builder().name("t").chain(Chain.builder("c", kind).profitFromCorruption(1000)
                .attackThreshold(alpha).slashing(new Settings(slashing)).build());
        for (int i = 0; i < n; i++) {
            b.validator(v("v" + i, 10)).allocation(Allocation.pooled("v" + i, "c"));
        }
        return b.build();
    }

    private static ChainMetrics metrics(Network net, String chain) {
        return SecurityAnalyzer.analyze(net).chains().get(chain);
    }

    @Test
    void icsChargesTheDoubleSignFractionAndTheSettingChangesIt() {
        ChainMetrics hub = metrics(uniform(ChainKind.PROVIDER, 9, 2.0 / 3, Map.of()), "c");
        assertThat(hub.costOfCorruption()).isEqualTo(60); // 6 of 9 validators of 10
        assertThat(hub.slashableCostOfCorruption()).isCloseTo(3, within(1e-9)); // 5%
        assertThat(hub.slashableMargin()).isCloseTo(3 / 1000.0 - 1, within(1e-12));
        assertThat(hub.why(ChainMetrics.Metric.SLASHABLE_COST_OF_CORRUPTION)).contains("5%", "double-sign");
        ChainMetrics tenth = metrics(uniform(ChainKind.PROVIDER, 9, 2.0 / 3, Map.of("doubleSignFraction", 0.1)), "c");
        assertThat(tenth.slashableCostOfCorruption()).isCloseTo(6, within(1e-9));
    }

    @Test
    void polkadotRelayEquivocationDependsOnTheCoalitionSize() {
        ChainMetrics relay = metrics(uniform(ChainKind.RELAY, 100, 0.05, Map.of()), "c");
        assertThat(relay.costOfCorruption()).isEqualTo(50); // k = 5 of n = 100
        assertThat(relay.slashableCostOfCorruption()).isCloseTo(50 * 0.0225, within(1e-9)); // (15/100)²
        assertThat(relay.why(ChainMetrics.Metric.SLASHABLE_COST_OF_CORRUPTION)).contains("k = 5", "n = 100");
    }

    @Test
    void ethereumLosesEverythingOnceAThirdIsSlashedTogether() {
        ChainMetrics eth = metrics(uniform(ChainKind.L1, 9, 1.0 / 3, Map.of()), "c");
        assertThat(eth.costOfCorruption()).isEqualTo(30);
        assertThat(eth.slashableCostOfCorruption()).isCloseTo(30, within(1e-9));
        ChainMetrics small = metrics(uniform(ChainKind.L1, 10, 0.1, Map.of()), "c");
        // S = 10 of T = 100: ⌊10/4096 ETH⌋ + 3·10/100 of 10 = 3.00244140625 of 10
        assertThat(small.slashableCostOfCorruption()).isCloseTo(3.00244140625, within(1e-9));
    }

    @Test
    void parachainBackersAndAvsAllocationsLoseEverything() {
        Network net = Network.builder().name("p").chain(Nets.chain("relay", ChainKind.RELAY, 10, 2.0 / 3, null, Map.of()))
                .chain(Nets.chain("para", ChainKind.PARACHAIN, 10, 2.0 / 3, "relay", Map.of()))
                .chain(Nets.chain("avs", ChainKind.AVS, 10, 1.0 / 2, null, Map.of()))
                .validator(v("a", 10)).validator(v("b", 10)).validator(v("c", 10))
                .allocation(Allocation.pooled("a", "relay")).allocation(Allocation.pooled("b", "relay"))
                .allocation(Allocation.pooled("c", "relay")).allocation(Allocation.of("a", "avs", 4))
                .allocation(Allocation.of("b", "avs", 4)).build();
        ChainMetrics para = metrics(net, "para");
        assertThat(para.slashableCostOfCorruption()).isEqualTo(para.costOfCorruption());
        ChainMetrics avs = metrics(net, "avs");
        assertThat(avs.costOfCorruption()).isEqualTo(4);
        assertThat(avs.slashableCostOfCorruption()).isEqualTo(4);
    }
}
