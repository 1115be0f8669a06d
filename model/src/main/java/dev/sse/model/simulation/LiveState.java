package dev.sse.model.simulation;

import dev.sse.model.network.Allocation;
import dev.sse.model.network.Asset;
import dev.sse.model.network.Chain;
import dev.sse.model.network.Network;
import dev.sse.model.network.Validator;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The engine's mutable working copy: stakes, allocations, prices, removed validators and fallen chains.
 * Changes are O(allocations of one validator); an immutable {@link Network} is rebuilt only when asked
 * for after a change (once per step), in O(V + C + A).
 */
final class LiveState {

    private final Network initial;
    private final Map<String, Validator> validators = new LinkedHashMap<>();
    private final List<Allocation> allocations;
    private final Map<String, List<Integer>> allocationsOf = new HashMap<>();
    private final Map<String, Asset> assets = new LinkedHashMap<>();
    /** Provider → the chains falling with it: settled on it (securedBy) or publishing their data on it. */
    private final Map<String, List<Dependant>> consumers = new HashMap<>();
    private final Set<String> removed = new LinkedHashSet<>();
    private final Map<String, String> removalReasons = new HashMap<>();
    private final Set<String> fallen = new LinkedHashSet<>();
    private final Set<String> compromised = new LinkedHashSet<>();
    private final Map<String, Double> profits = new HashMap<>();
    private final Set<String> exploited = new LinkedHashSet<>();
    private Network snapshot;

    LiveState(Network network) {
        this.initial = network;
        this.snapshot = network;
        network.validators().forEach(v -> validators.putIfAbsent(v.id(), v));
        network.assets().forEach(a -> assets.putIfAbsent(a.symbol(), a));
        this.allocations = new ArrayList<>(network.allocations());
        for (int i = 0; i < allocations.size(); i++) {
            allocationsOf.computeIfAbsent(allocations.get(i).validator(), k -> new ArrayList<>()).add(i);
        }
        for (Chain c : network.chains()) {
            if (c.securedBy() != null) {
                consumers.computeIfAbsent(c.securedBy(), k -> new ArrayList<>())
                        .add(new Dependant(c.id(), c.securedBy(), false));
            }
            c.separateDataAvailabilityChain().ifPresent(p -> consumers.computeIfAbsent(p, k -> new ArrayList<>())
                    .add(new Dependant(c.id(), p, true)));
        }
    }

    Network initial() {
        return initial;
    }

    /** The name of a validator or chain of the initial network (its id when it has none), for event sentences. */
    String name(String id) {
        return initial.validator(id).map(dev.sse.model.network.Validator::name)
                .or(() -> initial.chain(id).map(dev.sse.model.network.Chain::name)).orElse(id);
    }

    /** {@link #name} of each id, in order. */
    java.util.List<String> named(java.util.Collection<String> ids) {
        return ids.stream().map(this::name).toList();
    }

    /** A value in the network's unit through the one formatter, e.g. "1.23 M USD" (issue 18 item 9). */
    String money(double value) {
        return dev.sse.model.format.Screen.amount(value, initial.valueUnit());
    }

    /** The current network, rebuilt if anything changed since the last call. */
    Network network() {
        if (snapshot == null) {
            Network.Builder b = Network.builder().name(initial.name()).description(initial.description())
                    .source(initial.source()).adversaryFraction(initial.adversaryFraction());
            assets.values().forEach(b::asset);
            validators.values().forEach(b::validator);
            initial.chains().forEach(c -> b.chain(profits.containsKey(c.id())
                    ? c.withProfitFromCorruption(profits.get(c.id())) : c));
            allocations.forEach(b::allocation);
            b.bridges(initial.bridges());
            initial.scenarios().forEach(b::scenario);
            snapshot = b.build();
        }
        return snapshot;
    }

    SimState frame() {
        return new SimState(network(), removed, fallen, compromised);
    }

    Validator validator(String id) {
        return validators.get(id);
    }

    double stake(String id) {
        Validator v = validators.get(id);
        return v == null ? 0 : v.stake();
    }

    double price(String validatorId) {
        Validator v = validators.get(validatorId);
        if (v != null && v.isMultiAsset() && v.stake() > 0) { // issue 22: the holdings at today's prices, per unit
            double value = 0;
            for (Map.Entry<String, Double> h : v.holdings().entrySet()) {
                Asset a = assets.get(h.getKey());
                value += h.getValue() * (a == null ? 1.0 : a.priceUsd());
            }
            return value / v.stake();
        }
        if (v == null || v.asset() == null) {
            return 1.0;
        }
        Asset a = assets.get(v.asset());
        return a == null ? 1.0 : a.priceUsd();
    }

    /** σ_v: stake × price, in value units. */
    double value(String id) {
        return stake(id) * price(id);
    }

    Asset asset(String symbol) {
        return assets.get(symbol);
    }

    /** The validator's first allocation to {@code chain}, or null. */
    Allocation allocation(String validatorId, String chain) {
        for (int i : allocationsOf.getOrDefault(validatorId, List.of())) {
            if (allocations.get(i).chain().equals(chain)) {
                return allocations.get(i);
            }
        }
        return null;
    }

