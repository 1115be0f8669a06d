package dev.sse.model.network;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A validator (or restaking operator) and its bonded stake.
 *
 * <p>A multi-asset validator (format version 2, issue 22) holds amounts of several assets ({@code holdings}, e.g. an
 * EigenLayer operator's strategies): then {@code asset} is null and {@code stake} is the sum of the amounts, the
 * validator's "units", which slashing and stake edits scale (every asset in the same proportion) and which explicit
 * allocations count in. Its value is Σ amount × price ({@link Network#valueOf(Validator)}).
 *
 * @param id       unique id within the network
 * @param name     display name (defaults to the id)
 * @param stake    bonded stake in units of {@code asset} (&gt; 0); with holdings, their sum
 * @param asset    symbol of the staked asset, or {@code null} when the network has one value unit or with holdings
 * @param operator organisation running this validator (several validators may share one), or {@code null}
 * @param holdings asset symbol → amount held, in file order; empty for a single-asset validator
 */
public record Validator(String id, String name, double stake, String asset, String operator,
                        Map<String, Double> holdings) {

    public Validator {
        name = name == null ? id : name;
        holdings = holdings == null || holdings.isEmpty() ? Map.of()
                : Collections.unmodifiableMap(new LinkedHashMap<>(holdings));
        if (!holdings.isEmpty()) {
            stake = holdings.values().stream().mapToDouble(Double::doubleValue).sum();
            asset = null;
        }
    }

    /** A single-asset validator (format v1). */
    public Validator(String id, String name, double stake, String asset, String operator) {
        this(id, name, stake, asset, operator, Map.of());
    }

    /** A multi-asset validator holding {@code holdings} (asset symbol → amount). */
    public static Validator holding(String id, String name, String operator, Map<String, Double> holdings) {
        return new Validator(id, name, 0, null, operator, holdings);
    }

    public Optional<String> assetSymbol() {
        return Optional.ofNullable(asset);
    }

    public Optional<String> operatorId() {
        return Optional.ofNullable(operator);
    }

    /** Whether it holds several assets ({@code holdings}, format version 2). */
    public boolean isMultiAsset() {
        return !holdings.isEmpty();
    }

    /** How much of {@code symbol} it holds: its holding, or its whole stake when {@code symbol} is its one asset. */
    public double amountOf(String symbol) {
        if (isMultiAsset()) {
            return holdings.getOrDefault(symbol, 0.0);
        }
        return symbol != null && symbol.equals(asset) ? stake : 0;
    }

    /**
     * A copy with another stake (the same validator after a slash or a stake edit). A multi-asset validator's
     * holdings all scale by {@code newStake / stake}: slashing takes the same fraction of every asset.
     */
    public Validator withStake(double newStake) {
        if (!isMultiAsset()) {
            return new Validator(id, name, newStake, asset, operator);
        }
        double ratio = stake > 0 ? newStake / stake : 0;
        Map<String, Double> scaled = new LinkedHashMap<>();
        holdings.forEach((k, v) -> scaled.put(k, v * ratio));
        return new Validator(id, name, newStake, null, operator, scaled);
    }
}
