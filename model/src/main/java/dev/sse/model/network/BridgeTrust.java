package dev.sse.model.network;

import java.util.List;
import java.util.Objects;

/**
 * What a bridge's safety rests on (issue 10, "cross-chain trust"): the {@code trust} object of a bridge.
 * Its cost of corruption is computed by {@code dev.sse.model.analysis.economics.BridgeCosts}.
 */
public sealed interface BridgeTrust {

    /** The file-format name of the model, e.g. {@code "multisig"}. */
    String model();

    /** A short label, e.g. {@code "multisig 5-of-9"}. */
    String label();

    /** File-format names of the models, in documentation order. */
    List<String> MODELS = List.of("same-provider", "light-client", "multisig", "external");

    /**
     * Both chains are validated by one provider (XCMP between parachains of one relay chain, a rollup's
     * canonical bridge to its L1, IBC between chains of one ICS provider): breaking the bridge means
     * corrupting that provider.
     */
    record SameProvider() implements BridgeTrust {
        @Override public String model() { return "same-provider"; }
        @Override public String label() { return "same provider"; }
    }

    /** Each side verifies the other's consensus with a light client (IBC): breaking it means corrupting either chain. */
    record LightClient() implements BridgeTrust {
        @Override public String model() { return "light-client"; }
        @Override public String label() { return "light client"; }
    }

    /**
     * {@code k} of {@code n} signers release funds. Signers are either validators of the network
     * ({@code signers}: their stake is what corrupting them costs) or given directly by their bonded value
     * ({@code signerStakes}, value unit; 0 for an unbonded key). Exactly one of the two lists is non-empty and
     * it has {@code n} entries.
     *
     * @param k            signatures needed, 1 ≤ k ≤ n
     * @param n            signers
     * @param signers      validator ids, or empty
     * @param signerStakes bonded value per signer (value unit, ≥ 0), or empty
     */
    record Multisig(int k, int n, List<String> signers, List<Double> signerStakes) implements BridgeTrust {
        public Multisig {
            signers = List.copyOf(Objects.requireNonNullElse(signers, List.of()));
            signerStakes = List.copyOf(Objects.requireNonNullElse(signerStakes, List.of()));
        }

        @Override public String model() { return "multisig"; }
        @Override public String label() { return "multisig " + k + "-of-" + n; }

        public boolean hasValidatorSigners() {
            return !signers.isEmpty();
        }
    }

    /**
     * An external validator set outside the network (e.g. a third-party bridge's own PoS set): either its
     * {@code costOfCorruption} directly, or its {@code stake} and {@code attackThreshold} (cost = α × stake,
     * domain.md §5). Values in the value unit.
     *
     * @param stake            the set's total bonded value, or null
     * @param attackThreshold  α ∈ (0, 1] of that stake needed to forge a message; null = 2/3
     * @param costOfCorruption the set's cost of corruption, or null (exactly one of stake / costOfCorruption)
     */
    record External(Double stake, Double attackThreshold, Double costOfCorruption) implements BridgeTrust {
        @Override public String model() { return "external"; }
        @Override public String label() { return "external validator set"; }

        /** α, defaulting to 2/3 (a BFT safety takeover). */
        public double threshold() {
            return attackThreshold == null ? Chain.DEFAULT_ATTACK_THRESHOLD : attackThreshold;
        }
    }
}
