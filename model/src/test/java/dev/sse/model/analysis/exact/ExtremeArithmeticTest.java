package dev.sse.model.analysis.exact;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/** Issue 17 item 1: the exact arithmetic holds at the magnitudes a valid file can reach. */
class ExtremeArithmeticTest {

    @Test
    void aTinyThresholdIsReadExactlyNotAsZero() {
        Fraction alpha = Fraction.ofDouble(1e-300);
        assertThat(alpha).isEqualTo(new Fraction(BigInteger.ONE, BigInteger.TEN.pow(300)));
        assertThat(alpha.ceilTimes(5)).isEqualTo(1);
        assertThat(Fraction.ofDouble(Double.MIN_VALUE).num().signum()).isPositive();
        assertThat(Fraction.ofDouble(2.0 / 3.0)).isEqualTo(Fraction.of(2, 3));
    }

    @Test
    void crossProductsBeyond64BitsCompareExactly() {
        long big = 1_000_000_000_000_000L;
        assertThat(Fraction.compareProducts(big, big - 1, big - 1, big)).isZero();
        assertThat(Fraction.compareProducts(big, big, big - 1, big)).isPositive();
        assertThat(Fraction.compareProducts(3, big, big, 4)).isNegative();
        assertThat(Fraction.compareProducts(Long.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE - 1)).isPositive();
    }

    @Test
    void aWeightBeyondTheIntRangeDoesNotWrapInTheSubsetSumDp() {
        // found by a random search: the full DP's range is small while one weight exceeds 2^31 (it wrapped to an index)
        long[] w = {14074398012L, 165886723947L, 570, 11595780542L, 593, 597, 377, 311, 136900255838L, 438, 206, 801,
            176167469290199L, 76, 416, 478, 1852253564046L, 17050099543038L, 677, 1610591539, 505, 601, 10012985767526L,
            909, 866, 860, 11302087045L, 1845655668, 689, 242, 486, 380, 760, 1228801982400L, 54, 102, 437, 675, 95,
            495, 509, 1183540195211L, 152, 858, 378, 451, 11368304685964L, 117};
        long t = 219206670537090L;
        CoverSolver.Cover c = SubsetSum.solve(w, t);
        assertThat(c).isNotNull();
        assertThat(c.cost()).isGreaterThanOrEqualTo(t);
        long sum = 0;
        for (int i : c.items()) {
            sum += w[i];
        }
        assertThat(sum).isEqualTo(c.cost());
    }
}