    /** Burns up to {@code amount} of stake; explicit allocations shrink in proportion. Returns what was burned. */
    double burn(String id, double amount) {
        double before = stake(id);
        double lost = Math.max(0, Math.min(amount, before));
        if (lost == 0) {
            return 0;
        }
        double after = lost >= before ? 0 : before - lost;
        double scale = before > 0 ? after / before : 0;
        for (int i : allocationsOf.getOrDefault(id, List.of())) {
            Allocation a = allocations.get(i);
            if (!a.isPooled()) {
                allocations.set(i, Allocation.of(a.validator(), a.chain(), a.amount().getAsDouble() * scale));
            }
        }
        setStake(id, after);
        return lost;
    }

    /** ELIP-002: burns {@code amount} from the explicit allocation to {@code chain} and from the stake only. */
    double burnAllocation(String id, String chain, double amount) {
        Allocation target = allocation(id, chain);
        if (target == null || target.isPooled()) {
            return burn(id, amount);
        }
        double before = stake(id);
        double lost = Math.max(0, Math.min(amount, Math.min(target.amount().getAsDouble(), before)));
        double after = Math.max(0, before - lost);
        for (int i : allocationsOf.getOrDefault(id, List.of())) {
            Allocation a = allocations.get(i);
            if (a == target) {
                allocations.set(i, Allocation.of(id, chain, Math.max(0, a.amount().getAsDouble() - lost)));
            } else if (!a.isPooled() && a.amount().getAsDouble() > after) {
                allocations.set(i, Allocation.of(id, a.chain(), after));
            }
        }
        setStake(id, after);
        return lost;
    }

    private void setStake(String id, double stake) {
        validators.put(id, validators.get(id).withStake(stake));
        snapshot = null;
    }

    void setPrice(String symbol, double price) {
        assets.put(symbol, new Asset(symbol, price));
        snapshot = null;
    }

    /** π of a chain now (bridge exploits lower it), in value units. */
    double profit(String chainId) {
        Double p = profits.get(chainId);
        return p != null ? p : initial.chain(chainId).map(Chain::profitFromCorruption).orElse(0.0);
    }

    void setProfit(String chainId, double profit) {
        profits.put(chainId, profit);
        snapshot = null;
    }

    /** Marks a bridge drained; false when it already was. */
    boolean markExploited(String bridgeId) {
        return exploited.add(bridgeId);
    }

    boolean isRemoved(String id) {
        return removed.contains(id);
    }

    String removalReason(String id) {
        return removalReasons.get(id);
    }

    /** Takes a validator out of every set; the first reason is kept. */
    void remove(String id, String reason) {
        if (removed.add(id)) {
            removalReasons.put(id, reason);
        }
    }

    Set<String> removedView() {
        return Collections.unmodifiableSet(removed);
    }

    Set<String> fallenView() {
        return Collections.unmodifiableSet(fallen);
    }

    boolean hasFallen(String chain) {
        return fallen.contains(chain);
    }

    void markCompromised(String chain) {
        compromised.add(chain);
        fallen.add(chain);
    }

    /**
     * A chain that fell with {@code dependsOn}: settled on it ({@code securedBy}) or, when {@code data}, publishing its
     * data on it (issue 19 item 11).
     */
    record Dependant(String chain, String dependsOn, boolean data) {
    }

    /**
     * Marks {@code chain} fallen and, breadth-first in file order, every chain secured by it or publishing its data
     * on it (transitively). Returns the dependants that fell now, each with the chain it depends on, in order.
     */
    List<Dependant> fallWithDependants(String chain) {
        fallen.add(chain);
        List<Dependant> newly = new ArrayList<>();
        Deque<String> queue = new ArrayDeque<>(List.of(chain));
        while (!queue.isEmpty()) {
            String provider = queue.removeFirst();
            for (Dependant d : consumers.getOrDefault(provider, List.of())) {
                if (fallen.add(d.chain())) {
                    newly.add(d);
                    queue.addLast(d.chain());
                }
            }
        }
        return newly;
    }

    /**
     * Why a dependant went down: "{@code <chain> <verb> because it is secured by <provider>, which <fate>}", or for a
     * data edge that it is frozen (L2BEAT's DA risk: without the data its users cannot rebuild the state to exit or
     * prove, a liveness loss; gov.l2beat.com/t/275).
     */
    String dependantFell(Dependant d, String verb, String fate) {
        String chain = initial.chain(d.chain()).map(Chain::name).orElse(d.chain());
        String on = initial.chain(d.dependsOn()).map(Chain::name).orElse(d.dependsOn());
        if (d.data()) {
            return chain + " is frozen because it publishes its data on " + on + ", which "
                    + fate.substring(0, fate.length() - 1) + ": its users cannot rebuild its state to exit or prove, "
                    + "a liveness loss (its settlement still stands).";
        }
        return chain + " " + verb + " because it is secured by " + on + ", which " + fate;
    }

    /** Validator ids in file order. */
    List<String> validatorIds() {
        return List.copyOf(validators.keySet());
    }

    /** Σ σ_v over all validators (removed ones included), in value units. */
    double totalValue() {
        double sum = 0;
        for (String id : validators.keySet()) {
            sum += value(id);
        }
        return sum;
    }
}
