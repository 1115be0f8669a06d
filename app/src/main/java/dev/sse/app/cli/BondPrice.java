package dev.sse.app.cli;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * The bond asset's price in USD for the importers of a chain with one bond asset ({@code import cosmos},
 * {@code kusama}, {@code polkadot}), as a picocli mixin (issue 21, one copy instead of two): {@code --price ASSET=USD},
 * its check and its value. {@code import eigenlayer} prices strategies by address instead: its own option.
 */
final class BondPrice {

    @Option(names = "--price", paramLabel = "ASSET=USD",
            description = "price of the bond asset (ATOM, KSM or DOT) in USD, e.g. ATOM=6.71 or KSM=30")
    Map<String, BigDecimal> price = new LinkedHashMap<>();

    /**
     * "--price KEY=VALUE: expected ASSET=USD with a price > 0" for the first {@code --price} that is not of the bond
     * asset or not above 0, else null.
     */
    String problem(String asset) {
        for (Map.Entry<String, BigDecimal> p : price.entrySet()) {
            if (!p.getKey().equals(asset) || p.getValue().signum() <= 0) {
                return "--price " + p.getKey() + "=" + p.getValue() + ": expected " + asset + "=USD with a price > 0";
            }
        }
        return null;
    }

    /** The price of {@code asset}, or null when none was given. */
    BigDecimal of(String asset) {
        return price.get(asset);
    }
}
