package dev.sse.model.analysis.economics;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The security of one bridge (issue 10), from {@link BridgeCosts}. Money in the value unit.
 *
 * @param id               bridge id
 * @param kind             ibc, xcmp, canonical or third-party
 * @param chains           the two chains it joins
 * @param trust            its trust model's label, e.g. {@code "multisig 5-of-9"}
 * @param value            V: the value it carries, what breaking it gains
 * @param costOfCorruption B: what breaking its trust costs (same provider → the provider's cost of corruption;
 *                         light client → the cheaper chain's; multisig → the k cheapest signers' stake; external →
 *                         that set's)
 * @param costExact        whether B is proven (chain costs come from the analysis and may be best-found)
 * @param costToValue      B / V; null when V = 0
 * @param secure           B ≥ V: breaking it costs at least what it yields
 * @param weakestLink      B &lt; min(cost of corruption of the chains it joins): cheaper to break than either chain
 * @param attackers        the validators whose stake B counts (the k cheapest signers of a multisig with validator
 *                         signers), else empty
 * @param why              metric name → one line with the formula and its numbers
 */
public record BridgeEconomics(String id, String kind, List<String> chains, String trust, double value,
                              double costOfCorruption, boolean costExact, Double costToValue, boolean secure,
                              boolean weakestLink, List<String> attackers, Map<String, String> why) {

    public BridgeEconomics {
        chains = List.copyOf(chains);
        attackers = List.copyOf(attackers);
        why = Collections.unmodifiableMap(new LinkedHashMap<>(why));
    }
}
