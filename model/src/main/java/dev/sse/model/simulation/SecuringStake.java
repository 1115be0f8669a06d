package dev.sse.model.simulation;

import dev.sse.model.network.Allocation;
import dev.sse.model.network.Chain;
import dev.sse.model.network.Network;
import dev.sse.model.network.Validator;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The unshaped securing set N(s): a chain's own allocations or, for a parachain, consumer chain or
 * rollup without allocations of its own, its provider's ({@code securedBy}) allocations. No ICS Top-N or
 * power caps: the analysis engine shapes N(s) properly; this rule only backs the default
 * {@link CascadeAttackFinder#securingStake} explanations.
 */
public final class SecuringStake {

    private SecuringStake() {
    }

    /**
     * Validator id → weight in value units: the allocation's value (an explicit amount, else the whole
     * stake) × price, capped at the validator's value; removed validators are left out. File order.
     */
    public static Map<String, Double> direct(Network network, Set<String> removed, String chainId) {
        Map<String, Double> weights = new LinkedHashMap<>();
        for (Allocation a : allocationsSecuring(network, chainId)) {
            Validator v = network.validator(a.validator()).orElse(null);
            if (v != null && !removed.contains(v.id())) {
                weights.merge(v.id(), Math.min(network.valueOf(a), network.valueOf(v)), Double::sum);
            }
        }
        return Collections.unmodifiableMap(weights);
    }

    /** The allocations that make up N(s) under the unshaped rule. */
    public static List<Allocation> allocationsSecuring(Network network, String chainId) {
        List<Allocation> own = network.allocationsTo(chainId);
        Chain chain = network.chain(chainId).orElse(null);
        if (own.isEmpty() && chain != null && chain.kind().inheritsProviderSet() && chain.securedBy() != null) {
            return network.allocationsTo(chain.securedBy());
        }
        return own;
    }
}
