package dev.sse.model.compare;

import java.util.List;

/**
 * The delta table of a comparison.
 *
 * @param leftLabel  the left side's label
 * @param rightLabel the right side's label
 * @param network    one delta per {@link Metric#NETWORK} metric
 * @param chains     one row per chain id of either side: the left side's chains in file order, then the right
 *                   side's chains the left lacks
 */
public record ComparisonTable(String leftLabel, String rightLabel, List<MetricDelta> network, List<ChainDelta> chains) {

    public ComparisonTable {
        network = List.copyOf(network);
        chains = List.copyOf(chains);
    }

    /** The row of one chain id, or null. */
    public ChainDelta chain(String id) {
        return chains.stream().filter(c -> c.chain().equals(id)).findFirst().orElse(null);
    }

    /** The network delta of one metric, or null. */
    public MetricDelta network(Metric metric) {
        return network.stream().filter(m -> m.metric() == metric).findFirst().orElse(null);
    }
}
