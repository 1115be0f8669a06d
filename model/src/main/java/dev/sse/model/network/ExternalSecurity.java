package dev.sse.model.network;

/**
 * Security a chain has from stake that is not in the network file (issue 19 item 5): Ethereum's own validator set
 * under rollups and AVSs, or a provider whose long tail of validators is left out. Written as a chain's optional
 * {@code externalSecurity} block: either {@code stake} (in units of {@code asset}, priced by the file's assets) with
 * an optional {@code threshold}, or a stated {@code costOfCorruption} in the value unit; {@code source} says where
 * the figure comes from. No validator in the file holds or can spend this stake: the analysis counts it as one block
 * an attacker must buy as a whole at {@link #cost} (see {@code InstanceBuilder}), and chains inheriting this chain's
 * validator set ({@code securedBy}) inherit it too.
 *
 * @param stake            stake outside the file in units of {@code asset}, or null when a cost is stated
 * @param asset            the stake's asset symbol (null: the value unit, price 1)
 * @param threshold        fraction of that stake an attacker needs, or null for the chain's attackThreshold
 * @param costOfCorruption a stated cost of corrupting it in the value unit, or null when stake is given
 * @param source           where the figure comes from (non-empty)
 */
public record ExternalSecurity(Double stake, String asset, Double threshold, Double costOfCorruption, String source) {

    /** Stake outside the file: {@code stake × price(asset) × threshold}. */
    public static ExternalSecurity ofStake(double stake, String asset, Double threshold, String source) {
        return new ExternalSecurity(stake, asset, threshold, null, source);
    }

    /** A stated cost of corruption. */
    public static ExternalSecurity ofCost(double costOfCorruption, String source) {
        return new ExternalSecurity(null, null, null, costOfCorruption, source);
    }

    /** The threshold used: this block's, else the chain's attack threshold. */
    public double thresholdFor(Chain chain) {
        return threshold != null ? threshold : chain.attackThreshold();
    }

    /** The external stake's value (stake × price), or for a stated cost, cost ÷ threshold. */
    public double value(Network network, Chain chain) {
        if (costOfCorruption != null) {
            return costOfCorruption / thresholdFor(chain);
        }
        double price = asset == null ? 1 : network.asset(asset).map(Asset::priceUsd).orElse(1.0);
        return stake * price;
    }

    /** What an attacker pays to corrupt it: the stated cost, else stake × price × threshold. */
    public double cost(Network network, Chain chain) {
        return costOfCorruption != null ? costOfCorruption : value(network, chain) * thresholdFor(chain);
    }

    /**
     * The chain whose external security covers {@code chain}: itself when it has a block, else (when it inherits its
     * provider's validator set: a consumer kind without allocations of its own) its provider's, transitively; null
     * when none does.
     */
    public static Chain owner(Network network, Chain chain) {
        Chain at = chain;
        java.util.Set<String> seen = new java.util.HashSet<>();
        while (at != null && at.externalSecurity() == null && seen.add(at.id()) && at.securedBy() != null
                && at.kind() != null && at.kind().inheritsProviderSet() && network.allocationsTo(at.id()).isEmpty()) {
            at = network.chain(at.securedBy()).orElse(null);
        }
        return at != null && at.externalSecurity() != null ? at : null;
    }
}
