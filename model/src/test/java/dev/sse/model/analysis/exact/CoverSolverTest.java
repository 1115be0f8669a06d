package dev.sse.model.analysis.exact;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/**
 * The min-cost cover is exact: against exhaustive search on small instances (c = w and c ≠ w), and against a
 * plain boolean DP on larger subset-sum instances that exercise the core, the full DP and the gcd scaling.
 */
class CoverSolverTest {

    /** Exhaustive min Σc over subsets with Σw ≥ t; MAX_VALUE when infeasible. */
    private static long brute(long[] w, long[] c, long t) {
        long best = Long.MAX_VALUE;
        for (int mask = 0; mask < 1 << w.length; mask++) {
            long sw = 0;
            long sc = 0;
            for (int i = 0; i < w.length; i++) {
                if ((mask >> i & 1) == 1) {
                    sw += w[i];
                    sc += c[i];
                }
            }
            if (sw >= t) {
                best = Math.min(best, sc);
            }
        }
        return best;
    }

    /** Smallest subset sum ≥ t by a plain DP (sums up to Σw). */
    private static long smallestSumAtLeast(long[] w, long t) {
        int total = 0;
        for (long x : w) {
            total += (int) Math.max(0, x);
        }
        boolean[] r = new boolean[total + 1];
        r[0] = true;
        for (long x : w) {
            if (x <= 0) {
                continue;
            }
            for (int s = total; s >= x; s--) {
                r[s] |= r[s - (int) x];
            }
        }
        for (int s = (int) Math.max(0, t); s <= total; s++) {
            if (r[s]) {
                return s;
            }
        }
        return Long.MAX_VALUE;
    }

    private static void check(long[] w, long[] c, long t, long expected, CoverSolver.Cover cover) {
        if (expected == Long.MAX_VALUE) {
            assertThat(cover).isNull();
            return;
        }
        assertThat(cover).isNotNull();
        assertThat(cover.exact()).isTrue();
        assertThat(cover.cost()).isEqualTo(expected);
        long sw = 0;
        long sc = 0;
        for (int i : cover.items()) {
            sw += w[i];
            sc += c[i];
        }
        assertThat(sw).isGreaterThanOrEqualTo(t);
        assertThat(sc).isEqualTo(cover.cost());
    }

    @Property(tries = 2000)
    void smallInstancesMatchExhaustiveSearch(@ForAll @LongRange(min = 0, max = Long.MAX_VALUE / 2) long seed) {
        Random r = new Random(seed);
        int n = 1 + r.nextInt(14);
        boolean same = r.nextBoolean();
        long scale = r.nextBoolean() ? 1 : 1 + r.nextInt(50);
        long[] w = new long[n];
        long[] c = new long[n];
        long total = 0;
        for (int i = 0; i < n; i++) {
            w[i] = r.nextInt(8) == 0 ? 0 : scale * (1 + r.nextInt(r.nextBoolean() ? 10 : 10_000));
            c[i] = same ? w[i] : r.nextInt(10_000);
            total += w[i];
        }
        long t = total == 0 ? r.nextInt(3) : r.nextLong(total + 2);
        CoverSolver.Cover cover = CoverSolver.solve(w, c, t, 200_000);
        if (t <= 0) {
            assertThat(cover.cost()).isZero();
            return;
        }
        check(w, c, t, brute(w, c, t), cover);
    }

    @Property(tries = 300)
    void largeSubsetSumsMatchPlainDp(@ForAll @LongRange(min = 0, max = Long.MAX_VALUE / 2) long seed) {
        Random r = new Random(seed);
        int n = 1 + r.nextInt(r.nextBoolean() ? 40 : 400);
        long g = r.nextBoolean() ? 1 : 1 + r.nextInt(30);
        int spread = new int[] {5, 100, 2_000}[r.nextInt(3)];
        long[] w = new long[n];
        long total = 0;
        for (int i = 0; i < n; i++) {
            w[i] = g * (1 + (r.nextBoolean() ? r.nextInt(spread) : (long) (spread * Math.exp(r.nextGaussian()) / 3)));
            total += w[i];
        }
        long t = 1 + r.nextLong(total);
        CoverSolver.Cover cover = CoverSolver.solve(w, w.clone(), t, 50_000);
        check(w, w, t, smallestSumAtLeast(w, t), cover);
    }

    @Test
    void sparseWeightsNeedTheFullDp() {
        // all multiples of 1,000 plus one odd item: the core cannot hit every target
        long[] w = {1000, 2000, 4000, 8000, 16000, 32000, 64000, 1};
        for (long t = 1; t < 127_002; t += 997) {
            check(w, w, t, smallestSumAtLeast(w, t), CoverSolver.solve(w, w.clone(), t, 1_000));
        }
    }

    @Test
    void gcdScalingProvesCoversThatNeverHitTheThreshold() {
        // stakes are multiples of 20 (whole KSM at 20 USD) and T is not: the optimum is T rounded up
        Random r = new Random(1);
        long[] w = new long[1000];
        long total = 0;
        for (int i = 0; i < w.length; i++) {
            w[i] = 20L * (4000 + r.nextInt(3000));
            total += w[i];
        }
        long t = (2 * total + 2) / 3;
        CoverSolver.Cover cover = CoverSolver.solve(w, w.clone(), t, 50_000);
        assertThat(cover.exact()).isTrue();
        assertThat(cover.cost()).isEqualTo((t + 19) / 20 * 20);
    }
}
