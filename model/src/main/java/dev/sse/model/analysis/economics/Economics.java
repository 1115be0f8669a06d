package dev.sse.model.analysis.economics;

import dev.sse.model.analysis.AnalysisResult;
import dev.sse.model.analysis.ChainMetrics;
import dev.sse.model.analysis.exact.InstanceBuilder;
import dev.sse.model.analysis.shaping.SecuringSet;
import dev.sse.model.analysis.shaping.SecuringSets;
import dev.sse.model.format.Screen;
import dev.sse.model.network.Bridge;
import dev.sse.model.network.Chain;
import dev.sse.model.network.Network;
import dev.sse.model.network.Validator;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * The issue-10 economics of a network: per chain its annual security cost, security per cost, time to finality and
 * sovereignty; per validator its return on stake against staking once; per bridge its cost of corruption against
 * the value it carries. Computed from an {@link AnalysisResult} of the same network (its chain costs of corruption
 * and validator sets are used as they are, never recomputed). Immutable; maps in file order.
 *
 * @param valueUnit  the analysis's value unit ("USD" with assets, else "")
 * @param chains     per chain, by id
 * @param validators per validator, by id
 * @param bridges    per bridge, by id
 */
public record Economics(String valueUnit, Map<String, ChainEconomics> chains,
                        Map<String, ValidatorEconomics> validators, Map<String, BridgeEconomics> bridges) {

    public Economics {
        chains = Collections.unmodifiableMap(new LinkedHashMap<>(chains));
        validators = Collections.unmodifiableMap(new LinkedHashMap<>(validators));
        bridges = Collections.unmodifiableMap(new LinkedHashMap<>(bridges));
    }

    /** Economics at the network's prices (the analysis ran without price shocks). */
    public static Economics of(Network network, AnalysisResult result) {
        return of(network, result, Map.of());
    }

    /**
     * @param priceShocks the price shocks the analysis ran with (asset → drop in [0, 1]), so that stake values match
     */
    public static Economics of(Network given, AnalysisResult result, Map<String, Double> priceShocks) {
        Network network = dev.sse.model.analysis.MultiAssetStake.lower(given, priceShocks); // issue 22: holdings
        String unit = result.valueUnit();
        Function<Validator, BigDecimal> price = InstanceBuilder.prices(network, priceShocks);
        Map<String, Double> values = new HashMap<>();
        network.validators().forEach(v -> values.put(v.id(), BigDecimal.valueOf(v.stake()).multiply(price.apply(v))
                .doubleValue()));
        ToDoubleFunction<String> valueOf = id -> values.getOrDefault(id, 0.0);

        Map<String, ChainEconomics> chains = new LinkedHashMap<>();
        Map<String, Double> costs = new HashMap<>();
        Map<String, Finality.Value> finality = Finality.all(network);
        for (Chain c : network.chains()) {
            ChainMetrics m = result.chains().get(c.id());
            if (m == null) {
                continue;
            }
            ChainEconomics e = chain(network, c, m, finality.get(c.id()), unit);
            chains.put(c.id(), e);
            costs.put(c.id(), e.annualSecurityCost());
        }
        Map<String, SecuringSet> sets = SecuringSets.resolve(network, price, Set.of());
        Map<String, ValidatorEconomics> validators = ValidatorYields.of(network, result.chains(), costs, sets,
                valueOf, unit);
        Map<String, BridgeEconomics> bridges = new LinkedHashMap<>();
        for (Bridge b : network.bridges()) {
            bridges.put(b.id(), BridgeCosts.of(network, b, result.chains(), valueOf, unit));
        }
        return new Economics(unit, chains, validators, bridges);
    }

    private static ChainEconomics chain(Network network, Chain c, ChainMetrics m, Finality.Value finality, String unit) {
        Map<String, String> why = new LinkedHashMap<>();
        SecurityCosts.Value cost = SecurityCosts.of(c, unit);
        why.put("annualSecurityCost", cost.why());
        Double perCost = cost.perYear() == null || cost.perYear() <= 0 ? null : m.costOfCorruption() / cost.perYear();
        why.put("securityPerCost", perCost == null
                ? "no positive annual cost: no ratio"
                : "cost of corruption " + Screen.amount(m.costOfCorruption(), unit) + " / " + Screen.perYear(cost.perYear(), unit)
                + " = " + Screen.decimal(perCost) + ": an attack costs " + Screen.decimal(perCost) + " years of its security budget");
        why.put("timeToFinalitySeconds", finality.why());
        Sovereignty sovereignty = Sovereignty.of(network, c);
        why.put("sovereignty", sovereignty.why());
        return new ChainEconomics(c.id(), cost.perYear(), perCost, finality.seconds(), sovereignty, why);
    }
}
