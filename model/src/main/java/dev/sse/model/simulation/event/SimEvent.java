package dev.sse.model.simulation.event;

import dev.sse.model.simulation.fault.Fault;
import java.util.List;

/**
 * One explained change in a simulation trace. Every event has the round it happened in (0 = the
 * injected faults, 1, 2, … = cascade rounds), and a one-sentence {@link #because()} written for a student.
 *
 * <p>Amounts: {@code stake} fields are in units of the validator's asset; {@code value} and money fields
 * ({@code cost}, {@code profit}) are in the network's value unit (stake × price, see
 * {@link dev.sse.model.network.Network#valueOf(dev.sse.model.network.Validator)}), at the price in force
 * when the event happened.
 */
public sealed interface SimEvent {

    /** 0 for injected faults, t ≥ 1 for the t-th cascade round. */
    int round();

    /** One sentence explaining why this happened. */
    String because();

    /** Stable machine name used in JSON output, e.g. {@code "slashed"}. */
    String type();

    /** Events that take a validator out of the active sets (it stays removed for the rest of the run). */
    sealed interface Removal extends SimEvent {
        String validator();

        /** The chain the offence happened on (the text names the chain that judged it). */
        String chain();
    }

    /** Marks the start of fault number {@code index} (0-based, scenario order). */
    record FaultInjected(int round, int index, Fault fault, String because) implements SimEvent {
        @Override public String type() { return "fault"; }
    }

    /**
     * A validator lost its whole stake outright (DR shock) and is removed.
     *
     * @param cause {@code "shock"}, {@code "key-compromise"} or {@code "bridge-exploit"} (a multisig signer)
     */
    record Shocked(int round, String validator, String cause, double stake, double value, String because)
            implements SimEvent {
        @Override public String type() { return "shocked"; }
    }

    /**
     * A validator lost part or all of its stake.
     *
     * @param chain    chain the offence happened on (for an attack: the first attacked chain)
     * @param cause    the fault type ({@code "double-sign"}, {@code "downtime"}, {@code "invalid-block"},
     *                 {@code "slash"}) or {@code "attack"}
     * @param fraction share of its stake before this event that was lost, in [0, 1]
     * @param stake    stake lost, in asset units
     * @param value    stake lost, in value units
     */
    record Slashed(int round, String validator, String chain, String cause, double fraction, double stake,
                   double value, String because) implements SimEvent {
        @Override public String type() { return "slashed"; }
    }

    /** Cosmos: jailed, out of the active set of the provider and of every consumer chain. */
    record Jailed(int round, String validator, String chain, String because) implements Removal {
        @Override public String type() { return "jailed"; }
    }

    /** Cosmos: tombstoned after double-signing, removed for good from every set it was in. */
    record Tombstoned(int round, String validator, String chain, String because) implements Removal {
        @Override public String type() { return "tombstoned"; }
    }

    /** Polkadot: chilled after a slash, out of the active set. */
    record Chilled(int round, String validator, String chain, String because) implements Removal {
        @Override public String type() { return "chilled"; }
    }

    /** Ethereum or a generic service: the slashed validator is forcibly exited. */
    record Ejected(int round, String validator, String chain, String because) implements Removal {
        @Override public String type() { return "ejected"; }
    }

    /** An offence the chain's rules do not punish (e.g. a Polkadot validator going offline). */
    record Unpunished(int round, List<String> validators, String chain, String because) implements SimEvent {
        public Unpunished {
            validators = List.copyOf(validators);
        }

        @Override public String type() { return "unpunished"; }
    }

    /**
     * An asset's price changed; validators keep their tokens but their value changes.
     *
     * @param valueLost total value lost by all validators staking the asset, in value units
     */
    record PriceChanged(int round, String asset, double oldPrice, double newPrice, double valueLost, String because)
            implements SimEvent {
        @Override public String type() { return "price-changed"; }
    }

    /** A chain stopped (provider failure). */
    record ChainHalted(int round, String chain, String because) implements SimEvent {
        @Override public String type() { return "chain-halted"; }
    }

    /** A chain fell because a chain securing it (its {@code securedBy}, transitively) halted or was corrupted. */
    record ChainFell(int round, String chain, String dependsOn, String because) implements SimEvent {
        @Override public String type() { return "chain-fell"; }
    }

    /**
     * One cascade round's valid attack (DR): {@code validators} together reach every attacked chain's
     * threshold and {@code profit} = π(A) &gt; {@code cost} = σ(B). The attackers lose their stake.
     * {@code exact} is false when the finder stopped at its solve budget: the best attack found, not proven best.
     */
    record Attack(int round, List<String> chains, List<String> validators, double cost, double profit,
                  boolean exact, String because) implements SimEvent {
        public Attack {
            chains = List.copyOf(chains);
            validators = List.copyOf(validators);
        }

        /** A proven attack. */
        public Attack(int round, List<String> chains, List<String> validators, double cost, double profit,
                      String because) {
            this(round, chains, validators, cost, profit, true, because);
        }

        @Override public String type() { return "attack"; }
    }

    /** A chain was corrupted by this round's attack ({@code profit} = its π). */
    record ChainCompromised(int round, String chain, double profit, String because) implements SimEvent {
        @Override public String type() { return "chain-compromised"; }
    }

    /**
     * A bridge's trust was broken (fault {@code bridge-exploit}) and the value it carried was taken.
     *
     * @param chains  the two chains it joined
     * @param value   the value taken, in value units (0 when it was already drained)
     * @param signers for a multisig with validator signers, the k cheapest signers who signed the theft (each
     *                followed by a {@link Shocked} event), else empty
     */
    record BridgeExploited(int round, String bridge, List<String> chains, double value, List<String> signers,
                           String because) implements SimEvent {
        public BridgeExploited {
            chains = List.copyOf(chains);
            signers = List.copyOf(signers);
        }

        @Override public String type() { return "bridge-exploited"; }
    }

    /**
     * A chain lost value through a bridge it is joined by: its share of the stolen value is gone, so what corrupting
     * it would yield (π) falls from {@code oldProfit} to {@code newProfit}.
     *
     * @param lost value lost by the chain, in value units
     */
    record ValueLost(int round, String chain, String bridge, double lost, double oldProfit, double newProfit,
                     String because) implements SimEvent {
        @Override public String type() { return "value-lost"; }
    }

    /** The cascade stopped: no valid attack is left. */
    record CascadeEnded(int round, String because) implements SimEvent {
        @Override public String type() { return "cascade-ended"; }
    }
}
