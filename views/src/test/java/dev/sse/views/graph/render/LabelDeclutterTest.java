package dev.sse.views.graph.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 23: chain labels never overlap each other or the legend; the first free place wins, else the label hides. */
class LabelDeclutterTest {

    private static double[] r(double x, double y, double w, double h) {
        return new double[] {x, y, w, h};
    }

    @Test
    void aLabelOnAnotherMovesToItsNextFreePlace() {
        double[][] first = {r(0, 0, 50, 12), r(0, 20, 50, 12)};
        double[][] second = {r(10, 5, 50, 12), r(40, 8, 50, 12), r(70, 0, 50, 12)};
        int[] chosen = LabelDeclutter.choose(List.of(first, second), List.of());
        assertThat(chosen).containsExactly(0, 2);
    }

    @Test
    void theLegendIsNeverCoveredAndALabelWithNoRoomHides() {
        double[] legend = r(0, 0, 100, 100);
        double[][] underLegend = {r(10, 10, 40, 12), r(90, 95, 40, 12)};
        double[][] boxedIn = {r(5, 5, 10, 10)};
        int[] chosen = LabelDeclutter.choose(List.of(underLegend, boxedIn), List.of(legend));
        assertThat(chosen).containsExactly(-1, -1);
        assertThat(LabelDeclutter.choose(List.<double[][]>of(new double[][] {r(100, 0, 10, 10)}), List.of(legend)))
                .as("touching is not overlapping").containsExactly(0);
    }
}
