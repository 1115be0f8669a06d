package dev.sse.model.compare;

/**
 * What one chain lost in a scenario.
 *
 * @param chain    chain id
 * @param before   its securing value before the faults: Σ over N(s) of a(v,s) capped at σ_v (value units)
 * @param after    the same sum at the end, over members not removed from the sets (slashed, shocked, jailed,
 *                 tombstoned, attackers), at the prices then in force
 * @param fraction (before − after) / before, 0 when before = 0
 * @param fell     the chain fell (attacked, halted, or secured by a fallen chain)
 */
public record ChainLoss(String chain, double before, double after, double fraction, boolean fell) {

    /** Securing value lost. */
    public double lost() {
        return before - after;
    }
}
