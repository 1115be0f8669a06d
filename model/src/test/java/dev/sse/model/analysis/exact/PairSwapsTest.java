package dev.sse.model.analysis.exact;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Test;

/**
 * Issue 20: {@link PairSwaps} proves covers of hundreds of items with fine weights (kusama-era-1827's relay chain:
 * sample-networks' RealSamplesTest) by an exact hit of T', and never answers anything but the optimum.
 */
class PairSwapsTest {

    /**
     * Against the exact solvers: a hit sums to T exactly, which is the smallest subset sum ≥ T by exhaustive search and
     * by {@link AllHalves}; a miss is allowed (the caller keeps its bounded search). Half the cases draw T at random
     * (the optimum often lies above it: a hit would be wrong), half as the sum of a random subset (a hit is possible).
     */
    @Property(tries = 400)
    void aHitIsAlwaysTheOptimum(@ForAll @LongRange(min = 0, max = Long.MAX_VALUE / 2) long seed) {
        Random random = new Random(seed);
        SubsetSumsByHand.Case c = SubsetSumsByHand.random(random, 16,
                r -> r.nextBoolean() ? r.nextInt(30) : r.nextInt(5_000));
        if (random.nextBoolean()) {
            long t = 0;
            for (long x : c.v()) {
                t += random.nextBoolean() ? x : 0;
            }
            c = new SubsetSumsByHand.Case(c.v(), Math.max(t, c.v()[0]));
        }
        boolean[] chosen = PairSwaps.hit(c.v(), c.t());
        Statistics.label("hit").collect(chosen != null);
        Statistics.label("hit").coverage(k -> k.check(true).percentage(p -> p > 5));
        if (chosen != null) {
            assertThat(SubsetSumsByHand.sum(c.v(), chosen)).as("seed %d", seed).isEqualTo(c.t())
                    .isEqualTo(SubsetSumsByHand.smallestAtLeast(c.v(), c.t()))
                    .isEqualTo(SubsetSumsByHand.sum(c.v(), AllHalves.smallestAtLeast(c.v(), c.t())));
        }
    }

    /**
     * 899 weights drawn like kusama-era-1827's (3.4·10^11 to 2.6·10^12 units, no common divisor, the 60 smallest all
     * alike: there, they take three values), T two thirds of their total: neither {@link SubsetSum}'s cores nor
     * {@link WideCore} hit T (their cores' sums are few), and the exchanges do, the same way every time.
     */
    @Test
    void nineHundredFineWeightsAreCoveredAtExactlyT() {
        Random r = new Random(1827);
        long[] w = IntStream.range(0, 899)
                .mapToLong(i -> 344_413_909_133L + (i < 60 ? 0 : (long) (r.nextDouble() * r.nextDouble() * 2.26e12)))
                .toArray();
        long t = LongStream.of(w).sum() / 3 * 2 + 12_345;
        boolean[] chosen = PairSwaps.hit(w, t);
        assertThat(chosen).isNotNull();
        assertThat(SubsetSumsByHand.sum(w, chosen)).isEqualTo(t);
        assertThat(PairSwaps.hit(w, t)).isEqualTo(chosen);

        CoverSolver.Cover cover = CoverSolver.solve(w, w, t, CoverSolver.DEFAULT_NODES);
        assertThat(cover.exact()).isTrue();
        assertThat(cover.cost()).isEqualTo(t).isEqualTo(cover.lowerBound());
    }

    /**
     * Weights spread over four orders of magnitude around 10^14 leave the exchanges' differences far too sparse to
     * hit T: the answer is null, after a bounded amount of work (one pass of moves over at most
     * {@value PairSwaps#POOL} items a side; about 13 ms of CPU and 6 MB allocated here).
     */
    @Test
    void sparseDifferencesMissWithinTheBudget() {
        Random r = new Random(20);
        long[] w = IntStream.range(0, 1000).mapToLong(i -> (long) (1e14 * Math.exp(r.nextGaussian()))).toArray();
        long total = LongStream.of(w).sum();
        PairSwaps.hit(w, total / 3 * 2); // warm up
        long before = allocated();
        boolean[] chosen = PairSwaps.hit(w, total / 3 * 2 + 1);
        long bytes = allocated() - before;
        assertThat(chosen).isNull();
        assertThat(bytes).isLessThan(16L << 20);
    }

    private static long allocated() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
    }
}
