package dev.sse.model.analysis.economics;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What one validator earns for the security it provides (issue 10), from {@link ValidatorYields}. Money in the
 * value unit, returns as fractions per year.
 *
 * @param id                  validator id
 * @param stakeValue          σ_v = stake × price (after price shocks)
 * @param annualIncome        Σ_s income(v, s): each chain's annual security cost split pro rata over its securing
 *                            set by weight (the analysis's {@code validatorSet} powers)
 * @param returnOnStake       annualIncome / σ_v, per year; null when σ_v = 0
 * @param stakedOnceReturn    max_s income(v, s) / a(v, s): the best yield of a single chain on the stake v puts
 *                            behind it, i.e. what the same stake earns when each unit may back one chain only;
 *                            null when v earns nothing
 * @param restakingMultiplier returnOnStake / stakedOnceReturn (1 when staked once; k for equal yields from k chains
 *                            on the same pooled stake; below 1 when part of the stake is unallocated or backs
 *                            lower-yield chains, as with unique stake); null when either is null or 0
 * @param chainsSecured       chains whose securing set includes v
 * @param bestChain           the chain giving {@code stakedOnceReturn}, or null
 * @param incomeByChain       income(v, s) per chain with a known, positive cost, in file order
 * @param why                 metric name → one line with the formula and its numbers
 */
public record ValidatorEconomics(String id, double stakeValue, double annualIncome, Double returnOnStake,
                                 Double stakedOnceReturn, Double restakingMultiplier, int chainsSecured,
                                 String bestChain, Map<String, Double> incomeByChain, Map<String, String> why) {

    public ValidatorEconomics {
        // ValidatorYields' view computes incomes when read: copying it would store V × P numbers (issue 17 item 7)
        incomeByChain = incomeByChain instanceof ValidatorYields.IncomeView ? incomeByChain
                : Collections.unmodifiableMap(new LinkedHashMap<>(incomeByChain));
        why = Collections.unmodifiableMap(new LinkedHashMap<>(why));
    }
}
