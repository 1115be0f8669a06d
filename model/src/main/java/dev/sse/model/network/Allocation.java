package dev.sse.model.network;

import java.util.OptionalDouble;

/**
 * Validator {@code validator} secures chain {@code chain}.
 *
 * <p>Without an amount the validator's whole stake secures the chain (pooled restaking: the same stake
 * backs every chain it is allocated to). An explicit amount is unique stake, as in EigenLayer's ELIP-002
 * "Slashing via Unique Stake &amp; Operator Sets": only that much is slashable by this chain.
 *
 * @param validator validator id
 * @param chain     chain id
 * @param amount    stake put at risk on this chain, in units of the validator's asset; empty = whole stake
 */
public record Allocation(String validator, String chain, OptionalDouble amount) {

    public static Allocation pooled(String validator, String chain) {
        return new Allocation(validator, chain, OptionalDouble.empty());
    }

    public static Allocation of(String validator, String chain, double amount) {
        return new Allocation(validator, chain, OptionalDouble.of(amount));
    }

    /** The amount in asset units, given the validator's stake when no explicit amount is set. */
    public double amountOr(double wholeStake) {
        return amount.orElse(wholeStake);
    }

    public boolean isPooled() {
        return amount.isEmpty();
    }
}
