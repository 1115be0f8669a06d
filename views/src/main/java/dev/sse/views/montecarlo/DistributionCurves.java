package dev.sse.views.montecarlo;

import dev.sse.model.montecarlo.Distribution;
import java.util.ArrayList;
import java.util.List;

/**
 * Chart data of one or two loss distributions on shared axes: histogram counts over the same bins (so the two
 * sides' bars line up) and the exceedance curve P(loss &gt; x) at its steps, thinned to at most {@link #POINTS}
 * points. Plain Java, tested without a toolkit.
 */
final class DistributionCurves {

    /** Points of an exceedance curve drawn at most. */
    static final int POINTS = 200;

    private DistributionCurves() {
    }

    /** The upper edge of the shared bins: the larger maximum (1 when both are 0, so bins have a width). */
    static double top(List<Distribution> sides) {
        double max = 0;
        for (Distribution d : sides) {
            max = Math.max(max, d.size() == 0 ? 0 : d.max());
        }
        return max > 0 ? max : 1;
    }

    /** Share of draws per bin of {@code bins} equal bins over [0, top]; the last bin includes top. */
    static double[] histogram(Distribution d, int bins, double top) {
        double[] out = new double[bins];
        for (double v : d.sortedValues()) {
            int b = (int) Math.min(bins - 1, Math.max(0, Math.floor(v / top * bins)));
            out[b]++;
        }
        for (int i = 0; i < bins; i++) {
            out[i] = d.size() == 0 ? 0 : out[i] / d.size();
        }
        return out;
    }

    /** (x, P(loss &gt; x)) at the distinct values, from (0, P(loss &gt; 0)) on, at most {@link #POINTS} of them. */
    static List<double[]> exceedance(Distribution d) {
        double[] v = d.sortedValues();
        List<double[]> all = new ArrayList<>();
        all.add(new double[] {0, d.exceedance(0)});
        for (int i = 0; i < v.length; i++) {
            if (v[i] > 0 && (i + 1 == v.length || v[i + 1] != v[i])) {
                all.add(new double[] {v[i], (double) (v.length - i - 1) / v.length});
            }
        }
        if (all.size() <= POINTS) {
            return all;
        }
        List<double[]> thin = new ArrayList<>();
        for (int k = 0; k < POINTS; k++) {
            thin.add(all.get((int) ((long) k * (all.size() - 1) / (POINTS - 1))));
        }
        return thin;
    }
}
