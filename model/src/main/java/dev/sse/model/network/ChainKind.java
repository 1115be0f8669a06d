package dev.sse.model.network;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of chain the explorer knows, with their file-format names.
 *
 * <p>Hubs ({@link #RELAY}, {@link #PROVIDER}, {@link #L1}) lend security; consumer kinds
 * ({@link #PARACHAIN}, {@link #CONSUMER}, {@link #ROLLUP}, {@link #AVS}) name the chain that secures
 * them in {@code securedBy}; {@link #ISOLATED} runs its own validators; {@link #SERVICE} is the generic
 * restaking service of Durvasula–Roughgarden, "Robust Restaking Networks" (arXiv:2407.21785).
 */
public enum ChainKind {
    RELAY("relay"),
    PARACHAIN("parachain"),
    PROVIDER("provider"),
    CONSUMER("consumer"),
    L1("l1"),
    ROLLUP("rollup"),
    AVS("avs"),
    ISOLATED("isolated"),
    SERVICE("service");

    private final String json;

    ChainKind(String json) {
        this.json = json;
    }

    /** The name used in network files, e.g. {@code "parachain"}. */
    public String json() {
        return json;
    }

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

    /** Parses a file-format name; empty when unknown. */
    public static Optional<ChainKind> fromJson(String name) {
        return Arrays.stream(values()).filter(k -> k.json.equals(name)).findFirst();
    }

    /** All file-format names, for error messages. */
    public static String allNames() {
        return String.join(", ", Arrays.stream(values()).map(ChainKind::json).toList());
    }
}
