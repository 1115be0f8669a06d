package dev.sse.model.analysis.economics;

import dev.sse.model.network.Allocation;
import dev.sse.model.network.Bridge;
import dev.sse.model.network.BridgeTrust;
import dev.sse.model.network.Chain;
import dev.sse.model.network.ChainKind;
import dev.sse.model.network.Governance;
import dev.sse.model.network.Network;
import dev.sse.model.network.SecurityCost;
import dev.sse.model.network.Settings;
import dev.sse.model.network.Validator;
import java.util.List;
import java.util.Map;

/** Small networks whose economics are computed by hand in the tests. No assets: one value unit, price 1. */
final class EconNets {

    private static final double TWO_THIRDS = 2.0 / 3.0;

    private EconNets() {
    }

    /**
     * Provider P (p1..p4 = 40/30/20/10, inflation 10/yr) lends its whole set to consumer C1 (rewards 40/yr, ICS
     * share 25%); isolated I (i1 = 6, i2 = 4, inflation 1 + fees 1). Bridges: same-provider P–C1 (50), light-client
     * C1–I (5), multisig 2-of-3 P–C1 signed by p4, i2, p3 (30), a 2-of-3 multisig by signer stakes 0/5/1 (2),
     * external sets by stake 90 (default α) and by cost 25.
     *
     * <p>Costs of corruption (α = 2/3): P and C1 need 66.67 of 100: p1 + p2 = 70; I needs 6.67 of 10: i1 + i2 = 10.
     */
    static Network sharedAndIsolated() {
        return Network.builder().name("econ")
                .validator(v("p1", 40)).validator(v("p2", 30)).validator(v("p3", 20)).validator(v("p4", 10))
                .validator(v("i1", 6)).validator(v("i2", 4))
                .chain(Chain.builder("P", ChainKind.PROVIDER).profitFromCorruption(20).attackThreshold(TWO_THIRDS)
                        .securityCost(SecurityCost.ownValidators(10, 0)).build())
                .chain(Chain.builder("C1", ChainKind.CONSUMER).profitFromCorruption(15).attackThreshold(TWO_THIRDS)
                        .securedBy("P").security(new Settings(Map.of("topN", 100L)))
                        .securityCost(SecurityCost.sharedRewards(40, null)).build())
                .chain(Chain.builder("I", ChainKind.ISOLATED).profitFromCorruption(8).attackThreshold(TWO_THIRDS)
                        .securityCost(SecurityCost.ownValidators(1, 1)).build())
                .allocation(Allocation.pooled("p1", "P")).allocation(Allocation.pooled("p2", "P"))
                .allocation(Allocation.pooled("p3", "P")).allocation(Allocation.pooled("p4", "P"))
                .allocation(Allocation.pooled("i1", "I")).allocation(Allocation.pooled("i2", "I"))
                .bridge(new Bridge("sp", null, Bridge.Kind.IBC, List.of("P", "C1"), 50, new BridgeTrust.SameProvider()))
                .bridge(new Bridge("lc", null, Bridge.Kind.IBC, List.of("C1", "I"), 5, new BridgeTrust.LightClient()))
                .bridge(new Bridge("ms", null, Bridge.Kind.THIRD_PARTY, List.of("P", "C1"), 30,
                        new BridgeTrust.Multisig(2, 3, List.of("p4", "i2", "p3"), null)))
                .bridge(new Bridge("keys", null, Bridge.Kind.THIRD_PARTY, List.of("C1", "I"), 2,
                        new BridgeTrust.Multisig(2, 3, null, List.of(0.0, 5.0, 1.0))))
                .bridge(new Bridge("ext", null, Bridge.Kind.THIRD_PARTY, List.of("P", "I"), 100,
                        new BridgeTrust.External(90.0, null, null)))
                .bridge(new Bridge("ext2", null, Bridge.Kind.THIRD_PARTY, List.of("P", "I"), 0,
                        new BridgeTrust.External(null, null, 25.0)))
                .build();
    }

    /**
     * Restaking on an L1: u (100) splits unique stake 50/50 over AVSs A1 and A2; w (50) restakes its whole stake
     * into both (pooled). Each AVS pays 10/yr to its operators.
     */
    static Network pooledVersusUnique() {
        return Network.builder().name("restaking")
                .validator(v("u", 100)).validator(v("w", 50))
                .chain(Chain.builder("eth", ChainKind.L1).attackThreshold(TWO_THIRDS).build())
                .chain(avs("A1")).chain(avs("A2"))
                .allocation(Allocation.pooled("u", "eth")).allocation(Allocation.pooled("w", "eth"))
                .allocation(Allocation.of("u", "A1", 50)).allocation(Allocation.of("u", "A2", 50))
                .allocation(Allocation.pooled("w", "A1")).allocation(Allocation.pooled("w", "A2"))
                .build();
    }

    private static Chain avs(String id) {
        return Chain.builder(id, ChainKind.AVS).profitFromCorruption(1).attackThreshold(0.5).securedBy("eth")
                .governance(new Governance(Governance.Model.SECURITY_COUNCIL, 3, 5, 2.0))
                .securityCost(SecurityCost.sharedRewards(10, null)).build();
    }

    static Validator v(String id, double stake) {
        return new Validator(id, null, stake, null, null);
    }
}
