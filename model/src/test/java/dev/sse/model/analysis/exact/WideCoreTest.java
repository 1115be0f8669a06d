package dev.sse.model.analysis.exact;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Stake tables shaped like the June 2024 Hub (issue 22): n validators with micro-unit stakes spread log-uniformly from
 * 5·10^10 to 2·10^13, threshold ⌈2/3⌉ of the total. The 24- and 32-item cores are too sparse to hit T exactly; the wide
 * core proves the optimum by hitting it (the cover's sum is the lower bound T itself).
 */
class WideCoreTest {

    static long[] hubLike(int n, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        long[] w = new long[n];
        for (int i = 0; i < n; i++) {
            w[i] = (long) Math.exp(Math.log(5e10) + rnd.nextDouble() * (Math.log(2e13) - Math.log(5e10))) | 1;
        }
        return w;
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void hubLikeTablesAreProvenAtTheLowerBound(long seed) {
        long[] w = hubLike(180, seed);
        long total = 0;
        for (long x : w) {
            total += x;
        }
        long t = (2 * total + 2) / 3;

        CoverSolver.Cover cover = CoverSolver.solve(w, w, t, CoverSolver.DEFAULT_NODES);

        long sum = 0;
        for (int i : cover.items()) {
            sum += w[i];
        }
        assertThat(cover.exact()).isTrue();
        assertThat(sum).isEqualTo(t).isEqualTo(cover.cost());
    }

    @ParameterizedTest
    @ValueSource(ints = {30, 40})
    void smallTablesAreLeftToTheOtherSteps(int n) {
        long[] w = hubLike(n, 9);
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> Long.compare(w[a], w[b]));

        assertThat(WideCore.hit(w, order, 1)).isNull();
    }
}
