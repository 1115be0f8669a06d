package dev.sse.model.network;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An immutable network: chains, validators and the allocations binding them (file format v1).
 *
 * <p>Values: a validator's value is {@code stake × price} of its asset (price 1 without assets);
 * {@link Chain#profitFromCorruption()} is in the same value unit. Lookups by id are O(1).
 * Build one with {@link #builder()} or derive one with {@link #toBuilder()}.
 */
public final class Network {

    /** Default adversary fraction: one third of the stake is malicious. */
    public static final double DEFAULT_ADVERSARY_FRACTION = 1.0 / 3.0;

    private final String name;
    private final String description;
    private final String source;
    private final double adversaryFraction;
    private final List<Asset> assets;
    private final List<Validator> validators;
    private final List<Chain> chains;
    private final List<Allocation> allocations;
    private final List<Bridge> bridges;
    private final Map<String, Settings> scenarios;
    private final List<Annotation> annotations;
    private final Settings provenance;
    private final List<String> assumptions;
    private final NetworkIndex index;

    private Network(Builder b) {
        this.name = Objects.requireNonNullElse(b.name, "Untitled network");
        this.description = Objects.requireNonNullElse(b.description, "");
        this.source = Objects.requireNonNullElse(b.source, "");
        this.adversaryFraction = b.adversaryFraction;
        this.assets = List.copyOf(b.assets);
        this.validators = List.copyOf(b.validators);
        this.chains = List.copyOf(b.chains);
        this.allocations = List.copyOf(b.allocations);
        this.bridges = List.copyOf(b.bridges);
        this.scenarios = Collections.unmodifiableMap(new LinkedHashMap<>(b.scenarios));
        this.provenance = Objects.requireNonNullElse(b.provenance, Settings.EMPTY);
        this.assumptions = List.copyOf(b.assumptions);
        this.index = new NetworkIndex(assets, validators, chains, allocations, bridges);
        // a note whose node or scenario is gone (an edit removed it) is dropped: no dangling notes
        this.annotations = b.annotations.stream().filter(this::pinned).toList();
    }

    private boolean pinned(Annotation a) {
        return a.isNodeNote() ? index.chainById.containsKey(a.node()) || index.validatorById.containsKey(a.node())
                : scenarios.containsKey(a.scenario());
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder b = new Builder().name(name).description(description).source(source)
                .adversaryFraction(adversaryFraction);
        b.assets.addAll(assets);
        b.validators.addAll(validators);
        b.chains.addAll(chains);
        b.allocations.addAll(allocations);
        b.bridges.addAll(bridges);
        b.scenarios.putAll(scenarios);
        b.annotations.addAll(annotations);
        b.provenance(provenance).assumptions(assumptions);
        return b;
    }

    public String name() { return name; }
    public String description() { return description; }
    public String source() { return source; }
    /** Fraction of stake assumed malicious (default 1/3), used by probability metrics. */
    public double adversaryFraction() { return adversaryFraction; }
    public List<Asset> assets() { return assets; }
    /** The unit values are in: "USD" when the network prices its assets, else "" (plain value units). */
    public String valueUnit() { return assets.isEmpty() ? "" : "USD"; }
    public List<Validator> validators() { return validators; }
    public List<Chain> chains() { return chains; }
    public List<Allocation> allocations() { return allocations; }
    /** Bridges between chains (issue 10), in file order; empty when the file has none. */
    public List<Bridge> bridges() { return bridges; }
    /** Scenarios stored in the file under {@code "scenarios"}, by name, as raw settings. */
    public Map<String, Settings> scenarios() { return scenarios; }
    /**
     * Notes pinned to nodes or scenario steps ({@code "annotations"}), in file order. Never a note on a node
     * or scenario this network lacks: building drops those.
     */
    public List<Annotation> annotations() { return annotations; }

    /**
     * Where an imported network came from ({@code "provenance"}: importer, chain id, height or date, endpoints,
     * input files), as an open object; empty for hand-made files.
     */
    public Settings provenance() { return provenance; }
    /** What an importer had to assume ({@code "assumptions"}), one sentence each, in file order. */
    public List<String> assumptions() { return assumptions; }

    /** The note on a chain or validator, by id. */
    public Optional<Annotation> nodeNote(String id) {
        return annotations.stream().filter(a -> id.equals(a.node())).findFirst();
    }

    /** The note on a step (1 = first) of a stored scenario. */
    public Optional<Annotation> stepNote(String scenario, int step) {
        return annotations.stream().filter(a -> scenario.equals(a.scenario()) && a.step() == step).findFirst();
    }

    /**
     * The same network with a note of {@code text} where {@code place} is pinned, replacing the note there
     * (or added at the end); {@code text == null} removes the note pinned there.
     */
    public Network withNote(Annotation place, String text) {
        List<Annotation> next = new ArrayList<>(annotations);
        int at = java.util.stream.IntStream.range(0, next.size()).filter(i -> place.samePlace(next.get(i)))
                .findFirst().orElse(-1);
        Annotation note = text == null ? null : new Annotation(place.node(), place.scenario(), place.step(), text);
        if (at >= 0 && note != null) {
            next.set(at, note);
        } else if (at >= 0) {
            next.remove(at);
        } else if (note != null) {
            next.add(note);
        }
        return toBuilder().annotations(next).build();
    }

    public Optional<Asset> asset(String symbol) { return Optional.ofNullable(index.assetById.get(symbol)); }
    public Optional<Validator> validator(String id) { return Optional.ofNullable(index.validatorById.get(id)); }
    public Optional<Chain> chain(String id) { return Optional.ofNullable(index.chainById.get(id)); }
    public Optional<Bridge> bridge(String id) { return Optional.ofNullable(index.bridgeById.get(id)); }

    /** Bridges joining {@code chainId}, in file order. */
    public List<Bridge> bridgesOf(String chainId) {
        return bridges.stream().filter(b -> b.joins(chainId)).toList();
    }

    /** Allocations made by one validator, in file order. */
    public List<Allocation> allocationsOf(String validatorId) {
        return index.allocationsByValidator.getOrDefault(validatorId, List.of());
    }

    /** Allocations made to one chain, in file order. */
    public List<Allocation> allocationsTo(String chainId) {
        return index.allocationsByChain.getOrDefault(chainId, List.of());
    }

    /**
     * Price of one unit of a validator's stake in the value unit (1 without assets). For a multi-asset validator,
     * the value of its holdings per unit held: Σ amount × price / Σ amount (an asset not listed counts 1).
     */
    public double priceOf(Validator v) {
        if (v.isMultiAsset()) {
            return v.stake() > 0 ? valueOf(v) / v.stake() : 1.0;
        }
        return v.assetSymbol().flatMap(this::asset).map(Asset::priceUsd).orElse(1.0);
    }

    /** σ_v: a validator's stake value = stake × price of its asset; with holdings, Σ amount × price. */
    public double valueOf(Validator v) {
        if (v.isMultiAsset()) {
            double value = 0;
            for (java.util.Map.Entry<String, Double> h : v.holdings().entrySet()) {
                value += h.getValue() * asset(h.getKey()).map(Asset::priceUsd).orElse(1.0);
            }
            return value;
        }
        return v.stake() * priceOf(v);
    }

    /** Whether any validator holds several assets or any chain weighs assets (format version 2, issue 22). */
    public boolean isMultiAsset() {
        return validators.stream().anyMatch(Validator::isMultiAsset)
                || chains.stream().anyMatch(c -> c.security().has(AssetWeights.KEY));
    }

    /** Value of one allocation: its amount (default the whole stake) × price. */
    public double valueOf(Allocation a) {
        Validator v = index.validatorById.get(a.validator());
        return v == null ? 0 : a.amountOr(v.stake()) * priceOf(v);
    }

    /** σ(V): total stake value of all validators. */
    public double totalValue() {
        return validators.stream().mapToDouble(this::valueOf).sum();
    }

    /**
     * The same network with one validator's stake scaled by {@code factor} (rounded to 2 decimals of its
     * asset, at least 0.01). Its explicit (unique-stake) allocations scale with it, rounded down, so
     * they never exceed the new stake; pooled allocations follow the stake by definition.
     */
    public Network withStakeScaled(String validatorId, double factor) {
        Validator v = index.validatorById.get(validatorId);
        if (v == null || !(factor > 0) || Double.isInfinite(factor)) {
            return this;
        }
        // in cents, within the magnitudes a file may hold (a long's cents saturate at 9.2e16: round only below 1e15)
        double raw = Math.min(Magnitudes.MAX, v.stake() * factor);
        double stake = raw >= 1e15 ? raw : Math.max(0.01, Math.round(raw * 100) / 100.0);
        double ratio = stake / v.stake();
        List<Allocation> next = allocations.stream()
                .map(a -> a.validator().equals(validatorId) && !a.isPooled()
                        ? Allocation.of(a.validator(), a.chain(), Math.floor(a.amount().getAsDouble() * ratio * 100) / 100.0)
                        : a)
                .toList();
        return toBuilder().replaceValidator(v.withStake(stake)).allocations(next).build();
    }

    /**
     * A copy where the allocation of {@code validatorId} to {@code chainId} holds {@code factor} times its amount
     * (a pooled one counts as the whole stake), in whole cents of the asset, at least 0.01 and at most what the
     * format allows: the stake, less the validator's other explicit amounts (unique stake is allocated once).
     * A pooled allocation stays pooled unless it shrinks. Unchanged when there is no such allocation or the
     * factor is not a positive finite number.
     */
    public Network withAllocationScaled(String validatorId, String chainId, double factor) {
        Validator v = index.validatorById.get(validatorId);
        Allocation a = v == null ? null : allocationsOf(validatorId).stream()
                .filter(x -> x.chain().equals(chainId)).findFirst().orElse(null);
        if (a == null || !(factor > 0) || Double.isInfinite(factor) || (a.isPooled() && factor >= 1)) {
            return this;
        }
        double others = allocationsOf(validatorId).stream().filter(x -> !x.equals(a) && !x.isPooled())
                .mapToDouble(x -> x.amount().getAsDouble()).sum();
        double cap = Math.floor((v.stake() - others) * 100 + 1e-6) / 100.0;
        if (cap < 0.01) {
            return this; // the rest of the stake is set aside for other chains
        }
        double amount = Math.max(0.01, Math.min(cap, Math.floor(a.amountOr(v.stake()) * factor * 100) / 100.0));
        Allocation next = Allocation.of(validatorId, chainId, amount);
        return toBuilder().allocations(allocations.stream().map(x -> x.equals(a) ? next : x).toList()).build();
    }

    /**
     * Chains that name {@code chainId} in {@code securedBy}, in file order. An index built with the network, so
     * walking a securedBy tree costs its size, not its size times the chain count (a 3,000-link chain took 81 s).
     */
    public List<Chain> consumersOf(String chainId) {
        return index.consumersByChain.getOrDefault(chainId, List.of());
    }

    /**
     * Chains that publish their data on {@code chainId} and settle elsewhere, in file order
     * ({@link Chain#separateDataAvailabilityChain}): they freeze when it fails (issue 19 item 11).
     */
    public List<Chain> dataUsersOf(String chainId) {
        return index.dataUsersByChain.getOrDefault(chainId, List.of());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Network n && name.equals(n.name) && description.equals(n.description)
                && source.equals(n.source) && Double.compare(adversaryFraction, n.adversaryFraction) == 0
                && assets.equals(n.assets) && validators.equals(n.validators) && chains.equals(n.chains)
                && allocations.equals(n.allocations) && bridges.equals(n.bridges) && scenarios.equals(n.scenarios)
                && annotations.equals(n.annotations) && provenance.equals(n.provenance)
                && assumptions.equals(n.assumptions);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, validators, chains, allocations);
    }

    @Override
    public String toString() {
        return "Network[" + name + ", " + chains.size() + " chains, " + validators.size() + " validators, "
                + allocations.size() + " allocations]";
    }

    /** Mutable builder; {@link #build()} does not validate (the codec does). */
    public static final class Builder {
        private String name;
        private String description;
        private String source;
        private double adversaryFraction = DEFAULT_ADVERSARY_FRACTION;
        private final List<Asset> assets = new ArrayList<>();
        private final List<Validator> validators = new ArrayList<>();
        private final List<Chain> chains = new ArrayList<>();
        private final List<Allocation> allocations = new ArrayList<>();
        private final List<Bridge> bridges = new ArrayList<>();
        private final Map<String, Settings> scenarios = new LinkedHashMap<>();
        private final List<Annotation> annotations = new ArrayList<>();
        private Settings provenance = Settings.EMPTY;
        private final List<String> assumptions = new ArrayList<>();

        public Builder name(String v) { name = v; return this; }
        public Builder description(String v) { description = v; return this; }
        public Builder source(String v) { source = v; return this; }
        public Builder adversaryFraction(double v) { adversaryFraction = v; return this; }
        public Builder asset(Asset a) { assets.add(a); return this; }
        public Builder validator(Validator v) { validators.add(v); return this; }
        public Builder chain(Chain c) { chains.add(c); return this; }
        public Builder allocation(Allocation a) { allocations.add(a); return this; }
        public Builder bridge(Bridge br) { bridges.add(br); return this; }
        public Builder scenario(String key, Settings s) { scenarios.put(key, s); return this; }
        public Builder annotation(Annotation a) { annotations.add(a); return this; }

        public Builder provenance(Settings p) { provenance = p; return this; }

        /** Replaces every validator at once; the five below replace every chain, allocation, bridge, note, assumption. */
        public Builder validators(List<Validator> all) { return replaceAll(validators, all); }
        public Builder chains(List<Chain> all) { return replaceAll(chains, all); }
        public Builder allocations(List<Allocation> all) { return replaceAll(allocations, all); }
        public Builder bridges(List<Bridge> all) { return replaceAll(bridges, all); }
        public Builder annotations(List<Annotation> all) { return replaceAll(annotations, all); }
        public Builder assumptions(List<String> all) { return replaceAll(assumptions, all); }

        /** Replaces the validator with the same id (or appends it). */
        public Builder replaceValidator(Validator v) {
            replace(validators, v, Validator::id);
            return this;
        }

        /** Replaces the chain with the same id (or appends it). */
        public Builder replaceChain(Chain c) {
            replace(chains, c, Chain::id);
            return this;
        }

        private <T> Builder replaceAll(List<T> list, List<T> all) {
            list.clear();
            list.addAll(all);
            return this;
        }

        private static <T> void replace(List<T> list, T item, java.util.function.Function<T, String> id) {
            for (int i = 0; i < list.size(); i++) {
                if (id.apply(list.get(i)).equals(id.apply(item))) {
                    list.set(i, item);
                    return;
                }
            }
            list.add(item);
        }

        public Network build() {
            return new Network(this);
        }
    }
}
