package dev.sse.app.cli;

import dev.sse.model.network.Network;
import dev.sse.model.variants.Isolation;
import dev.sse.model.variants.Variants;
import java.util.Locale;

/**
 * A derived variant to compare a network with (docs/comparison.md): how it is built and what its side is called. One
 * place for both, so that {@code explorer report --variant KIND} and the Compare window's variant buttons build the
 * same network and name its side the same, and their report pages are the same bytes (issue 21).
 */
public enum ReportVariant {
    ISOLATE, POOL, UNIQUE;

    /** The command line's spelling: {@code isolate}, {@code pool} or {@code unique}. */
    public static ReportVariant parse(String kind) {
        for (ReportVariant v : values()) {
            if (v.name().toLowerCase(Locale.ROOT).equals(kind)) {
                return v;
            }
        }
        throw new IllegalArgumentException("--variant must be isolate, pool or unique, got '" + kind + "'");
    }

    /** The variant of {@code n}; {@code share} is the provider's share an isolated consumer keeps (0: direct only). */
    public Network derive(Network n, double share) {
        return switch (this) {
            case ISOLATE -> Variants.isolateConsumers(n, share > 0 ? Isolation.providerShare(share) : Isolation.directOnly());
            case POOL -> Variants.poolAllocations(n);
            case UNIQUE -> Variants.uniqueStake(n);
        };
    }

    /**
     * The side's name in tables and reports: "isolated (30% share)", "isolated (direct only)", "pooled", "unique
     * stake". English, as the command line's output is (it must not change with the locale), and the window names
     * the side the same so that both write the same report.
     */
    public String label(double share) {
        return switch (this) {
            case ISOLATE -> "isolated (" + (share > 0 ? Math.round(share * 100) + "% share" : "direct only") + ")";
            case POOL -> "pooled";
            case UNIQUE -> "unique stake";
        };
    }
}
