package dev.sse.model.analysis.exact;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.util.Random;
import java.util.stream.IntStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Test;

/** {@link OddResidues}: a stake drag's T' that no subset can sum to is told apart before any exchange is tried. */
class OddResiduesTest {

    /**
     * The kusama sample's shape after a drag: 1,000 stakes of 4,791 to 8,034 KSM at 20 units per KSM, one of them
     * dragged to 148,630 units (10 mod 20), and a T' of 16 mod 20, a residue no subset has (0 or 10).
     */
    @Test
    void aDraggedTableOfWholeStakesIsRejectedAtOnce() {
        Random r = new Random(7);
        long[] w = IntStream.range(0, 1000).mapToLong(i -> 20L * (4791 + r.nextInt(3244))).toArray();
        w[500] = 148_630;
        long t = 73_330_656; // 16 mod 20
        PairSwaps.hit(w, t); // warm up
        long before = allocated();
        boolean[] chosen = PairSwaps.hit(w, t);
        long bytes = allocated() - before;

        assertThat(OddResidues.mayHit(w, t)).isFalse();
        assertThat(chosen).isNull();
        assertThat(bytes).isLessThan(1L << 20);
        assertThat(OddResidues.mayHit(w, t - 6)).isTrue(); // 10 mod 20: the dragged stake's residue
    }

    /**
     * Never false when some subset sums to T: T is drawn as a subset's sum, all weights but up to three multiples of a
     * small h; T + 1 is rejected often enough that the test is no formality.
     */
    @Property(tries = 300)
    void aReachableTargetIsNeverRejected(@ForAll @LongRange(min = 0, max = Long.MAX_VALUE / 2) long seed) {
        Random r = new Random(seed);
        long h = 2 + r.nextInt(30);
        int odd = r.nextInt(4);
        long[] w = IntStream.range(0, 24 + r.nextInt(40))
                .mapToLong(i -> i < odd ? 1 + r.nextInt(1000) : h * (1 + r.nextInt(1000))).toArray();
        long t = 0;
        for (long x : w) {
            t += r.nextBoolean() ? x : 0;
        }
        assertThat(OddResidues.mayHit(w, t)).as("seed %d", seed).isTrue();
        Statistics.label("rejects t + 1").collect(!OddResidues.mayHit(w, t + 1));
        Statistics.label("rejects t + 1").coverage(k -> k.check(true).percentage(p -> p > 20));
    }

    private static long allocated() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
    }
}
