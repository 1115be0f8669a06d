package dev.sse.model.montecarlo;

/**
 * One chain over a Monte Carlo run.
 *
 * @param id          chain id
 * @param name        chain name
 * @param fall        share of draws in which it fell (for any reason: attacked, halted, or its provider fell)
 * @param compromised share of draws in which a cascade attack corrupted it
 * @param lossIfFalls mean value lost in the draws where it fell ("what falls with it"); NaN when it never fell
 */
public record ChainRisk(String id, String name, double fall, double compromised, double lossIfFalls) {
}
