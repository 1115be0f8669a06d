package dev.sse.model.simulation.slashing;

import dev.sse.model.network.Chain;
import dev.sse.model.network.ChainKind;
import dev.sse.model.network.Network;
import java.util.Arrays;
import java.util.Optional;

/**
 * The slashing rule book a chain follows. Chosen by its kind, or explicitly with the chain's
 * {@code slashing.protocol} setting (one of {@link #json()} names):
 * provider/consumer → {@link #COSMOS}, relay/parachain → {@link #POLKADOT}, l1/rollup → {@link #ETHEREUM},
 * avs → {@link #EIGENLAYER}, isolated/service → {@link #GENERIC}.
 */
public enum Protocol {
    /** Cosmos Interchain Security: see {@link CosmosSlashing}. */
    COSMOS("cosmos"),
    /** Polkadot relay chain and parachains: see {@link PolkadotSlashing}. */
    POLKADOT("polkadot"),
    /** Ethereum consensus (Electra): see {@link EthereumSlashing}. */
    ETHEREUM("ethereum"),
    /** EigenLayer operator sets with unique stake: see {@link UniqueStakeSlashing}. */
    EIGENLAYER("eigenlayer"),
    /** A Durvasula–Roughgarden service: misbehaviour costs the whole stake. */
    GENERIC("generic");

    /** The settings key that overrides the kind's default protocol. */
    public static final String SETTING = dev.sse.model.network.SlashingOverrides.PROTOCOL;

    private final String json;

    Protocol(String json) {
        this.json = json;
    }

    public String json() {
        return json;
    }

    public static Optional<Protocol> fromJson(String name) {
        return Arrays.stream(values()).filter(p -> p.json.equals(name)).findFirst();
    }

    /** The protocol whose rules punish offences on {@code chain}. */
    public static Protocol of(Chain chain) {
        Optional<Protocol> explicit = Optional.ofNullable(chain.slashingOverrides().protocol())
                .flatMap(Protocol::fromJson);
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
