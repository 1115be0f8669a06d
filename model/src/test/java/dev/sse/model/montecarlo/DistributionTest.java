package dev.sse.model.montecarlo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Exact empirical quantiles, VaR and expected shortfall (Acerbi–Tasche, equally likely draws). */
class DistributionTest {

    /** 1, 2, …, 1000 in a shuffled order. */
    private static double[] oneToThousand() {
        double[] v = new double[1000];
        for (int i = 0; i < 1000; i++) {
            v[i] = (i * 617) % 1000 + 1;
        }
        return v;
    }

    @Test
    void quantilesAreLowerEmpiricalQuantiles() {
        Distribution d = new Distribution(oneToThousand());
        assertThat(d.quantile(0.5)).isEqualTo(500);
        assertThat(d.valueAtRisk(0.95)).isEqualTo(950);
        assertThat(d.valueAtRisk(0.99)).isEqualTo(990);
        assertThat(d.valueAtRisk(0.999)).isEqualTo(999);
        assertThat(d.mean()).isEqualTo(500.5);
        assertThat(d.min()).isEqualTo(1);
        assertThat(d.max()).isEqualTo(1000);
    }

    @Test
    void expectedShortfallIsTheMeanOfTheWorstTail() {
        Distribution d = new Distribution(oneToThousand());
        assertThat(d.expectedShortfall(0.95)).isEqualTo((951 + 1000) / 2.0);
        assertThat(d.expectedShortfall(0.99)).isEqualTo((991 + 1000) / 2.0);
        assertThat(d.expectedShortfall(0.999)).isEqualTo(1000);
        assertThat(d.expectedShortfall(0.99)).isGreaterThanOrEqualTo(d.valueAtRisk(0.99));
    }

    @Test
    void exceedanceHistogramAndShareOfLosses() {
        Distribution d = new Distribution(new double[] {0, 0, 0, 5, 10});
        assertThat(d.probabilityPositive()).isEqualTo(0.4);
        assertThat(d.exceedance(0)).isEqualTo(0.4);
        assertThat(d.exceedance(5)).isEqualTo(0.2);
        assertThat(d.exceedance(10)).isEqualTo(0);
        assertThat(d.histogram(2)).containsExactly(3, 2);
        assertThat(d.quantile(0.999)).isEqualTo(10);
    }
}
