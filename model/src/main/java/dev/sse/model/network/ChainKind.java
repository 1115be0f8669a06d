package dev.sse.model.network;

/**
 * The kinds of chain the explorer knows; their file-format names follow {@link FileName} ({@code "parachain"}).
 *
 * <p>Hubs ({@link #RELAY}, {@link #PROVIDER}, {@link #L1}) lend security; consumer kinds
 * ({@link #PARACHAIN}, {@link #CONSUMER}, {@link #ROLLUP}, {@link #AVS}) name the chain that secures
 * them in {@code securedBy}; {@link #ISOLATED} runs its own validators; {@link #SERVICE} is the generic
 * restaking service of Durvasula–Roughgarden, "Robust Restaking Networks" (arXiv:2407.21785).
 */
public enum ChainKind implements FileName {
    RELAY, PARACHAIN, PROVIDER, CONSUMER, L1, ROLLUP, AVS, ISOLATED, SERVICE;

    /** Kinds that name the chain securing them ({@code securedBy}). */
    public boolean isConsumer() {
        return this == PARACHAIN || this == CONSUMER || this == ROLLUP || this == AVS;
    }

    /** Consumer kinds that inherit their provider's validator set when they have no allocations of their own. */
    public boolean inheritsProviderSet() {
        return this == PARACHAIN || this == CONSUMER || this == ROLLUP;
    }

    /** Chains that lend their validator set: relay chain, ICS provider, Ethereum L1. */
    public boolean isHub() {
        return this == RELAY || this == PROVIDER || this == L1;
    }
}
