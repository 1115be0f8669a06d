package dev.sse.model.network;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A channel between two chains that carries value (issue 10): IBC, XCMP, a rollup's canonical bridge or a
 * third-party bridge, with the value locked in it and the trust model its safety rests on.
 *
 * @param id     unique id among bridges
 * @param name   display name (defaults to the id)
 * @param kind   what kind of channel it is
 * @param chains the two chains it joins, distinct, in file order
 * @param value  value it carries (locked or in flight), in the network's value unit (USD with assets), ≥ 0: what
 *               an attacker who breaks it can take
 * @param trust  what its safety rests on
 */
public record Bridge(String id, String name, Kind kind, List<String> chains, double value, BridgeTrust trust) {

    public Bridge {
        name = name == null ? id : name;
        chains = List.copyOf(chains);
    }

    /** The kinds of channel, with their file-format names. */
    public enum Kind {
        IBC("ibc"), XCMP("xcmp"), CANONICAL("canonical"), THIRD_PARTY("third-party");

        private final String json;

        Kind(String json) {
            this.json = json;
        }

        public String json() {
            return json;
        }

        public static Optional<Kind> fromJson(String name) {
            return Arrays.stream(values()).filter(k -> k.json.equals(name)).findFirst();
        }

        public static String allNames() {
            return String.join(", ", Arrays.stream(values()).map(Kind::json).toList());
        }
    }

    /** Whether the bridge joins {@code chainId}. */
    public boolean joins(String chainId) {
        return chains.contains(chainId);
    }
}
