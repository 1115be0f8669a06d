package dev.sse.model.analysis;

import dev.sse.model.format.Screen;
import dev.sse.model.network.Chain;
import dev.sse.model.network.ChainKind;
import dev.sse.model.network.EthereumPenalties;
import dev.sse.model.network.Network;
import dev.sse.model.simulation.slashing.CosmosSlashing;
import dev.sse.model.simulation.slashing.EthereumSlashing;
import dev.sse.model.simulation.slashing.PolkadotSlashing;
import dev.sse.model.simulation.slashing.Protocol;
import dev.sse.model.simulation.slashing.SlashingParameters;
import java.math.BigInteger;
import java.util.OptionalDouble;

/**
 * The slashable cost of corruption (issue 19, item 6): what the protocol actually takes from the coalition the
 * Durvasula–Roughgarden cost of corruption charges in full. The coalition is the DR-cheapest cover B of the
 * chain; each member loses the fraction its chain's rules slash for attacking safety, so the slashable cost is
 * f × cost(B), f uniform over B:
 * <ul>
 *   <li>Cosmos: the double-sign fraction (the chain's {@code doubleSignFraction}, else its provider's, else 5%,
 *       {@link CosmosSlashing});</li>
 *   <li>Polkadot: a parachain's backers of an invalid block lose 100% ({@code invalidBlockFraction});
 *       a relay chain's equivocators min((3k/n)², 1), k = |B|, n = its set ({@link PolkadotSlashing});</li>
 *   <li>Ethereum: ⌊EB/4096⌋ + the correlation penalty with S = cost(B) of T = the securing stake, in integer
 *       Gwei ({@link EthereumSlashing}, with the home chain's {@link EthereumPenalties}); with the specs' multiplier 3,
 *       1/3 or more slashed together loses everything;</li>
 *   <li>EigenLayer and generic services: 100% of the allocation, or the chain's {@code doubleSignFraction}.</li>
 * </ul>
 * A configured {@code doubleSignFraction} replaces the formula everywhere. B is the cheapest coalition for the DR
 * cost, not re-optimised for the slashed amounts (the same B for a uniform fraction).
 */
final class SlashableCost {

    private SlashableCost() {
    }

    /** f for a coalition of {@code k} validators worth {@code cost} against a chain secured by {@code n} worth {@code total}. */
    static double fraction(Network network, Chain chain, int k, int n, double cost, double total) {
        Chain home = Protocol.home(network, chain);
        OptionalDouble configured = SlashingParameters.fraction(chain, home, SlashingParameters.DOUBLE_SIGN);
        if (configured.isPresent()) {
            return configured.getAsDouble();
        }
        return switch (Protocol.of(chain)) {
            case COSMOS -> CosmosSlashing.DOUBLE_SIGN_FRACTION;
            case POLKADOT -> chain.kind() == ChainKind.PARACHAIN
                    ? SlashingParameters.fraction(chain, home, SlashingParameters.INVALID_BLOCK)
                            .orElse(PolkadotSlashing.INVALID_BACKING_FRACTION)
                    : PolkadotSlashing.equivocationFraction(k, n);
            case ETHEREUM -> ethereum(home.slashingOverrides().ethereum(), cost, total);
            case EIGENLAYER, GENERIC -> 1.0;
        };
    }

    /** The Electra penalty of the whole coalition over its stake, both in the value unit read as ETH. */
    private static double ethereum(EthereumPenalties p, double cost, double total) {
        BigInteger s = EthereumSlashing.gwei(cost);
        if (s.signum() == 0) {
            return 0;
        }
        BigInteger penalty = EthereumSlashing.penalty(p, s, EthereumSlashing.effectiveBalance(s),
                EthereumSlashing.effectiveBalance(EthereumSlashing.gwei(total)));
        return Math.min(1, penalty.doubleValue() / s.doubleValue());
    }

    /** One "why" line: the rule and its numbers. */
    static String why(Network network, Chain chain, double f, int k, int n, String cost, String slashable) {
        Protocol p = Protocol.of(chain);
        boolean configured = SlashingParameters.fraction(chain, Protocol.home(network, chain), SlashingParameters.DOUBLE_SIGN)
                .isPresent();
        String rule = configured ? "the chain's doubleSignFraction"
                : switch (p) {
                    case COSMOS -> "ICS slashes a double-sign on the provider";
                    case POLKADOT -> chain.kind() == ChainKind.PARACHAIN ? "Polkadot slashes the backers of an invalid block"
                            : "min((3k/n)², 1) with k = " + k + ", n = " + n;
                    case ETHEREUM -> "Electra's initial and correlation penalties for the coalition's share";
                    case EIGENLAYER -> "an AVS slashes the allocation (assumed 100%)";
                    case GENERIC -> "a generic service takes the whole stake";
                };
        return "slashable " + slashable + " = " + Screen.percent(f) + " of the DR cost " + cost + " (" + rule + ")";
    }
}
