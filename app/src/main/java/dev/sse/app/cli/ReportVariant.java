package dev.sse.app.cli;

import dev.sse.app.i18n.Messages;
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

    /** The side's name in tables and reports: "isolated (30% share)", "pooled", "unique stake". */
    public String label(double share) {
        return switch (this) {
            case ISOLATE -> Messages.get("compare.variant.isolated", share > 0
                    ? Messages.get("compare.variant.share", String.valueOf(Math.round(share * 100)))
                    : Messages.get("compare.variant.directOnly"));
            case POOL -> Messages.get("compare.variant.pooled");
            case UNIQUE -> Messages.get("compare.variant.unique");
        };
    }
}
