package dev.sse.model.compare;

/**
 * One metric on both sides.
 *
 * @param metric     what is compared
 * @param left       the left side's value, or null when undefined or absent there
 * @param right      the right side's value, or null
 * @param difference right − left, or null when either side is null
 * @param safer      the side the metric favours
 */
public record MetricDelta(Metric metric, Double left, Double right, Double difference, Safer safer) {

    public static MetricDelta of(Metric metric, Double left, Double right) {
        Double diff = left == null || right == null ? null : right - left;
        return new MetricDelta(metric, left, right, diff, metric.safer(left, right));
    }
}
