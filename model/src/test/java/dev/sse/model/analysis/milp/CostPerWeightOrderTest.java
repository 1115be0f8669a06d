package dev.sse.model.analysis.milp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sse.model.analysis.exact.Fraction;
import java.util.Arrays;
import java.util.Random;
import java.util.stream.IntStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * {@link SplitCover#byCostPerWeight}, the primitive sort with an exact fix-up, gives exactly the order of a stable
 * sort by the exact comparison c_i·w_j vs c_j·w_i ({@link Fraction#compareProducts}): on ties (equal ratios written
 * differently, 2/4 and 3/6), near-ties a double cannot separate (ratios 1 apart near 2^62), zero weights (left out)
 * and zero costs.
 */
class CostPerWeightOrderTest {

    @Property(tries = 400)
    void sameOrderAsTheStableExactSort(@ForAll long seed) {
        Random r = new Random(seed);
        int k = r.nextInt(60);
        long[] c = new long[k];
        long[] w = new long[k];
        long base = 1L << (10 + r.nextInt(52));
        for (int i = 0; i < k; i++) {
            switch (r.nextInt(4)) {
                case 0 -> { // small values with many equal ratios
                    long m = 1 + r.nextInt(3);
                    c[i] = m * r.nextInt(4);
                    w[i] = m * r.nextInt(3);
                }
                case 1 -> { // near-ties: costs a few units apart on a huge base, weight 1
                    c[i] = base + r.nextInt(5);
                    w[i] = 1;
                }
                case 2 -> { // large both
                    c[i] = Math.abs(r.nextLong() >>> 2);
                    w[i] = 1 + Math.abs(r.nextLong() >>> 3);
                }
                default -> {
                    c[i] = r.nextInt(1_000_000);
                    w[i] = r.nextInt(1_000);
                }
            }
        }
        Integer[] expected = IntStream.range(0, k).filter(i -> w[i] > 0).boxed().toArray(Integer[]::new);
        Arrays.sort(expected, (i, j) -> Fraction.compareProducts(c[i], w[j], c[j], w[i]));
        assertThat(SplitCover.byCostPerWeight(c, w)).as("seed %d", seed)
                .containsExactly(Arrays.stream(expected).mapToInt(Integer::intValue).toArray());
    }
}
