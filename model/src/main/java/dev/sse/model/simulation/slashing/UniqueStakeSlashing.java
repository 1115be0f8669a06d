package dev.sse.model.simulation.slashing;

/**
 * EigenLayer slashing with unique stake (ELIP-002 "Slashing via Unique Stake &amp; Operator Sets",
 * eigenfoundation/ELIPs; domain.md §1.4). An AVS slashes a fraction of the operator's allocation to its
 * operator set; the slashed magnitude leaves that set and the operator's total, so every other
 * allocation keeps its amount.
 *
 * <p>Worked example (ELIP-002): 200 EIGEN delegated, AVS_1 allocation 40; AVS_1 slashes 50% → AVS_1 20,
 * stake 180; AVS_2 (50), EigenDA (40) and the non-slashable 70 unchanged.
 *
 * <p>With pooled stake (no explicit allocation) the AVS can reach the whole stake, so the fraction applies
 * to the stake, and explicit allocations elsewhere shrink in proportion (they are magnitudes of it).
 */
public final class UniqueStakeSlashing {

    private UniqueStakeSlashing() {
    }

    /**
     * The outcome of one slash, in the stake's units.
     *
     * @param lost          stake removed (= allocation removed, with unique stake)
     * @param newStake      stake afterwards
     * @param newAllocation the slashed chain's allocation afterwards (the whole new stake when pooled)
     */
    public record Outcome(double lost, double newStake, double newAllocation) {
    }

    /** Unique stake: {@code fraction} ∈ [0, 1] of {@code allocation} (≤ stake) is burned from it and from the stake. */
    public static Outcome slashAllocation(double stake, double allocation, double fraction) {
        double lost = Math.min(allocation * fraction, stake);
        return new Outcome(lost, Math.max(stake - lost, 0), Math.max(allocation - lost, 0));
    }

    /** Pooled stake: {@code fraction} ∈ [0, 1] of the whole stake is burned. */
    public static Outcome slashPooled(double stake, double fraction) {
        double lost = stake * fraction;
        double left = Math.max(stake - lost, 0);
        return new Outcome(lost, left, left);
    }
}
