package dev.sse.model.network;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Which assets a chain counts and how much each weighs ({@code security.assetWeights}, format version 2, issue 22):
 * asset symbol → weight &gt; 0; an asset not named is not counted. EigenLayer's StakeRegistry gives each quorum its
 * strategies with a multiplier, and an operator's stake in the quorum is Σ shares × multiplier / 10^18
 * (Layr-Labs/eigenlayer-middleware {@code StakeRegistry.sol}, {@code _weightOfOperatorForQuorum}); EigenDA's quorum 0
 * counts beacon-chain ETH and the LST strategies, quorum 1 EIGEN (shared/real-data/eigenlayer,
 * mainnet-strategies-avs-eigenda.facts.json, {@code eigenDA.quorumStrategies}). Absent: every asset at weight 1.
 */
public final class AssetWeights {

    /** The {@code security} key. */
    public static final String KEY = "assetWeights";

    private AssetWeights() {
    }

    /** The chain's weights by asset symbol, in file order; empty when it counts every asset at weight 1. */
    public static Map<String, Double> of(Chain chain) {
        if (!(chain.security().values().get(KEY) instanceof Map<?, ?> map)) {
            return Map.of();
        }
        Map<String, Double> out = new LinkedHashMap<>();
        map.forEach((k, v) -> {
            if (k instanceof String s && v instanceof Number n) {
                out.put(s, n.doubleValue());
            }
        });
        return Collections.unmodifiableMap(out);
    }

    /** Whether the chain names its assets (otherwise it counts every asset at weight 1). */
    public static boolean named(Chain chain) {
        return chain.security().has(KEY);
    }
}
