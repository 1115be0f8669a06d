package dev.sse.model.compare;

import java.util.List;

/**
 * One row of the delta table: a chain matched by id on both sides.
 *
 * @param chain   chain id
 * @param name    display name (the left side's, else the right side's)
 * @param inLeft  the left network has this chain
 * @param inRight the right network has this chain
 * @param metrics one delta per {@link Metric#CHAIN} metric, in that order
 */
public record ChainDelta(String chain, String name, boolean inLeft, boolean inRight, List<MetricDelta> metrics,
                         List<SixPointDelta> sixPoints) {

    public ChainDelta {
        metrics = List.copyOf(metrics);
        sixPoints = List.copyOf(sixPoints == null ? List.of() : sixPoints);
    }

    /** A row without the six points (networks analysed without economics). */
    public ChainDelta(String chain, String name, boolean inLeft, boolean inRight, List<MetricDelta> metrics) {
        this(chain, name, inLeft, inRight, metrics, List.of());
    }

    /** The delta of one metric (null when this row has none for it). */
    public MetricDelta get(Metric metric) {
        return metrics.stream().filter(m -> m.metric() == metric).findFirst().orElse(null);
    }
}
