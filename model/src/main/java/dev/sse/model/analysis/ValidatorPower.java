package dev.sse.model.analysis;

/**
 * A member of a chain's securing set after shaping.
 *
 * @param id    validator id
 * @param power its weight in the chain's thresholds: the integer ICS power on power-capped chains, else its
 *              securing amount a(v,s) in the value unit
 */
public record ValidatorPower(String id, double power) {
}
