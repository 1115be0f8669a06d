package dev.sse.views.graph.render;

import java.util.ArrayList;
import java.util.List;

/**
 * Chooses where each chain label goes so that no two labels overlap and none covers an obstacle (the legend), issue 23:
 * eigenlayer-holesky-2025-02's 25 AVS labels and the Polkadot sample's piled up. Greedy in priority order: each label
 * takes its first candidate place (the usual one first) that is free; a label with no free place is hidden. Rectangles
 * are {@code {x, y, width, height}} in screen pixels; touching is not overlapping.
 */
final class LabelDeclutter {

    private LabelDeclutter() {
    }

    /**
     * For each label (in priority order), the index of its chosen candidate, or -1 when all of them are taken.
     *
     * @param candidates per label, its candidate rectangles in order of preference
     * @param obstacles  rectangles no label may cover
     */
    static int[] choose(List<double[][]> candidates, List<double[]> obstacles) {
        int[] chosen = new int[candidates.size()];
        List<double[]> taken = new ArrayList<>(obstacles);
        for (int i = 0; i < candidates.size(); i++) {
            chosen[i] = -1;
            double[][] places = candidates.get(i);
            for (int k = 0; k < places.length; k++) {
                if (free(places[k], taken)) {
                    chosen[i] = k;
                    taken.add(places[k]);
                    break;
                }
            }
        }
        return chosen;
    }

    private static boolean free(double[] r, List<double[]> taken) {
        for (double[] o : taken) {
            if (overlap(r, o)) {
                return false;
            }
        }
        return true;
    }

    static boolean overlap(double[] a, double[] b) {
        return a[0] < b[0] + b[2] && b[0] < a[0] + a[2] && a[1] < b[1] + b[3] && b[1] < a[1] + a[3];
    }
}
