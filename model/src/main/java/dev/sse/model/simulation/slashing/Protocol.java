package dev.sse.model.simulation.slashing;

import dev.sse.model.network.Chain;
import dev.sse.model.network.ChainKind;
import dev.sse.model.network.FileName;
import dev.sse.model.network.Network;
import java.util.Optional;

/**
 * The slashing rule book a chain follows. Chosen by its kind, or explicitly with the chain's
 * {@code slashing.protocol} setting (its {@link FileName}, e.g. {@code "eigenlayer"}):
 * provider/consumer → {@link #COSMOS}, relay/parachain → {@link #POLKADOT}, l1/rollup → {@link #ETHEREUM},
 * avs → {@link #EIGENLAYER}, isolated/service → {@link #GENERIC}.
 */
public enum Protocol implements FileName {
    /** Cosmos Interchain Security: see {@link CosmosSlashing}. */
    COSMOS,
    /** Polkadot relay chain and parachains: see {@link PolkadotSlashing}. */
    POLKADOT,
    /** Ethereum consensus (Electra): see {@link EthereumSlashing}. */
    ETHEREUM,
    /** EigenLayer operator sets with unique stake: see {@link UniqueStakeSlashing}. */
    EIGENLAYER,
    /** A Durvasula–Roughgarden service: misbehaviour costs the whole stake. */
    GENERIC;

    /** The settings key that overrides the kind's default protocol. */
    public static final String SETTING = dev.sse.model.network.SlashingOverrides.PROTOCOL;

    /** The protocol whose rules punish offences on {@code chain}. */
    public static Protocol of(Chain chain) {
        Optional<Protocol> explicit = Optional.ofNullable(chain.slashingOverrides().protocol())
                .flatMap(name -> FileName.parse(Protocol.class, name));
        return explicit.orElseGet(() -> byKind(chain.kind()));
    }

    static Protocol byKind(ChainKind kind) {
        return switch (kind) {
            case PROVIDER, CONSUMER -> COSMOS;
            case RELAY, PARACHAIN -> POLKADOT;
            case L1, ROLLUP -> ETHEREUM;
            case AVS -> EIGENLAYER;
            case ISOLATED, SERVICE -> GENERIC;
        };
    }

    /**
     * Where an offence on {@code chain} is judged and whose validator set it concerns: the provider of a
     * consumer chain, parachain or rollup ({@code securedBy}), since ICS slashes consumer double-signs on the
     * provider, Polkadot slashes on the relay chain and rollups borrow L1's validators; otherwise the chain.
     * An AVS is its own home: EigenLayer slashes per operator set.
     */
    public static Chain home(Network network, Chain chain) {
        if (chain.kind().inheritsProviderSet() && chain.securedBy() != null) {
            return network.chain(chain.securedBy()).orElse(chain);
        }
        return chain;
    }
}
