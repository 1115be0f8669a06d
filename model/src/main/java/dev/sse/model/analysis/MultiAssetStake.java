package dev.sse.model.analysis;

import dev.sse.model.network.Allocation;
import dev.sse.model.network.Asset;
import dev.sse.model.network.AssetWeights;
import dev.sse.model.network.Chain;
import dev.sse.model.network.Network;
import dev.sse.model.network.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Lowers multi-asset stake (format version 2, issue 22) into what the engines consume: one value per validator and
 * one per (validator, chain). The one place the analysis input is built from holdings and {@code assetWeights}
 * ({@link SecurityAnalyzer}, {@link AttackSearch}, {@code Economics} call it before anything else reads stakes).
 *
 * <ul>
 *   <li>A multi-asset validator becomes a validator of value Σ amount × price × (1 − shock) of its holdings (price
 *       shocks apply per asset here, before lowering; its asset is then the value unit, price 1).</li>
 *   <li>Its allocation to a chain puts at risk the priced, weighted sum over the assets the chain counts:
 *       f × Σ_a w_c(a) × amount_a × price_a, with f = 1 for a pooled allocation and amount ÷ units for an explicit
 *       one. A pooled allocation to a chain that counts every asset it holds at weight 1 stays pooled; any other
 *       becomes an explicit amount of that value (the attack's loss is then Σ_v min(σ_v, Σ_{s∈A} a(v,s))).</li>
 *   <li>A single-asset validator allocated to a chain with {@code assetWeights}: w × its amount (its asset's weight,
 *       0 when not counted: the allocation is dropped); its price shock stays with the engines.</li>
 * </ul>
 * Two chains counting the same strictly-partial set of assets each charge it in full: attacking both is then charged
 * up to twice that set, bounded by σ_v (exact when the counted sets of the chains attacked together are equal to the
 * whole holding, disjoint, or nested in the whole). A network without holdings and weights is returned as it is.
 */
public final class MultiAssetStake {

    private MultiAssetStake() {
    }

    /** {@code n} with holdings and asset weights lowered, at prices after {@code shocks} (asset → drop in [0, 1]). */
    public static Network lower(Network n, Map<String, Double> shocks) {
        if (!n.isMultiAsset()) {
            return n;
        }
        List<Validator> validators = new ArrayList<>(n.validators().size());
        for (Validator v : n.validators()) {
            validators.add(v.isMultiAsset()
                    ? new Validator(v.id(), v.name(), value(n, v, null, shocks), null, v.operator()) : v);
        }
        List<Allocation> allocations = new ArrayList<>(n.allocations().size());
        for (Allocation a : n.allocations()) {
            Validator v = n.validator(a.validator()).orElse(null);
            Chain c = n.chain(a.chain()).orElse(null);
            if (v == null || c == null || (!v.isMultiAsset() && !AssetWeights.named(c))) {
                allocations.add(a);
                continue;
            }
            Map<String, Double> weights = AssetWeights.named(c) ? AssetWeights.of(c) : null;
            Allocation lowered = v.isMultiAsset() ? multi(n, v, a, weights, shocks) : single(v, a, weights);
            if (lowered != null) {
                allocations.add(lowered);
            }
        }
        return n.toBuilder().validators(validators).allocations(allocations).build();
    }

    private static Allocation multi(Network n, Validator v, Allocation a, Map<String, Double> weights,
                                    Map<String, Double> shocks) {
        double counted = value(n, v, weights, shocks);
        if (a.isPooled() && (weights == null || counted == value(n, v, null, shocks))) {
            return a;
        }
        double fraction = a.isPooled() ? 1 : v.stake() > 0 ? a.amount().getAsDouble() / v.stake() : 0;
        double amount = fraction * counted;
        return amount > 0 ? Allocation.of(a.validator(), a.chain(), amount) : null;
    }

    private static Allocation single(Validator v, Allocation a, Map<String, Double> weights) {
        double w = v.asset() == null ? 0 : weights.getOrDefault(v.asset(), 0.0);
        if (w == 1) {
            return a;
        }
        double amount = w * a.amountOr(v.stake());
        return amount > 0 ? Allocation.of(a.validator(), a.chain(), amount) : null;
    }

    /** Σ w(a) × amount_a × price_a × (1 − shock_a) over the holdings; {@code weights == null}: every asset at 1. */
    static double value(Network n, Validator v, Map<String, Double> weights, Map<String, Double> shocks) {
        double sum = 0;
        for (Map.Entry<String, Double> h : v.holdings().entrySet()) {
            double w = weights == null ? 1 : weights.getOrDefault(h.getKey(), 0.0);
            if (w > 0) {
                double price = n.asset(h.getKey()).map(Asset::priceUsd).orElse(1.0);
                double drop = shocks.getOrDefault(h.getKey(), 0.0);
                sum += w * h.getValue() * price * (1 - drop);
            }
        }
        return sum;
    }
}
