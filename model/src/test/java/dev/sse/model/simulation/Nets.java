package dev.sse.model.simulation;

import dev.sse.model.network.Allocation;
import dev.sse.model.network.Asset;
import dev.sse.model.network.Chain;
import dev.sse.model.network.ChainKind;
import dev.sse.model.network.Network;
import dev.sse.model.network.Settings;
import dev.sse.model.network.Validator;
import java.util.Map;

/** Terse network building for tests. */
final class Nets {

    private final Network.Builder b = Network.builder().name("test");

    static Nets network() {
        return new Nets();
    }

    Nets asset(String symbol, double price) {
        b.asset(new Asset(symbol, price));
        return this;
    }

    Nets validator(String id, double stake) {
        b.validator(new Validator(id, null, stake, null, null));
        return this;
    }

    Nets validator(String id, double stake, String asset, String operator) {
        b.validator(new Validator(id, null, stake, asset, operator));
        return this;
    }

    Nets chain(String id, ChainKind kind, double profit, double alpha) {
        return chain(id, kind, profit, alpha, null, Settings.EMPTY);
    }

    Nets chain(String id, ChainKind kind, double profit, double alpha, String securedBy) {
        return chain(id, kind, profit, alpha, securedBy, Settings.EMPTY);
    }

    Nets chain(String id, ChainKind kind, double profit, double alpha, String securedBy, Map<String, Object> slashing) {
        return chain(id, kind, profit, alpha, securedBy, new Settings(slashing));
    }

    private Nets chain(String id, ChainKind kind, double profit, double alpha, String securedBy, Settings slashing) {
        b.chain(Chain.builder(id, kind).profitFromCorruption(profit).attackThreshold(alpha).securedBy(securedBy)
                .slashing(slashing).build());
        return this;
    }

    /** Pooled allocations of each validator to the chain. */
    Nets pooled(String chain, String... validators) {
        for (String v : validators) {
            b.allocation(Allocation.pooled(v, chain));
        }
        return this;
    }

    Nets unique(String validator, String chain, double amount) {
        b.allocation(Allocation.of(validator, chain, amount));
        return this;
    }

    Network build() {
        return b.build();
    }
}
