package dev.sse.model.network;

/**
 * A staking asset and its price.
 *
 * @param symbol   ticker, e.g. {@code "DOT"}
 * @param priceUsd price of one unit in USD (the network's value unit when assets are given), &gt; 0
 */
public record Asset(String symbol, double priceUsd) {
}
