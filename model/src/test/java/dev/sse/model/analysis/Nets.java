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
        return new Chain(id, null, ChainKind.SERVICE, null, profit, alpha, null, null, null);
    }

    static Chain chain(String id, ChainKind kind, double profit, double alpha, String securedBy,
                       Map<String, Object> security) {
        return new Chain(id, null, kind, null, profit, alpha, securedBy, new Settings(security), null);
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
