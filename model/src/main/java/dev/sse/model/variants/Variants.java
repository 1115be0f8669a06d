package dev.sse.model.variants;

import dev.sse.model.analysis.AnalysisOptions;
import dev.sse.model.analysis.ChainMetrics;
import dev.sse.model.analysis.SecurityAnalyzer;
import dev.sse.model.analysis.ValidatorPower;
import dev.sse.model.network.Allocation;
import dev.sse.model.network.Chain;
import dev.sse.model.network.ChainKind;
import dev.sse.model.network.Network;
import dev.sse.model.network.Validator;
import dev.sse.model.simulation.SecuringStake;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Derived networks for "rent or bootstrap?" comparisons (issue 9). Pure functions: the input is never changed,
 * chain ids are kept (so a comparison matches chains by id) and stored scenarios are carried over.
 *
 * <ul>
 *   <li>{@link #isolateConsumers}: every consumer chain (a consumer kind naming {@code securedBy}) becomes
 *       {@link ChainKind#ISOLATED}: no provider, no shaping settings, a validator set of its own
 *       ({@link Isolation}).</li>
 *   <li>{@link #poolAllocations}: every allocation becomes pooled (EigenLayer before ELIP-002: the whole stake
 *       backs every chain the validator is allocated to).</li>
 *   <li>{@link #uniqueStake}: every validator's stake is split evenly over its allocations (ELIP-002 unique stake:
 *       each unit of stake is slashable by one chain only).</li>
 * </ul>
 */
public final class Variants {

    private Variants() {
    }

    /**
     * Every consumer chain on its own. With {@link Isolation#directOnly()} a consumer keeps the allocations made
     * to it directly (nothing else changes). With a provider share {@code p}, each consumer instead gets one new
     * validator per member v of its securing set N(s) before isolation (after ICS Top-N / opt-in / power-cap
     * shaping, as the analysis sees it): id {@code <chain>-<validator>}, the same operator (so a key compromise
     * still reaches both), staking the consumer's own asset (when the network prices it, else v's asset) with
     * value {@code p × a(v,s)}, where a(v,s) is v's securing value for s (its allocation, capped at its stake),
     * rounded to 0.01 of the asset (at least 0.01). The provider keeps its own validators and allocations.
     */
    public static Network isolateConsumers(Network network, Isolation rule) {
        List<Chain> consumers = network.chains().stream()
                .filter(c -> c.kind().isConsumer() && c.securedBy() != null).toList();
        Network.Builder b = network.toBuilder()
                .name(network.name() + " — consumers isolated (" + rule.describe() + ")")
                .description(prefix("Derived variant: every consumer chain on its own, " + rule.describe()
                        + ".", network.description()));
        for (Chain c : consumers) {
            b.replaceChain(Chain.builder(c.id(), ChainKind.ISOLATED).name(c.name()).asset(c.asset())
                    .profitFromCorruption(c.profitFromCorruption()).attackThreshold(c.attackThreshold())
                    .slashing(c.slashing()).build());
        }
        if (rule.directOnlyMode() || consumers.isEmpty()) {
            return b.build();
        }
        Map<String, ChainMetrics> metrics = SecurityAnalyzer.chainMetrics(network, AnalysisOptions.defaults());
        Set<String> consumerIds = new HashSet<>();
        consumers.forEach(c -> consumerIds.add(c.id()));
        List<Allocation> allocations = new ArrayList<>(network.allocations().stream()
                .filter(a -> !consumerIds.contains(a.chain())).toList());
        List<Validator> validators = new ArrayList<>(network.validators());
        Set<String> ids = new HashSet<>();
        validators.forEach(v -> ids.add(v.id()));
        for (Chain c : consumers) {
            Map<String, Double> weights = SecuringStake.direct(network, Set.of(), c.id());
            ChainMetrics m = metrics.get(c.id());
            List<String> members = m == null ? List.copyOf(weights.keySet())
                    : m.validatorSet().stream().map(ValidatorPower::id).toList();
            for (String vid : members) {
                Validator v = network.validator(vid).orElse(null);
                double value = weights.getOrDefault(vid, 0.0) * rule.providerShare();
                if (v == null || !(value > 0)) {
                    continue;
                }
                Validator copy = copy(network, c, v, value, unique(c.id() + "-" + v.id(), ids));
                validators.add(copy);
                allocations.add(Allocation.pooled(copy.id(), c.id()));
            }
        }
        return b.validators(validators).allocations(allocations).build();
    }

    private static Validator copy(Network network, Chain chain, Validator v, double value, String id) {
        boolean ownToken = chain.asset() != null && network.asset(chain.asset()).isPresent();
        String asset = ownToken ? chain.asset() : v.asset();
        double price = ownToken ? network.asset(chain.asset()).get().priceUsd() : network.priceOf(v);
        double stake = Math.max(0.01, Math.round(value / price * 100) / 100.0);
        return new Validator(id, chain.name() + " " + v.name(), stake, asset, v.operator());
    }

    private static String unique(String wanted, Set<String> taken) {
        String id = wanted;
        for (int i = 2; !taken.add(id); i++) {
            id = wanted + "~" + i;
        }
        return id;
    }

    /** Every allocation pooled: explicit amounts dropped, so each validator's whole stake backs every chain it secures. */
    public static Network poolAllocations(Network network) {
        List<Allocation> pooled = network.allocations().stream()
                .map(a -> Allocation.pooled(a.validator(), a.chain())).toList();
        return network.toBuilder().name(network.name() + " — pooled stake")
                .description(prefix("Derived variant: every allocation pooled (whole stake on every chain).",
                        network.description()))
                .allocations(pooled).build();
    }

    /**
     * Unique stake, split evenly: a validator with k allocations puts {@code stake / k} (rounded down to 0.01 of
     * its asset, at least 0.01) on each, so its allocations never add up to more than its stake and a slash on
     * one chain never touches the stake another chain relies on.
     */
    public static Network uniqueStake(Network network) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        network.allocations().forEach(a -> counts.merge(a.validator(), 1, Integer::sum));
        List<Allocation> split = network.allocations().stream().map(a -> {
            Validator v = network.validator(a.validator()).orElse(null);
            if (v == null) {
                return a;
            }
            double share = Math.max(0.01, Math.floor(v.stake() / counts.get(v.id()) * 100) / 100.0);
            return Allocation.of(a.validator(), a.chain(), Math.min(share, v.stake()));
        }).toList();
        return network.toBuilder().name(network.name() + " — unique stake")
                .description(prefix("Derived variant: unique stake, each validator's stake split evenly over its "
                        + "allocations (ELIP-002).", network.description()))
                .allocations(split).build();
    }

    private static String prefix(String head, String rest) {
        return rest == null || rest.isBlank() ? head : head + " " + rest;
    }
}
