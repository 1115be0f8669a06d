package dev.sse.model.analysis.economics;

import dev.sse.model.format.Screen;
import dev.sse.model.network.Chain;
import dev.sse.model.network.ChainKind;
import dev.sse.model.network.RollupSecurity;
import dev.sse.model.network.Network;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Time to finality of a chain, in seconds (issue 10): how long until a transaction on it can no longer be
 * reverted without corrupting what secures it. A chain's {@code finalitySeconds} wins; otherwise by kind:
 *
 * <table>
 *   <caption>Defaults</caption>
 *   <tr><th>kind</th><th>seconds</th><th>why</th></tr>
 *   <tr><td>provider, consumer, isolated</td><td>6</td><td>CometBFT single-slot finality: a block is final when
 *       committed, ~6 s blocks on the Cosmos Hub [S]</td></tr>
 *   <tr><td>relay</td><td>18</td><td>GRANDPA usually finalises 2–3 relay blocks (6 s slots, polkadot-sdk
 *       {@code MILLISECS_PER_BLOCK = 6000} [P]) behind the head; commonly quoted 12–60 s [S]. We pick 3 blocks.</td></tr>
 *   <tr><td>parachain</td><td>relay's</td><td>a parachain block is final once the relay block including it is
 *       GRANDPA-final (backing and inclusion latency ignored)</td></tr>
 *   <tr><td>l1</td><td>768</td><td>Ethereum: 2 epochs × 32 slots × 12 s (domain.md §4.2)</td></tr>
 *   <tr><td>rollup</td><td>wait + securedBy's</td><td>settlement on its L1: the wait is the challenge window for an
 *       optimistic rollup ({@code security.challengeWindowDays}, default 7 days, domain.md §4.1), the proof interval
 *       for a ZK rollup ({@code security.proofIntervalSeconds}, default 3600 s — an assumption; real intervals
 *       range from minutes to hours), 0 with {@code proof: none}; {@code proof} defaults to optimistic. Then the L1's
 *       own finality.</td></tr>
 *   <tr><td>avs</td><td>securedBy's</td><td>its slashable stake and its disputes settle on the L1 it restakes</td></tr>
 *   <tr><td>service</td><td>none</td><td>a generic service has no default: give {@code finalitySeconds}</td></tr>
 * </table>
 */
public final class Finality {

    /** CometBFT single-slot finality on ~6 s blocks (Cosmos Hub). */
    public static final double COMETBFT_SECONDS = 6;
    /** GRANDPA: 3 relay blocks of 6 s. */
    public static final double GRANDPA_SECONDS = 18;
    /** Ethereum: 2 epochs = 64 slots × 12 s. */
    public static final double ETHEREUM_SECONDS = 768;
    /** Default optimistic challenge window: 7 days. */
    public static final double CHALLENGE_WINDOW_DAYS = 7;
    /** Default ZK proof interval (an assumption): 1 hour. */
    public static final double PROOF_INTERVAL_SECONDS = 3600;
    private static final double DAY = 86_400;

    private Finality() {
    }

    /** A time to finality with its one-line explanation; {@code seconds} is null when unknown. */
    public record Value(Double seconds, String why) {
    }

    /** The chain's time to finality. */
    public static Value of(Network network, Chain chain) {
        return of(network, chain, new HashMap<>());
    }

    /**
     * Every chain's time to finality by id, in file order, each computed once from its provider's (issue 17
     * item 7: per chain from scratch, a securedBy chain of n links cost n²/2 steps).
     */
    public static Map<String, Value> all(Network network) {
        Map<String, Value> memo = new HashMap<>();
        Map<String, Value> out = new LinkedHashMap<>();
        network.chains().forEach(c -> out.put(c.id(), of(network, c, memo)));
        return out;
    }

    /**
     * The chain's value through {@code memo}: walks up its securedBy links to the first chain already known (or
     * a root), then computes down, one step per chain, without recursion. A cycle (only in a network built in
     * code; the reader rejects them) ends where it closes, as if the chain met again secured nothing.
     */
    static Value of(Network network, Chain chain, Map<String, Value> memo) {
        List<Chain> path = new ArrayList<>();
        Set<String> onPath = new HashSet<>();
        Chain at = chain;
        Value parent = null;
        while (at != null) {
            Value known = memo.get(at.id());
            if (known != null) {
                parent = known;
                break;
            }
            if (!onPath.add(at.id())) {
                parent = step(at, null);
                break;
            }
            path.add(at);
            at = at.finalitySeconds() != null || at.securedBy() == null ? null : network.chain(at.securedBy()).orElse(null);
        }
        for (int i = path.size() - 1; i >= 0; i--) {
            parent = step(path.get(i), parent);
            memo.put(path.get(i).id(), parent);
        }
        return parent;
    }

    private static Value step(Chain c, Value parent) {
        if (c.finalitySeconds() != null) {
            return new Value(c.finalitySeconds(), Screen.seconds(c.finalitySeconds()) + " (from the network file)");
        }
        ChainKind kind = c.kind();
        switch (kind) {
            case PROVIDER, CONSUMER, ISOLATED:
                return new Value(COMETBFT_SECONDS, "6 s: CometBFT single-slot finality (default for a " + kind.json() + ")");
            case RELAY:
                return new Value(GRANDPA_SECONDS, "18 s: GRANDPA finalises ~3 relay blocks of 6 s (default)");
            case L1:
                return new Value(ETHEREUM_SECONDS, "768 s: Ethereum finalises after 2 epochs of 32 × 12 s slots (default)");
            case PARACHAIN:
            case AVS:
                return inherited(c, parent);
            case ROLLUP:
                return rollup(c, parent);
            default:
                return new Value(null, "no default for a generic service: set finalitySeconds");
        }
    }

    private static Value inherited(Chain c, Value parent) {
        if (parent == null || parent.seconds() == null) {
            return new Value(null, "inherits " + c.securedBy() + "'s finality, which is unknown");
        }
        return new Value(parent.seconds(), Screen.seconds(parent.seconds()) + ": inherited from " + c.securedBy()
                + (c.kind() == ChainKind.PARACHAIN ? " (final with the relay block that includes it)"
                : " (its stake and disputes settle there)"));
    }

    private static Value rollup(Chain c, Value parent) {
        RollupSecurity r = c.rollupSecurity();
        String proof = r.proof() == null ? "optimistic" : r.proof();
        double wait;
        String what;
        if (proof.equals("zk")) {
            wait = r.proofIntervalSeconds() == null ? PROOF_INTERVAL_SECONDS : r.proofIntervalSeconds();
            what = "proof interval " + Screen.seconds(wait) + (r.proofIntervalSeconds() != null ? "" : " (assumed)");
        } else if (proof.equals("none")) {
            wait = 0;
            what = "no proof to wait for";
        } else {
            double days = r.challengeWindowDays() == null ? CHALLENGE_WINDOW_DAYS : r.challengeWindowDays();
            wait = days * DAY;
            what = "challenge window " + Screen.decimal(days) + " d" + (r.challengeWindowDays() != null ? "" : " (default)");
        }
        if (parent == null || parent.seconds() == null) {
            return new Value(null, what + " + " + c.securedBy() + "'s finality, which is unknown");
        }
        double total = wait + parent.seconds();
        return new Value(total, Screen.seconds(total) + " = " + what + " + " + c.securedBy() + "'s finality "
                + Screen.seconds(parent.seconds()) + " (settlement on L1)");
    }
}
