package dev.sse.model.variants;

/**
 * How {@link Variants#isolateConsumers} gives each consumer chain a validator set of its own.
 *
 * @param providerShare 0: each consumer keeps only the validators allocated to it directly (a consumer that only
 *                      borrowed its provider's set is left unsecured: cost of corruption 0); in (0, 1]: each
 *                      consumer gets its own copy of every validator that secured it, holding this share of that
 *                      validator's securing value, staked in the consumer's own token
 */
public record Isolation(double providerShare) {

    /** Default share of the provider's stake an isolated consumer is assumed to attract: 10%. */
    public static final double DEFAULT_SHARE = 0.10;

    public Isolation {
        if (!(providerShare >= 0 && providerShare <= 1)) {
            throw new IllegalArgumentException("provider share must be in [0, 1], got " + providerShare);
        }
    }

    /** Keep only direct allocations. */
    public static Isolation directOnly() {
        return new Isolation(0);
    }

    /** Own validators holding {@code share} of the provider validators' securing value. */
    public static Isolation providerShare(double share) {
        return new Isolation(share);
    }

    public boolean directOnlyMode() {
        return providerShare == 0;
    }

    /** Short text for names and reports. */
    public String describe() {
        return directOnlyMode() ? "direct validators only"
                : "own validators with " + Math.round(providerShare * 1000) / 10.0 + "% of the provider's stake";
    }
}
