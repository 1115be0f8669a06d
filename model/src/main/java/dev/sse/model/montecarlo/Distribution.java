package dev.sse.model.montecarlo;

import java.util.Arrays;

/**
 * The empirical distribution of one number over the draws (the value lost), exact: every draw's value is kept,
 * no sketch. Sums run in draw order, so the same draws give the same bits on any number of threads.
 *
 * <ul>
 *   <li>{@link #quantile}(q): the lower empirical quantile, the ⌈q·n⌉-th smallest value (q = 0.5: the median).</li>
 *   <li>{@link #valueAtRisk}(q) = quantile(q): the loss not exceeded in a fraction q of the draws.</li>
 *   <li>{@link #expectedShortfall}(q): the mean of the ⌈(1 − q)·n⌉ largest values (at least one), the
 *       average loss in the worst 1 − q of the draws (Acerbi–Tasche's discrete form for equally likely draws).</li>
 * </ul>
 */
public final class Distribution {

    /** The levels reports show for VaR and expected shortfall. */
    public static final double[] LEVELS = {0.95, 0.99, 0.999};

    /** The quantiles reports show. */
    public static final double[] QUANTILES = {0.05, 0.25, 0.5, 0.75, 0.9, 0.95, 0.99, 0.999};

    private final double[] sorted;
    private final double mean;
    private final double stdev;
    private final int positive;

    /** {@code values} in draw order (not modified). */
    public Distribution(double[] values) {
        sorted = values.clone();
        Arrays.sort(sorted);
        double sum = 0;
        int pos = 0;
        for (double v : values) {
            sum += v;
            pos += v > 0 ? 1 : 0;
        }
        mean = values.length == 0 ? Double.NaN : sum / values.length;
        double sq = 0;
        for (double v : values) {
            sq += (v - mean) * (v - mean);
        }
        stdev = values.length < 2 ? 0 : Math.sqrt(sq / (values.length - 1));
        positive = pos;
    }

    public int size() {
        return sorted.length;
    }

    public double mean() {
        return mean;
    }

    /** Sample standard deviation (n − 1). */
    public double stdev() {
        return stdev;
    }

    public double min() {
        return sorted.length == 0 ? Double.NaN : sorted[0];
    }

    public double max() {
        return sorted.length == 0 ? Double.NaN : sorted[sorted.length - 1];
    }

    /** Share of draws with a value above 0. */
    public double probabilityPositive() {
        return sorted.length == 0 ? Double.NaN : (double) positive / sorted.length;
    }

    public double quantile(double q) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int k = (int) Math.ceil(q * sorted.length - 1e-9);
        return sorted[Math.min(sorted.length, Math.max(1, k)) - 1];
    }

    public double valueAtRisk(double q) {
        return quantile(q);
    }

    public double expectedShortfall(double q) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int k = Math.max(1, (int) Math.ceil((1 - q) * sorted.length - 1e-9));
        double sum = 0;
        for (int i = sorted.length - k; i < sorted.length; i++) {
            sum += sorted[i];
        }
        return sum / k;
    }

    /** Share of draws with a value strictly above {@code x}: the exceedance curve at x. */
    public double exceedance(double x) {
        int firstAbove = upperBound(x);
        return sorted.length == 0 ? Double.NaN : (double) (sorted.length - firstAbove) / sorted.length;
    }

    /**
     * Counts per bin of {@code bins} equal bins over [0, max] (a single bin when max is 0); the last bin includes
     * max.
     */
    public int[] histogram(int bins) {
        int[] counts = new int[bins];
        double hi = max();
        for (double v : sorted) {
            int b = hi > 0 ? (int) Math.min(bins - 1, Math.floor(v / hi * bins)) : 0;
            counts[Math.max(0, b)]++;
        }
        return counts;
    }

    /** The values, sorted ascending (a copy). */
    public double[] sortedValues() {
        return sorted.clone();
    }

    private int upperBound(double x) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] <= x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
