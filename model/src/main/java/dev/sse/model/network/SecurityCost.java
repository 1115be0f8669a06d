package dev.sse.model.network;

/**
 * What a chain pays for its security per year (issue 10), as written in a chain's optional {@code securityCost}.
 * Every amount is in the network's value unit (USD when the file lists assets) per year; an absent term is
 * {@code null} and counts as 0. The annual security cost is
 *
 * <pre>  cost = inflationPerYear + feesPerYear + providerShare × rewardsPerYear + coretimePerYear</pre>
 *
 * computed by {@code dev.sse.model.analysis.economics.SecurityCosts}.
 *
 * @param inflationPerYear new tokens paid to the chain's own validators and stakers (isolated chains, hubs), ≥ 0
 * @param feesPerYear      transaction fees and tips its own validators keep, ≥ 0
 * @param providerShare    fraction in [0, 1] of {@code rewardsPerYear} paid to whoever secures it; null = the
 *                         kind's default ({@link #DEFAULT_CONSUMER_SHARE} for an ICS consumer, 1 otherwise)
 * @param rewardsPerYear   rewards the chain generates that are shared with its security provider: an ICS consumer's
 *                         block rewards and fees, an AVS's rewards to its operators, a rollup's L1 data and settlement
 *                         fees, ≥ 0
 * @param coretimePerYear  Polkadot coretime bought for a parachain, ≥ 0
 */
public record SecurityCost(Double inflationPerYear, Double feesPerYear, Double providerShare, Double rewardsPerYear,
                           Double coretimePerYear) {

    /**
     * ICS consumers send 25% of their block rewards and fees to the provider: ConsumerRedistributionFraction
     * = 0.75 is what the consumer keeps (cosmos/interchain-security docs, domain.md §3).
     */
    public static final double DEFAULT_CONSUMER_SHARE = 0.25;

    /** An isolated chain's cost: inflation and fees paid to its own validators. */
    public static SecurityCost ownValidators(double inflationPerYear, double feesPerYear) {
        return new SecurityCost(inflationPerYear, feesPerYear, null, null, null);
    }

    /** A consumer's, AVS's or rollup's cost: rewards shared with the provider (share null = the kind's default). */
    public static SecurityCost sharedRewards(double rewardsPerYear, Double providerShare) {
        return new SecurityCost(null, null, providerShare, rewardsPerYear, null);
    }

    /** A parachain's cost: coretime. */
    public static SecurityCost coretime(double coretimePerYear) {
        return new SecurityCost(null, null, null, null, coretimePerYear);
    }

    /** The provider's share given the chain's kind: the file's value, else 0.25 for a consumer, else 1. */
    public double providerShareFor(ChainKind kind) {
        if (providerShare != null) {
            return providerShare;
        }
        return kind == ChainKind.CONSUMER ? DEFAULT_CONSUMER_SHARE : 1.0;
    }
}
