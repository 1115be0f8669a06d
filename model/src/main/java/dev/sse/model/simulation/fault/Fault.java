package dev.sse.model.simulation.fault;

import dev.sse.model.network.FileName;
import dev.sse.model.network.Network;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * One injected fault of a scenario: one record per {@code "type"} of the scenario file
 * (docs/scenario-format.md). Faults are applied in file order, before the restaking cascade runs.
 *
 * <p>Validator lists are de-duplicated on construction (first occurrence wins), so a validator named
 * twice in one fault is still punished once.
 */
public sealed interface Fault {

    /** The scenario-file name of this fault's type, e.g. {@code "double-sign"}. */
    String type();

    /** One short human sentence naming chains and validators by id, e.g. {@code "v1, v2 double-signed on eth"}. */
    default String describe() {
        return describe(null);
    }

    /**
     * One short human sentence naming chains, validators and bridges by their names in {@code network}, e.g.
     * {@code "Coinbase, Kraken double-signed on Ethereum"} (issue 18 item 9); an id with no name there (or a null
     * network) is shown as the id.
     */
    String describe(Network network);

    /**
     * {@code "shock"} with named validators: each loses its whole stake outright and is removed.
     * This is the shock D of Durvasula–Roughgarden, "Robust Restaking Networks" (arXiv:2407.21785):
     * stake lost to something outside the model (a bug, a hack, lost keys).
     */
    record Shock(List<String> validators) implements Fault {
        public Shock {
            validators = distinct(validators);
        }

        @Override public String type() { return "shock"; }
        @Override public String describe(Network n) { return "shock to " + FaultNames.validators(n, validators); }
    }

    /**
     * {@code "shock"} with a {@code "budget"} ψ ∈ (0, 1]: validators are drawn at random (seeded by the
     * scenario's seed) and shocked while their total value stays ≤ ψ · σ(V), as in the DR shock set
     * D_ψ(G). The only fault that uses the seed.
     */
    record RandomShock(double budget) implements Fault {
        @Override public String type() { return "shock"; }
        @Override public String describe(Network n) { return "random shock of up to " + Math.round(budget * 1000) / 10.0 + "% of all stake"; }
    }

    /**
     * A fault of named validators on one chain ({@code "double-sign"}, {@code "downtime"}, {@code "invalid-block"},
     * {@code "slash"}): the chain and the validators are written, checked and punished alike for all four.
     */
    sealed interface OnChain extends Fault permits DoubleSign, Downtime, InvalidBlock, Slash {
        /** The chain where the validators misbehaved, or that slashes them. */
        String chain();

        /** The validators, de-duplicated, in file order. */
        List<String> validators();
    }

    /** {@code "double-sign"}: the validators signed two conflicting blocks (equivocation) on {@code chain}. */
    record DoubleSign(String chain, List<String> validators) implements OnChain {
        public DoubleSign {
            validators = distinct(validators);
        }

        @Override public String type() { return "double-sign"; }
        @Override public String describe(Network n) { return FaultNames.validators(n, validators) + " double-signed on " + FaultNames.chain(n, chain); }
    }

    /** {@code "downtime"}: the validators were offline (missed too many blocks) on {@code chain}. */
    record Downtime(String chain, List<String> validators) implements OnChain {
        public Downtime {
            validators = distinct(validators);
        }

        @Override public String type() { return "downtime"; }
        @Override public String describe(Network n) { return FaultNames.validators(n, validators) + " went offline on " + FaultNames.chain(n, chain); }
    }

    /**
     * {@code "invalid-block"}: the validators backed (vouched for) an invalid block or candidate on {@code chain},
     * or, with {@code "offence"}, took another side of its dispute ({@link Dispute}).
     */
    record InvalidBlock(String chain, List<String> validators, Dispute offence) implements OnChain {
        public InvalidBlock {
            validators = distinct(validators);
            Objects.requireNonNull(offence, "offence");
        }

        /** Backers of an invalid block: the default offence. */
        public InvalidBlock(String chain, List<String> validators) {
            this(chain, validators, Dispute.FOR_INVALID_BACKED);
        }

