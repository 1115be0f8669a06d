package dev.sse.model.analysis;

import java.util.List;
import java.util.Map;

/**
 * Per-chain security metrics (issue 4). Values are in the network's value unit (USD when assets are given).
 *
 * @param id                            chain id
 * @param securingStake                 Σ_{v∈N(s)} a(v,s)
 * @param costOfCorruption              the cheapest coalition attacking this chain alone:
 *                                      min Σ_{v∈B} min(σ_v, a(v,s)) s.t. Σ_{v∈B} w(v,s) ≥ ⌈α_s·C_s⌉ (exact knapsack
 *                                      cover; 0 when nothing secures the chain)
 * @param costExact                     true when that minimum is proven (else it is the best cover found)
 * @param profitFromCorruption          π_s
 * @param securityMargin                costOfCorruption/π_s − 1, null when π_s = 0
 * @param nakamotoCoefficient           fewest validators whose weight is &gt; 1/3 of the chain's (0 if none)
 * @param validatorSet                  N(s) after shaping, in file order; chains inheriting one set share the
 *                                      same list object (kept as given when it is already an immutable list)
 * @param isolatedCostOfCorruption      the same cover using only validators allocated to the chain directly
 *                                      (0 for a chain with no allocations of its own)
 * @param blastRadius                   chains that fall with it: everything securedBy it, transitively
 * @param backingCaptureProbability     parachains: P(≥ minimumBackingVotes of a random backing group of
 *                                      groupSize are malicious), hypergeometric; else null
 * @param invalidBlockEscapeProbability parachains: C(m,k)/C(n,k), k = neededApprovals; else null
 * @param exitWindowDays                rollups: max(0, upgradeDelayDays − exitDelayDays), +∞ when not
 *                                      upgradable ("unlimited"); else null
 * @param exitWindowRisk                rollups: "bad" (&lt; 7 d), "warning" (&lt; 30 d) or "good"; else null
 * @param slashableCostOfCorruption     what the chain's slashing rules take from that cheapest coalition when it
 *                                      attacks safety ({@link SlashableCost}): 5% of it on the Hub, 100% from
 *                                      Polkadot backers of an invalid block, min(3·S/T, 1) on Ethereum, …
 * @param slashableMargin               slashableCostOfCorruption/π_s − 1, null when π_s = 0
 * @param why                           {@link Metric} → one line with the formula and its numbers, in the order computed
 */
public record ChainMetrics(String id, double securingStake, double costOfCorruption, boolean costExact,
                           double profitFromCorruption, Double securityMargin, int nakamotoCoefficient,
                           List<ValidatorPower> validatorSet, double isolatedCostOfCorruption,
                           List<String> blastRadius, Double backingCaptureProbability,
                           Double invalidBlockEscapeProbability, Double exitWindowDays, String exitWindowRisk,
                           double slashableCostOfCorruption, Double slashableMargin, Map<Metric, String> why) {

    public ChainMetrics {
        validatorSet = List.copyOf(validatorSet);
        blastRadius = List.copyOf(blastRadius);
        why = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(why));
    }

    /** The why line of {@code metric}, or "" when this chain has none. */
    public String why(Metric metric) {
        return why.getOrDefault(metric, "");
    }

    /**
     * What a why line explains (issue 21: keyed by this enum, not by strings); {@link #key} is its name in
     * {@code analyze --json}.
     */
    public enum Metric {
        SECURING_STAKE("securingStake"),
        EXTERNAL_SECURITY("externalSecurity"),
        COST_OF_CORRUPTION("costOfCorruption"),
        PROFIT_FROM_CORRUPTION("profitFromCorruption"),
        SECURITY_MARGIN("securityMargin"),
        SLASHABLE_COST_OF_CORRUPTION("slashableCostOfCorruption"),
        SLASHABLE_MARGIN("slashableMargin"),
        NAKAMOTO_COEFFICIENT("nakamotoCoefficient"),
        ISOLATED_COST_OF_CORRUPTION("isolatedCostOfCorruption"),
        BLAST_RADIUS("blastRadius"),
        DATA_AVAILABILITY("dataAvailability"),
        BACKING_CAPTURE_PROBABILITY("backingCaptureProbability"),
        INVALID_BLOCK_ESCAPE_PROBABILITY("invalidBlockEscapeProbability"),
        EXIT_WINDOW_DAYS("exitWindowDays");

        private final String key;

        Metric(String key) {
            this.key = key;
        }

        /** The key of its why line in {@code analyze --json}, e.g. {@code costOfCorruption}. */
        public String key() {
            return key;
        }
    }
}
