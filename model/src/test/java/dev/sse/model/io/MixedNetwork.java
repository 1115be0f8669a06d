package dev.sse.model.io;

import dev.sse.model.network.Allocation;
import dev.sse.model.network.Chain;
import dev.sse.model.network.ChainKind;
import dev.sse.model.network.Network;
import dev.sse.model.network.Settings;
import dev.sse.model.network.Validator;
import java.util.Map;

/** The analysis writers' test network: a provider with a Top-N consumer, a non-upgradable rollup and an AVS. */
public final class MixedNetwork {

    private MixedNetwork() {
    }

    /** Twelve validators on the hub, every third also on the AVS {@code avsId} (whose profit is {@code avsProfit}). */
    public static Network of(String avsId, double avsProfit) {
        Network.Builder b = Network.builder().name("mixed")
                .chain(Chain.builder("hub", ChainKind.PROVIDER).profitFromCorruption(50).build())
                .chain(Chain.builder("con", ChainKind.CONSUMER).profitFromCorruption(20).attackThreshold(1.0 / 3)
                        .securedBy("hub").security(new Settings(Map.of("topN", 50))).build())
                .chain(Chain.builder("roll", ChainKind.ROLLUP).profitFromCorruption(5).attackThreshold(0.5)
                        .securedBy("hub").security(new Settings(Map.of("upgradable", false))).build())
                .chain(Chain.builder(avsId, ChainKind.AVS).profitFromCorruption(avsProfit).attackThreshold(0.5)
                        .securedBy("hub").build());
        for (int i = 0; i < 12; i++) {
            b.validator(new Validator("v" + i, null, 10 + i * 1.25, null, null));
            b.allocation(Allocation.pooled("v" + i, "hub"));
            if (i % 3 == 0) {
                b.allocation(Allocation.of("v" + i, avsId, 4.5));
            }
        }
        return b.build();
    }
}
