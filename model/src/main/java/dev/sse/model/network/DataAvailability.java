package dev.sse.model.network;

import java.util.Optional;

/**
 * Where a rollup publishes its transaction data, named apart from where it settles ({@code securedBy}), as L2BEAT's
 * data-availability risk does (issue 19 item 11; L2BEAT, "Data Availability Risk Framework", gov.l2beat.com/t/275, and
 * its risk rosette, l2beat/l2beat {@code packages/config/src/common/riskView.ts}, domain.md 4.1). Written as a rollup's
 * optional {@code dataAvailability} block; without one the data is on the settlement chain (Ethereum blobs).
 *
 * <p>What the explorer does with it: a DA provider that halts, falls or is corrupted freezes the rollup. Without
 * the data its users cannot rebuild the state to exit, and nobody can prove fraud or a withdrawal (a liveness loss,
 * the rollup is down, not robbed by it). A corrupted DA layer can do this on purpose by signing for data it
 * withholds: EigenDA's own adversary threshold is 33% of each quorum's stake
 * ({@code quorumAdversaryThresholdPercentages} 0x212121, real-data/eigenlayer/mainnet-strategies-avs-eigenda.facts.json),
 * so an EigenDA in the file should carry that as its {@code attackThreshold}.
 *
 * @param provider  the id of a chain in the file, or {@code external:<name>} for a DA layer the file does not hold
 *                  (Celestia, a data-availability committee)
 * @param committee a committee's member count, or null
 * @param threshold signatures the committee needs to certify data (1 ≤ threshold ≤ committee), or null
 * @param source    where the figures come from, or null
 */
public record DataAvailability(String provider, Integer committee, Integer threshold, String source) {

    /** The prefix of a provider outside the file. */
    public static final String EXTERNAL = "external:";

    /** Data published on a chain of the file, e.g. {@code ethereum} for blobs. */
    public static DataAvailability on(String chainId, String source) {
        return new DataAvailability(chainId, null, null, source);
    }

    public boolean isExternal() {
        return provider.startsWith(EXTERNAL);
    }

    /** The provider's chain id when it is in the file. */
    public Optional<String> chainId() {
        return isExternal() ? Optional.empty() : Optional.of(provider);
    }

    /** The provider as shown to people: its chain's name, or the external name ("a 5-of-6 committee (…)"). */
    public String shown(Network network) {
        String name = chainId().map(id -> network.chain(id).map(Chain::name).orElse(id))
                .orElseGet(() -> provider.substring(EXTERNAL.length()));
        return committee == null ? name : name + " (a " + threshold + "-of-" + committee + " committee)";
    }
}
