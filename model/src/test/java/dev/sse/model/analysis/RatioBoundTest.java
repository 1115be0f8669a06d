package dev.sse.model.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sse.model.analysis.exact.BruteForce;
import dev.sse.model.analysis.exact.CoverSolver;
import dev.sse.model.analysis.exact.Fraction;
import dev.sse.model.analysis.exact.Instance;
import dev.sse.model.analysis.exact.InstanceBuilder;
import dev.sse.model.analysis.milp.RatioBound;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/**
 * Issue 20: the margin's lower bound from an unfinished Dinkelbach step ({@link RatioBound}) is never above the
 * brute-force min cost/profit, for any valid step bound, and it is far above the old (num + b)/g, which read
 * "proven ≥ −100%" on every insecure 1,900 × 42 network.
 */
class RatioBoundTest {

    @Test
    void coverAndProfitLiftTheBoundAboveTheOldOne() {
        // one chain: profit 100, cheapest cover ≥ 80; a step at ratio 9/10 proved 10·cost − 9·profit ≥ −500
        // old: (9 − 500)/10 < 0, so 0 (γ* ≥ −100%); every coalition pays ≥ 80 for ≤ 100 of profit, so ratio ≥ 4/5
        Fraction lower = RatioBound.lower(9, 10, -500, new long[] {80}, new long[] {100});
        assertThat(lower).isEqualTo(Fraction.of(4, 5));
        // a small step gap: the two bounds meet at P* = (80·10 + 5)/9 < 100, so ratio ≥ 80/P* = 144/161
        assertThat(RatioBound.lower(9, 10, -5, new long[] {80}, new long[] {100})).isEqualTo(Fraction.of(144, 161));
        assertThat(RatioBound.lower(9, 10, 0, new long[] {80}, new long[] {100})).isEqualTo(Fraction.of(9, 10));
    }

    @Property(tries = 300)
    void neverAboveTheBruteForceRatio(@ForAll @LongRange(min = 0, max = Long.MAX_VALUE / 2) long seed) {
        Instance inst = InstanceBuilder.build(BruteForceVsMilpTest.random(seed), Map.of(), Set.of(), Set.of()).instance();
        long[] best = new BruteForce(inst).minRatio();
        if (best == null) {
            return;
        }
        Random r = new Random(seed);
        long g = 1 + r.nextInt(100);
        long num = r.nextInt(3 * (int) g);
        // the step's true minimum of g·cost − num·profit over coalitions with profit ≥ 1, then a looser proven bound
        long min = Coalitions.stepMinimum(inst, g, num);
        long bound = Math.min(0, min) - (r.nextBoolean() ? 0 : r.nextInt(5000));
        Fraction lower = RatioBound.lower(num, g, bound, Coalitions.covers(inst), Coalitions.profits(inst));
        assertThat(lower).as("seed %d", seed).isLessThanOrEqualTo(Fraction.of(best[0], best[1]));
        assertThat(lower).isGreaterThanOrEqualTo(Fraction.of(Math.max(0, num + bound), g));
    }

    @Test
    void theBestAttacksNetBoundLiftsItToo() {
        // two chains: covers ≥ 50 and ≥ 600, profits 40 and 900; no coalition nets more than 100
        // K = 50: P ≤ 40, ratio ≥ 50/40; K = 600: the bounds 600/P and 1 − 100/P meet at P = 700, ratio ≥ 6/7
        assertThat(RatioBound.fromNetBound(100, new long[] {50, 600}, new long[] {40, 900})).isEqualTo(Fraction.of(6, 7));
        // a net bound of 0 (secure): ratio ≥ 1
        assertThat(RatioBound.fromNetBound(0, new long[] {50, 600}, new long[] {40, 900})).isEqualTo(Fraction.ONE);
    }

    @Property(tries = 300)
    void netBoundsLowerIsNeverAboveTheBruteForceRatio(@ForAll @LongRange(min = 0, max = Long.MAX_VALUE / 2) long seed) {
        Coalitions.Truth truth = Coalitions.random(seed);
        if (truth == null) {
            return;
        }
        long slack = new Random(seed).nextBoolean() ? 0 : new Random(seed).nextInt(5000);
        assertThat(RatioBound.fromNetBound(truth.net() + slack, Coalitions.covers(truth.inst()),
                Coalitions.profits(truth.inst()))).as("seed %d", seed).isLessThanOrEqualTo(truth.ratio());
    }
}
