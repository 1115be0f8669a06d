package dev.sse.model.network;

import java.util.Optional;

/**
 * A validator (or restaking operator) and its bonded stake.
 *
 * @param id       unique id within the network
 * @param name     display name (defaults to the id)
 * @param stake    bonded stake in units of {@code asset} (&gt; 0)
 * @param asset    symbol of the staked asset, or {@code null} when the network has one value unit
 * @param operator organisation running this validator (several validators may share one), or {@code null}
 */
public record Validator(String id, String name, double stake, String asset, String operator) {

    public Validator {
        name = name == null ? id : name;
    }

    public Optional<String> assetSymbol() {
        return Optional.ofNullable(asset);
    }

    public Optional<String> operatorId() {
        return Optional.ofNullable(operator);
    }

    /** A copy with another stake (the same validator after a slash or a stake edit). */
    public Validator withStake(double newStake) {
        return new Validator(id, name, newStake, asset, operator);
    }
}
