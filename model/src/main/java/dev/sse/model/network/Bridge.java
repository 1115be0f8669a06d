package dev.sse.model.network;

import java.util.List;

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

    /** The kinds of channel, named by {@link FileName} ({@code "third-party"}). */
    public enum Kind implements FileName {
        IBC, XCMP, CANONICAL, THIRD_PARTY
    }

    /** Whether the bridge joins {@code chainId}. */
    public boolean joins(String chainId) {
        return chains.contains(chainId);
    }
}
