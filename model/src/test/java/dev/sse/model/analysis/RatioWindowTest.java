package dev.sse.model.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sse.model.analysis.exact.Fraction;
import dev.sse.model.analysis.exact.Instance;
import dev.sse.model.analysis.exact.InstanceBuilder;
import dev.sse.model.analysis.milp.RatioWindow;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/**
 * Issue 20 (s6margin brief, item 3): the exact last Dinkelbach step by two steps that bracket the incumbent ratio
 * ({@link RatioWindow}). Whenever the two steps' proven optima close the window, no coalition of a brute-forced
 * network has a ratio below the incumbent's (the margin claimed exact is never above the true optimum); and when the
 * incumbent is the optimum of both steps, they do close it.
 */
class RatioWindowTest {

    /** 7/10 with denominators ≤ 4: 2/3 below and 3/4 above; with ≤ 10 an end is 7/10 itself. */
    @Test
    void bracketsByTheBestApproximations() {
        assertThat(RatioWindow.bracket(7, 10, 4)).containsExactly(2, 3, 3, 4);
        assertThat(RatioWindow.bracket(7, 10, 10)).containsExactly(2, 3, 7, 10);
        // 432.3 M / 488.7 M in cents with the grid limit of pooled 350 × 25: both ends within 1e-13 of r
        long[] b = RatioWindow.bracket(6175494389L, 6981749119L, 3435141);
        double r = 6175494389.0 / 6981749119.0;
        assertThat((double) b[0] / b[1]).isLessThanOrEqualTo(r).isCloseTo(r, org.assertj.core.data.Offset.offset(1e-12));
        assertThat((double) b[2] / b[3]).isGreaterThanOrEqualTo(r).isCloseTo(r, org.assertj.core.data.Offset.offset(1e-12));
    }

    @Property(tries = 300)
    void bracketIsTheClosestPairWithinTheLimit(@ForAll @LongRange(min = 0, max = Long.MAX_VALUE / 2) long seed) {
        Random r = new Random(seed);
        long n = 1 + r.nextInt(500);
        long d = 1 + r.nextInt(500);
        long gmax = 1 + r.nextInt(40);
        long[] b = RatioWindow.bracket(n, d, gmax);
        Fraction x = Fraction.of(n, d);
        assertThat(b[1]).isBetween(1L, gmax);
        assertThat(b[3]).isBetween(0L, gmax);
        assertThat(Fraction.of(b[0], b[1])).isLessThanOrEqualTo(x);
        if (b[3] > 0) {
            assertThat(Fraction.of(b[2], b[3])).isGreaterThanOrEqualTo(x);
        }
        if (Fraction.of(b[0], b[1]).equals(x) || b[3] > 0 && Fraction.of(b[2], b[3]).equals(x)) {
            return; // an end is n/d itself
        }
        // no fraction with a denominator ≤ gmax lies strictly between an end and n/d
        assertThat(b[3]).isPositive();
        for (long q = 1; q <= gmax; q++) {
            Fraction below = Fraction.of(x.floorTimes(q), q);
            assertThat(below).isLessThanOrEqualTo(Fraction.of(b[0], b[1]));
            if (b[3] > 0) {
                assertThat(Fraction.of(x.ceilTimes(q), q)).isGreaterThanOrEqualTo(Fraction.of(b[2], b[3]));
            }
        }
    }

    @Property(tries = 300)
    void aClosedWindowIsNeverAboveTheBruteForceOptimum(@ForAll @LongRange(min = 0, max = Long.MAX_VALUE / 2) long seed) {
        Instance inst = InstanceBuilder.build(MarginStepBoundTest.random(seed), Map.of(), Set.of(), Set.of()).instance();
        MarginStepBoundTest.BruteForceRatio truth = new MarginStepBoundTest.BruteForceRatio(inst);
        if (truth.value() == null) {
            return;
        }
        Random r = new Random(seed);
        // the incumbent: the optimum or any coalition's ratio
        long[] inc = r.nextBoolean() ? optimum(truth) : truth.coalitions.get(r.nextInt(truth.coalitions.size()));
        Fraction ratio = Fraction.of(inc[0], inc[1]);
        long n = ratio.num().longValueExact();
        long d = ratio.den().longValueExact();
        long[] b = RatioWindow.bracket(n, d, 1 + r.nextInt(60));
        if (b[3] == 0) {
            return; // no step above r fits the limit: the window is not tried
        }
        long low = Coalitions.stepMinimum(inst, b[1], b[0]);
        long high = Coalitions.stepMinimum(inst, b[3], b[2]);
        boolean closes = RatioWindow.closes(n, d, b[0], b[1], low, b[2], b[3], high);
        if (closes) {
            assertThat(ratio).as("seed %d: window [%d/%d, %d/%d] closed", seed, b[0], b[1], b[2], b[3])
                    .isLessThanOrEqualTo(truth.value());
        }
        boolean incumbentOptimal = truth.coalitions.stream().anyMatch(e -> Fraction.of(e[0], e[1]).equals(ratio)
                && b[1] * e[0] - b[0] * e[1] == low && b[3] * e[0] - b[2] * e[1] == high);
        if (incumbentOptimal) {
            assertThat(closes).as("seed %d: the incumbent is both steps' optimum", seed).isTrue();
        }
    }

    private static long[] optimum(MarginStepBoundTest.BruteForceRatio truth) {
        return truth.coalitions.stream().filter(e -> Fraction.of(e[0], e[1]).equals(truth.value())).findFirst()
                .orElseThrow();
    }
}
