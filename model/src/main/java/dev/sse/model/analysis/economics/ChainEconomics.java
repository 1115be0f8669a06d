package dev.sse.model.analysis.economics;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The issue-10 figures of one chain. Money in the network's value unit (USD with assets).
 *
 * @param id                    chain id
 * @param annualSecurityCost    C = inflation + fees + share × rewards + coretime, per year ({@link SecurityCosts});
 *                              null when the file gives no {@code securityCost}
 * @param securityPerCost       costOfCorruption / C, in years: how much attack cost each unit spent per year buys;
 *                              null when C is unknown or 0
 * @param timeToFinalitySeconds seconds until a transaction is final ({@link Finality}); null when unknown
 * @param sovereignty           who controls its validator set and upgrades
 * @param why                   metric name → one line with the formula and its numbers
 */
public record ChainEconomics(String id, Double annualSecurityCost, Double securityPerCost,
                             Double timeToFinalitySeconds, Sovereignty sovereignty, Map<String, String> why) {

    public ChainEconomics {
        why = Collections.unmodifiableMap(new LinkedHashMap<>(why));
    }
}
