package dev.sse.model.analysis.economics;

import dev.sse.model.analysis.ChainMetrics;
import dev.sse.model.analysis.ValidatorPower;
import dev.sse.model.analysis.shaping.SecuringSet;
import dev.sse.model.format.Screen;
import dev.sse.model.network.Network;
import dev.sse.model.network.Validator;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Collections;
import java.util.DoubleSummaryStatistics;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
     *
     * <p>Memory is that of the input (issue 17 item 7): sums per validator in arrays, each shared set indexed once,
     * and {@link ValidatorEconomics#incomeByChain()} a view computed when read. Keeping every income(v, s) in maps
     * cost V × P entries: 50 M for a relay of 100,000 validators with 500 parachains paying coretime.
     */
    public static Map<String, ValidatorEconomics> of(Network network, Map<String, ChainMetrics> chains,
                                                     Map<String, Double> costs, Map<String, SecuringSet> sets,
                                                     ToDoubleFunction<String> valueOf, String unit) {
        Map<String, Integer> index = new HashMap<>();
        network.validators().forEach(v -> index.putIfAbsent(v.id(), index.size()));
        int n = index.size();
        // summed as DoubleStream.sum() sums (compensated), so the figures are those of summing a map of incomes
        DoubleSummaryStatistics[] annual = new DoubleSummaryStatistics[n];
        int[] secured = new int[n];
        double[] bestRate = new double[n];
        String[] best = new String[n];
        // chains inheriting one set share its lists (same objects): sum and index each once
        Map<List<ValidatorPower>, Double> totals = new IdentityHashMap<>();
        Map<List<SecuringSet.Member>, Map<String, Double>> amountsOf = new IdentityHashMap<>();
        List<Paying> payers = new ArrayList<>();
        Map<List<ValidatorPower>, Powers> powers = new IdentityHashMap<>();
        for (ChainMetrics m : chains.values()) {
            double total = totals.computeIfAbsent(m.validatorSet(),
                    vs -> vs.stream().mapToDouble(ValidatorPower::power).sum());
            Double cost = costs.get(m.id());
            boolean pays = cost != null && cost > 0 && total > 0;
            SecuringSet set = sets.get(m.id());
            Map<String, Double> amounts = set == null ? Map.of() : amountsOf.computeIfAbsent(set.members(), ms -> amounts(set));
            if (pays) {
                payers.add(new Paying(m.id(), cost, total, powers.computeIfAbsent(m.validatorSet(), Powers::new)));
            }
            for (ValidatorPower p : m.validatorSet()) {
                Integer v = index.get(p.id());
                if (v == null) {
                    continue;
                }
                secured[v]++;
                if (!pays) {
                    continue;
                }
                double share = cost * p.power() / total;
                if (annual[v] == null) {
                    annual[v] = new DoubleSummaryStatistics();
                }
                annual[v].accept(share);
                double a = amounts.getOrDefault(p.id(), 0.0);
                if (a > 0 && share / a > bestRate[v]) {
                    bestRate[v] = share / a;
                    best[v] = m.id();
                }
            }
        }
        Map<String, ValidatorEconomics> out = new LinkedHashMap<>();
        for (Validator v : network.validators()) {
            int i = index.get(v.id());
            DoubleSummaryStatistics income = annual[i] == null ? new DoubleSummaryStatistics() : annual[i];
            out.put(v.id(), economics(v.id(), valueOf.applyAsDouble(v.id()), income.getSum(), (int) income.getCount(),
                    best[i], bestRate[i], new IncomeView(v.id(), payers), secured[i], unit));
        }
        return out;
    }

    /** A chain paying a known, positive cost to its set: income(v, s) = cost × p(v, s) / total. */
    private record Paying(String chain, double cost, double total, Powers powers) {
    }

    /** One shared set's powers by validator id, indexed on first use (only {@link IncomeView} reads it). */
    private static final class Powers {
        private final List<ValidatorPower> set;
        private Map<String, Double> byId;

        Powers(List<ValidatorPower> set) {
            this.set = set;
        }

        synchronized Double of(String id) {
            if (byId == null) {
                byId = new HashMap<>();
                set.forEach(p -> byId.putIfAbsent(p.id(), p.power()));
            }
            return byId.get(id);
        }
    }

    /** income(v, s) per paying chain in file order, computed when read. */
    static final class IncomeView extends AbstractMap<String, Double> {
        private final String validator;
        private final List<Paying> payers;

        IncomeView(String validator, List<Paying> payers) {
            this.validator = validator;
            this.payers = payers;
        }

        @Override
        public Set<Entry<String, Double>> entrySet() {
            Map<String, Double> out = new LinkedHashMap<>();
            for (Paying c : payers) {
                Double p = c.powers().of(validator);
                if (p != null) {
                    out.put(c.chain(), c.cost() * p / c.total());
                }
            }
            return Collections.unmodifiableMap(out).entrySet();
        }
    }

    private static Map<String, Double> amounts(SecuringSet set) {
        Map<String, Double> out = new HashMap<>();
        set.members().forEach(m -> out.put(m.validator(), m.amount().doubleValue()));
        return out;
    }

    private static ValidatorEconomics economics(String id, double stake, double annual, int paying, String best,
                                                double bestRate, Map<String, Double> income, int secured, String unit) {
        Double ret = stake > 0 ? annual / stake : null;
        Double once = best == null ? null : bestRate;
        Double multiplier = ret != null && once != null && once > 0 ? ret / once : null;
        Map<String, String> why = new LinkedHashMap<>();
        why.put("returnOnStake", ret == null ? "no stake: no return"
                : Screen.perYear(annual, unit) + " from " + paying + " of the " + secured
                + " chains it secures / stake " + Screen.amount(stake, unit) + " = " + Screen.percent(ret) + " per year");
        why.put("stakedOnceReturn", once == null ? "no chain it secures pays a known security cost"
                : "best single chain " + best + " pays " + Screen.percent(once) + " per year on the stake behind it");
        why.put("restakingMultiplier", multiplier == null ? "nothing to compare"
                : "restaked it earns " + Screen.decimal(multiplier) + "× what the same stake earns staked once");
        return new ValidatorEconomics(id, stake, annual, ret, once, multiplier, secured, best, income, why);
    }
}
