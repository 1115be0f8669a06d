package dev.sse.model.analysis;

import dev.sse.model.network.Allocation;
import dev.sse.model.network.Chain;
import dev.sse.model.network.ChainKind;
import dev.sse.model.network.Network;
import dev.sse.model.network.Settings;
import dev.sse.model.network.Validator;
import java.util.Map;

/** Tiny network builders for tests. */
final class Nets {

    private Nets() {
    }

    static Validator v(String id, double stake) {
        return new Validator(id, null, stake, null, null);
    }

    static Chain service(String id, double profit, double alpha) {
        return Chain.builder(id, ChainKind.SERVICE).profitFromCorruption(profit).attackThreshold(alpha).build();
    }

    static Chain chain(String id, ChainKind kind, double profit, double alpha, String securedBy,
                       Map<String, Object> security) {
        return Chain.builder(id, kind).profitFromCorruption(profit).attackThreshold(alpha).securedBy(securedBy)
                .security(new Settings(security)).build();
    }

    /** Two service chains x and y (α = 0.5, {@code profit} each) on disjoint validators a and b ({@code stake} each). */
    static Network disjointPair(double stake, double profit) {
        return Network.builder().name("two")
                .validator(v("a", stake)).validator(v("b", stake))
                .chain(service("x", profit, 0.5)).chain(service("y", profit, 0.5))
                .allocation(Allocation.pooled("a", "x")).allocation(Allocation.pooled("b", "y"))
                .build();
    }

    /** Theorem 2 of Durvasula–Roughgarden: x secured by a (0.1) and b (0.9), π = 1, α = 1. */
    static Network theorem2() {
        return Network.builder().name("theorem-2")
                .validator(v("a", 0.1)).validator(v("b", 0.9))
                .chain(service("x", 1, 1))
                .allocation(Allocation.pooled("a", "x")).allocation(Allocation.pooled("b", "x"))
                .build();
    }
}
