package dev.sse.model.network.edit;

import dev.sse.model.io.json.NetworkCodec;
import dev.sse.model.io.json.NetworkFormatException;
import dev.sse.model.io.json.Problem;
import dev.sse.model.network.Allocation;
import dev.sse.model.network.Chain;
import dev.sse.model.network.ChainKind;
import dev.sse.model.network.Network;
import dev.sse.model.network.Validator;
import dev.sse.model.network.graph.NodeRef;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Building and editing a network in the window (issue 23, "Build and edit"): each method returns a new network, so
 * one gesture is one undoable state edit. {@link #problems} checks a result with the file reader's own messages.
 */
public final class NetworkEdits {

    private NetworkEdits() {
    }

    /** An empty network named {@code name}. */
    public static Network empty(String name) {
        return Network.builder().name(name).build();
    }

    /**
     * A new chain of {@code kind} with a free id from {@code base}: profit 0, the default threshold; a consumer kind is
     * secured by {@code provider} (required then, as the reader requires it).
     */
    public static Network addChain(Network n, String base, ChainKind kind, String provider) {
        String id = freeId(n, base);
        return n.toBuilder().chain(Chain.builder(id, kind).securedBy(consumer(kind) ? provider : null).build()).build();
    }

    /** A new validator with a free id from {@code base} and {@code stake}. */
    public static Network addValidator(Network n, String base, double stake) {
        String id = freeId(n, base);
        return n.toBuilder().validator(new Validator(id, id, stake, null, null)).build();
    }

    /** A pooled allocation of {@code validator} to {@code chain}, unless there is one already. */
    public static Network addAllocation(Network n, String validator, String chain) {
        boolean exists = n.allocationsOf(validator).stream().anyMatch(a -> a.chain().equals(chain));
        return exists ? n : n.toBuilder().allocation(Allocation.pooled(validator, chain)).build();
    }

    /**
     * Every validator of {@code validators} with its stake scaled by {@code factor} as a stake edit scales one
     * ({@link Network#withStakeScaled}: cents of its asset, explicit allocations scaled with it), in one network.
     */
    public static Network scaleStake(Network n, java.util.Collection<String> validators, double factor) {
        Network next = n;
        for (String v : validators) {
            next = next.withStakeScaled(v, factor);
        }
        return next;
    }

    /** The node's display name set to {@code name}; the id (what files and scenarios refer to) is kept. */
    public static Network rename(Network n, NodeRef ref, String name) {
        if (ref.isChain()) {
            return n.chain(ref.id()).map(c -> n.toBuilder().replaceChain(c.toBuilder().name(name).build()).build()).orElse(n);
        }
        return n.validator(ref.id()).map(v -> n.toBuilder().replaceValidator(
                new Validator(v.id(), name, v.stake(), v.asset(), v.operator())).build()).orElse(n);
    }

    /**
     * A copy of chain {@code chainId} with every field (kind, {@code securedBy}, thresholds, settings, economics) and
     * every allocation to it, pooled or with its amount, under a free id {@code <id>-copy} and the name
     * {@code <name> (copy)}, placed right after the original; the network unchanged when there is no such chain.
     * Chains secured by the original keep pointing at it.
     */
    public static Network duplicate(Network n, String chainId) {
        Chain original = n.chain(chainId).orElse(null);
        if (original == null) {
            return n;
        }
        String id = freeId(n, chainId + "-copy");
        Chain copy = rebuilt(original, id).name(original.name() + " (copy)").build();
        List<Chain> chains = new ArrayList<>(n.chains());
        chains.add(chains.indexOf(original) + 1, copy);
        Network.Builder b = n.toBuilder().chains(chains);
        n.allocationsTo(chainId).forEach(a -> b.allocation(new Allocation(a.validator(), id, a.amount())));
        return b.build();
    }

    /** A builder with every field of {@code c} under another id (the record's builder keeps the id it was made with). */
    private static dev.sse.model.network.ChainBuilder rebuilt(Chain c, String id) {
        return Chain.builder(id, c.kind()).name(c.name()).asset(c.asset()).profitFromCorruption(c.profitFromCorruption())
                .attackThreshold(c.attackThreshold()).securedBy(c.securedBy()).security(c.security())
                .slashing(c.slashing()).finalitySeconds(c.finalitySeconds()).governance(c.governance())
                .securityCost(c.securityCost()).externalSecurity(c.externalSecurity())
                .dataAvailability(c.dataAvailability());
    }

    /**
     * What deleting {@code refs} takes, and the network after it.
     *
     * @param goes one line per element that goes, the ones asked for first, then what depends on them: chains
     *             secured by a deleted chain (transitively) and every allocation to or from what goes
     */
    public record Deletion(Network after, List<String> goes) {
    }

    /** Deletes {@code refs} with what depends on them ({@link Deletion}). */
    public static Deletion delete(Network n, Set<NodeRef> refs) {
        Set<String> chains = new LinkedHashSet<>();
        Set<String> validators = new LinkedHashSet<>();
        refs.stream().filter(NodeRef::isChain).forEach(r -> chains.add(r.id()));
        refs.stream().filter(r -> !r.isChain()).forEach(r -> validators.add(r.id()));
        List<String> goes = new ArrayList<>();
        List<String> queue = new ArrayList<>(chains);
        for (int i = 0; i < queue.size(); i++) {
            for (Chain consumer : n.consumersOf(queue.get(i))) {
                if (chains.add(consumer.id())) {
                    queue.add(consumer.id());
                }
            }
        }
        chains.forEach(c -> goes.add("chain " + c));
        validators.forEach(v -> goes.add("validator " + v));
        List<Allocation> kept = new ArrayList<>();
        for (Allocation a : n.allocations()) {
            if (chains.contains(a.chain()) || validators.contains(a.validator())) {
                goes.add("allocation " + a.validator() + " → " + a.chain());
            } else {
                kept.add(a);
            }
        }
        Network after = n.toBuilder()
                .chains(n.chains().stream().filter(c -> !chains.contains(c.id())).toList())
                .validators(n.validators().stream().filter(v -> !validators.contains(v.id())).toList())
                .allocations(kept).build();
        return new Deletion(after, goes);
    }

    /** The file reader's problems with {@code n} as it would be saved; empty when it saves and reads back. */
    public static List<Problem> problems(Network n) {
        try {
            NetworkCodec.readString("network", NetworkCodec.write(n));
            return List.of();
        } catch (NetworkFormatException e) {
            return e.problems();
        } catch (IllegalArgumentException e) {
            return List.of(new Problem("network", 1, 1, "$", e.getMessage()));
        }
    }

    /** True for the kinds that name a provider in {@code securedBy} (the reader's list: parachain, consumer, rollup, avs). */
    public static boolean consumer(ChainKind kind) {
        return kind == ChainKind.PARACHAIN || kind == ChainKind.CONSUMER || kind == ChainKind.ROLLUP || kind == ChainKind.AVS;
    }

    /** {@code base}, else {@code base-2}, {@code base-3}, … : an id no chain and no validator has. */
    static String freeId(Network n, String base) {
        String id = base;
        for (int k = 2; n.chain(id).isPresent() || n.validator(id).isPresent(); k++) {
            id = base + "-" + k;
        }
        return id;
    }
}
