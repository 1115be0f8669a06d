package dev.sse.model.network;

/**
 * A parachain's backing and approval-checking parameters, read once from its {@code security} settings (issue 21),
 * with polkadot-sdk's defaults (domain.md 2.2): backing groups of 5, 2 backing votes, 30 needed approvals.
 *
 * @param groupSize           validators in a backing group
 * @param minimumBackingVotes backing votes needed to include a candidate
 * @param neededApprovals     approval checkers needed to finalise a candidate
 */
public record PolkadotBacking(int groupSize, int minimumBackingVotes, int neededApprovals) {

    public static final int DEFAULT_GROUP_SIZE = 5;
    public static final int DEFAULT_MINIMUM_BACKING_VOTES = 2;
    public static final int DEFAULT_NEEDED_APPROVALS = 30;

    public static PolkadotBacking of(Settings s) {
        return new PolkadotBacking((int) s.number("groupSize", DEFAULT_GROUP_SIZE),
                (int) s.number("minimumBackingVotes", DEFAULT_MINIMUM_BACKING_VOTES),
                (int) s.number("neededApprovals", DEFAULT_NEEDED_APPROVALS));
    }
}
