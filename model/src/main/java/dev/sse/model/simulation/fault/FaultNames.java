package dev.sse.model.simulation.fault;

import dev.sse.model.network.Bridge;
import dev.sse.model.network.Chain;
import dev.sse.model.network.Network;
import dev.sse.model.network.Validator;
import java.util.List;
import java.util.Optional;

/** Names of a fault's chains, validators and bridges in a network, the id where none is known (issue 18 item 9). */
final class FaultNames {

    private FaultNames() {
    }

    static String chain(Network n, String id) {
        return n == null ? id : named(n.chain(id).map(Chain::name), id);
    }

    static String bridge(Network n, String id) {
        return n == null ? id : named(n.bridge(id).map(Bridge::name), id);
    }

    static String validators(Network n, List<String> ids) {
        return String.join(", ", ids.stream()
                .map(id -> n == null ? id : named(n.validator(id).map(Validator::name), id)).toList());
    }

    private static String named(Optional<String> name, String id) {
        return name.filter(s -> !s.isBlank()).orElse(id);
    }
}
