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
                .chain(new Chain("hub", null, ChainKind.PROVIDER, null, 50, 2.0 / 3, null, null, null))
                .chain(new Chain("con", null, ChainKind.CONSUMER, null, 20, 1.0 / 3, "hub",
                        new Settings(Map.of("topN", 50)), null))
                .chain(new Chain("roll", null, ChainKind.ROLLUP, null, 5, 0.5, "hub",
                        new Settings(Map.of("upgradable", false)), null))
                .chain(new Chain(avsId, null, ChainKind.AVS, null, avsProfit, 0.5, "hub", null, null));
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
