package dev.sse.model.analysis.economics;

import dev.sse.model.analysis.ChainMetrics;
import dev.sse.model.analysis.Money;
import dev.sse.model.analysis.ValidatorPower;
import dev.sse.model.analysis.shaping.SecuringSet;
import dev.sse.model.network.Network;
import dev.sse.model.network.Validator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * Per-validator returns (issue 10), derived — not read from the file — so that restaking's capital efficiency is
 * visible:
 *
 * <ul>
 *   <li>income(v, s) = C_s × p(v, s) / Σ_u p(u, s): a chain's annual security cost C_s ({@link SecurityCosts}) is
 *       paid to its securing set pro rata by weight p (the analysis's {@link ChainMetrics#validatorSet()} power:
 *       the securing value a(v, s), or the capped ICS power on power-capped chains, whose rewards follow capped
 *       power, domain.md §3). A consumer, parachain or rollup inheriting its provider's set pays the provider's
 *       validators.</li>
 *   <li>returnOnStake(v) = Σ_s income(v, s) / σ_v, per year.</li>
 *   <li>stakedOnceReturn(v) = max_s income(v, s) / a(v, s): the best yield one chain pays on the stake v puts
 *       behind it — what the same stake earns if each unit may back one chain only.</li>
 *   <li>restakingMultiplier(v) = returnOnStake / stakedOnceReturn.</li>
 * </ul>
 *
 * Chains without a known cost pay nothing. Pooled stake that backs k chains at the same yield earns k times the
 * staked-once return; unique stake (ELIP-002) splits σ_v, so its multiplier stays near 1.
 */
public final class ValidatorYields {

    private ValidatorYields() {
    }

    /**
     * @param costs   each chain's annual cost by id (null or absent = unknown)
     * @param sets    N(s) with a(v, s) values, at the same prices as the analysis
     * @param valueOf σ_v by validator id
     */
    public static Map<String, ValidatorEconomics> of(Network network, Map<String, ChainMetrics> chains,
                                                     Map<String, Double> costs, Map<String, SecuringSet> sets,
                                                     ToDoubleFunction<String> valueOf, String unit) {
        Map<String, Map<String, Double>> income = new HashMap<>();
        Map<String, Map<String, Double>> rate = new HashMap<>();
        Map<String, Integer> secured = new HashMap<>();
        for (ChainMetrics m : chains.values()) {
            double total = m.validatorSet().stream().mapToDouble(ValidatorPower::power).sum();
            Double cost = costs.get(m.id());
            Map<String, Double> amounts = amounts(sets.get(m.id()));
            for (ValidatorPower p : m.validatorSet()) {
                secured.merge(p.id(), 1, Integer::sum);
                if (cost == null || cost <= 0 || total <= 0) {
                    continue;
                }
                double share = cost * p.power() / total;
                income.computeIfAbsent(p.id(), k -> new LinkedHashMap<>()).put(m.id(), share);
                double a = amounts.getOrDefault(p.id(), 0.0);
                if (a > 0) {
                    rate.computeIfAbsent(p.id(), k -> new LinkedHashMap<>()).put(m.id(), share / a);
                }
            }
        }
        Map<String, ValidatorEconomics> out = new LinkedHashMap<>();
        for (Validator v : network.validators()) {
            out.put(v.id(), economics(v.id(), valueOf.applyAsDouble(v.id()), income.getOrDefault(v.id(), Map.of()),
                    rate.getOrDefault(v.id(), Map.of()), secured.getOrDefault(v.id(), 0), unit));
        }
        return out;
    }

    private static Map<String, Double> amounts(SecuringSet set) {
        Map<String, Double> out = new HashMap<>();
        if (set != null) {
            set.members().forEach(m -> out.put(m.validator(), m.amount().doubleValue()));
        }
        return out;
    }

    private static ValidatorEconomics economics(String id, double stake, Map<String, Double> income,
                                                Map<String, Double> rate, int secured, String unit) {
        double annual = income.values().stream().mapToDouble(Double::doubleValue).sum();
        Double ret = stake > 0 ? annual / stake : null;
        String best = null;
        double bestRate = 0;
        for (Map.Entry<String, Double> e : rate.entrySet()) {
            if (e.getValue() > bestRate) {
                bestRate = e.getValue();
                best = e.getKey();
            }
        }
        Double once = best == null ? null : bestRate;
        Double multiplier = ret != null && once != null && once > 0 ? ret / once : null;
        Map<String, String> why = new LinkedHashMap<>();
        why.put("returnOnStake", ret == null ? "no stake: no return"
                : Text.perYear(annual, unit) + " from " + income.size() + " of the " + secured
                + " chains it secures / stake " + Money.of(stake, unit) + " = " + Money.pct(ret) + " per year");
        why.put("stakedOnceReturn", once == null ? "no chain it secures pays a known security cost"
                : "best single chain " + best + " pays " + Money.pct(once) + " per year on the stake behind it");
        why.put("restakingMultiplier", multiplier == null ? "nothing to compare"
                : "restaked it earns " + Money.fmt(multiplier) + "× what the same stake earns staked once");
        return new ValidatorEconomics(id, stake, annual, ret, once, multiplier, secured, best, income, why);
    }
}