        @Override public String type() { return "invalid-block"; }
        @Override public String describe(Network n) {
            return FaultNames.validators(n, validators) + " " + offence.did + " on " + FaultNames.chain(n, chain);
        }
    }

    /**
     * The three dispute offences of Polkadot (polkadot-sdk {@code DisputeOffenceKind}, polkadot/runtime/parachains/
     * src/disputes/slashing.rs), the {@code "offence"} of an {@code invalid-block} fault, named by {@link FileName}
     * ({@code "for-invalid-approved"}).
     */
    enum Dispute implements FileName {
        /** Backed the invalid candidate (the default). */
        FOR_INVALID_BACKED("backed an invalid block"),
        /** Approved (checked and voted valid, without backing) an invalid candidate. */
        FOR_INVALID_APPROVED("approved an invalid block"),
        /** Disputed a candidate that turned out valid. */
        AGAINST_VALID("disputed a valid block");

        private final String did;

        Dispute(String did) {
            this.did = did;
        }
    }

    /**
     * {@code "slash"}: {@code chain} (typically an EigenLayer AVS) slashes {@code fraction} ∈ [0, 1] of each
     * validator's allocation to it (unique stake) or of its stake (pooled), following ELIP-002.
     */
    record Slash(String chain, List<String> validators, double fraction) implements OnChain {
        public Slash {
            validators = distinct(validators);
        }

        @Override public String type() { return "slash"; }
        @Override public String describe(Network n) {
            return FaultNames.chain(n, chain) + " slashes " + FaultNames.validators(n, validators) + " by " + Math.round(fraction * 10000) / 100.0 + "%";
        }
    }

    /** {@code "price-shock"}: the price of {@code asset} drops by {@code drop} ∈ [0, 1] (0.2 = −20%). */
    record PriceShock(String asset, double drop) implements Fault {
        public PriceShock {
            Objects.requireNonNull(asset, "asset");
        }

        @Override public String type() { return "price-shock"; }
        @Override public String describe(Network n) { return asset + " price drops " + Math.round(drop * 10000) / 100.0 + "%"; }
    }

    /** {@code "provider-failure"}: {@code chain} halts (consensus failure); every chain secured by it falls too. */
    record ProviderFailure(String chain) implements Fault {
        public ProviderFailure {
            Objects.requireNonNull(chain, "chain");
        }

        @Override public String type() { return "provider-failure"; }
        @Override public String describe(Network n) { return FaultNames.chain(n, chain) + " fails"; }
    }

    /** {@code "key-compromise"}: the keys of every validator run by {@code operator} are stolen. */
    record KeyCompromise(String operator) implements Fault {
        public KeyCompromise {
            Objects.requireNonNull(operator, "operator");
        }

        @Override public String type() { return "key-compromise"; }
        @Override public String describe(Network n) { return "keys of operator " + operator + " compromised"; }
    }

    /**
     * {@code "bridge-exploit"}: the trust of {@code bridge} is broken and the value it carries is taken (issue 10).
     * A multisig's cheapest k validator signers lose their stake, as its cost of corruption assumes; each chain
     * it joins loses half the value, which lowers its profit from corruption (docs/scenario-format.md).
     */
    record BridgeExploit(String bridge) implements Fault {
        public BridgeExploit {
            Objects.requireNonNull(bridge, "bridge");
        }

        @Override public String type() { return "bridge-exploit"; }
        @Override public String describe(Network n) { return "bridge " + FaultNames.bridge(n, bridge) + " is exploited"; }
    }

    /** The fault-type names of the scenario file, in documentation order. */
    List<String> TYPES = List.of("shock", "double-sign", "downtime", "invalid-block", "slash", "price-shock",
            "provider-failure", "key-compromise", "bridge-exploit");

    private static List<String> distinct(List<String> ids) {
        return List.copyOf(new LinkedHashSet<>(Objects.requireNonNull(ids, "validators")));
    }
}
