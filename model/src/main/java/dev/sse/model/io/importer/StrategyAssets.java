package dev.sse.model.io.importer;

import dev.sse.model.network.Asset;
import dev.sse.model.network.Network;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * EigenLayer strategies as assets (issue 22 item 1): an operator's shares in each strategy become its holdings, in
 * whole shares (10^18 shares), and each strategy an asset priced by {@code --price STRATEGY=USD} per whole share.
 * Symbols: the mainnet strategies' token symbols as read from the StrategyManager's whitelist
 * (shared/real-data/eigenlayer mainnet-strategies-avs-eigenda.facts.json, {@code strategies.list}), {@code beaconETH}
 * for the virtual beacon-chain ETH strategy, otherwise {@code 0x} and the address's first 8 hex digits.
 */
final class StrategyAssets {

    static final String BEACON = "0xbeac0eeeeeeeeeeeeeeeeeeeeeeeeeeeeeebeac0";
    private static final BigDecimal WHOLE = new BigDecimal(EigenAllocations.WAD);
    private static final Map<String, String> KNOWN = Map.ofEntries(
            Map.entry(BEACON, "beaconETH"),
            Map.entry("0x54945180db7943c0ed0fee7edab2bd24620256bc", "cbETH"),
            Map.entry("0x93c4b944d05dfe6df7645a86cd2206016c51564d", "stETH"),
            Map.entry("0x1bee69b7dfffa4e2d53c2a2df135c388ad25dcd2", "rETH"),
            Map.entry("0x9d7ed45ee2e8fc5482fa2428f15c971e6369011d", "ETHx"),
            Map.entry("0x13760f50a9d7377e4f20cb8cf9e4c26586c658ff", "ankrETH"),
            Map.entry("0xa4c637e0f704745d182e4d38cab7e7485321d059", "oETH"),
            Map.entry("0x57ba429517c3473b6d34ca9acd56c0e735b94c02", "osETH"),
            Map.entry("0x0fe4f44bee93503346a3ac9ee5a26b130a5796d6", "swETH"),
            Map.entry("0x7ca911e83dabf90c90dd3de5411a10f1a6112184", "wBETH"),
            Map.entry("0x8ca7a5d6f3acd3a7a8bc468a8cd0fb14b6bd28b6", "sfrxETH"),
            Map.entry("0xae60d8180437b5c34bb956822ac2710972584473", "lsETH"),
            Map.entry("0x298afb19a105d59e74658c4c334ff360bade6dd2", "mETH"));

    private StrategyAssets() {
    }

    /** The asset symbol of a strategy (lower-case address). */
    static String symbol(String strategy) {
        return KNOWN.getOrDefault(strategy, strategy.substring(0, 10));
    }

    /** Symbol → whole shares held, strategies with shares only, in address order. */
    static Map<String, Double> holdings(Map<String, BigInteger> shares) {
        Map<String, Double> out = new LinkedHashMap<>();
        new TreeMap<>(shares).forEach((strategy, n) -> {
            if (n.signum() > 0) {
                out.merge(symbol(strategy), new BigDecimal(n).divide(WHOLE).doubleValue(), Double::sum);
            }
        });
        return out;
    }

    /**
     * Adds one asset per strategy held (when any price is given; without prices the symbols are free labels, 1 per
     * whole share), the strategies behind the symbols to the provenance, and what was assumed.
     */
    static void assets(Map<String, BigDecimal> prices, TreeSet<String> used, Provenance provenance,
                       List<String> assumptions, Network.Builder b) {
        Map<String, Object> strategies = new TreeMap<>();
        Map<String, Object> stated = new TreeMap<>();
        used.forEach(s -> strategies.put(symbol(s), s));
        used.stream().filter(prices::containsKey).forEach(s -> stated.put(s, prices.get(s).doubleValue()));
        provenance.put("strategies", strategies.isEmpty() ? null : strategies);
        provenance.put("priceUsdPerShare", stated.isEmpty() ? null : stated);
        assumptions.add("Each strategy is an asset and an operator holds its shares of each, in whole shares (10^18 "
                + "shares), priced per whole share, taking a share as worth its price whatever the strategy's "
                + "share-to-token rate; every AVS counts every strategy (the responses do not say which it counts).");
        List<String> unpriced = used.stream().filter(s -> !prices.containsKey(s)).toList();
        if (stated.isEmpty()) {
            assumptions.add("No --price given: every strategy counts 1 per whole share, so values are in shares, not USD.");
            return;
        }
        used.forEach(s -> b.asset(new Asset(symbol(s), prices.getOrDefault(s, BigDecimal.ONE).doubleValue())));
        if (!unpriced.isEmpty()) {
            assumptions.add("No --price for strategy " + String.join(", ", unpriced) + ": it counts 1 USD per whole "
                    + "share, so values mix USD and shares.");
        }
    }
}
