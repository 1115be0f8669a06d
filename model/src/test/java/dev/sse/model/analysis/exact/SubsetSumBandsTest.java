package dev.sse.model.analysis.exact;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/**
 * The cover of a near-uniform stake table no core can hit exactly: the kusama sample (1,000 validators of 4,791 to
 * 8,034 KSM) once a stake drag has scaled its largest validator by 0.975. Each subset of j core items sums to between
 * the j smallest and the j largest, and for such weights these bands leave wide gaps; the drag's residue fell in a
 * gap on every move, and {@link WideCore} still built its 2^18- and 2^20-sum tables and looked up every half sum, 64
 * fills over (about 180 ms of CPU per preview analysis on kusama, the whole of the drag benchmark's rise from 41 to
 * ~200 ms; docs/performance.md, "Stake drag"). A residue in no band is now skipped before any table is built.
 */
class SubsetSumBandsTest {

    /**
     * n near-equal weights (10,000 to 10,002 units: each band is at most 80 units wide, the gaps about 9,900) and a
     * threshold halfway between two multiples of 10,000, so every greedy fill leaves a residue in a gap.
     */
    static long[] nearUniform(int n) {
        long[] w = new long[n];
        for (int i = 0; i < n; i++) {
            w[i] = 10_000 + i % 3;
        }
        return w;
    }

    @Test
    void aResidueBetweenTheBandsBuildsNoTable() {
        long[] w = nearUniform(300);
        long t = 200 * 10_000L + 5_000;
        Integer[] order = new Integer[w.length];
        for (int i = 0; i < w.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> w[a] != w[b] ? Long.compare(w[a], w[b]) : Integer.compare(a, b));
        // warm up, so class loading and the JIT do not count
        WideCore.hit(w, order, t);
        SubsetSum.solve(w, t);

        long before = allocated();
        boolean[] wide = WideCore.hit(w, order, t);
        long wideBytes = allocated() - before;
        before = allocated();
        CoverSolver.Cover cover = SubsetSum.solve(w, t);
        long solveBytes = allocated() - before;

        // no exact hit (the caller's full DP or branch and bound takes over), and no 2^12..2^20-sum table was made:
        // before, the wide core alone allocated about 60 MB here (2^18 and 2^20 sums and their 2^20- and 2^22-slot
        // tables) and looked up every half sum 65 times per core size
        assertThat(wide).isNull();
        assertThat(wideBytes).isLessThan(1L << 20);
        assertThat(solveBytes).isLessThan(4L << 20);
        // the full DP still proves this small table's optimum: 201 items of at least 10,000
        assertThat(cover).isNotNull();
        assertThat(cover.exact()).isTrue();
    }

    /** The bands are a necessary condition: a sum in no band is the sum of no subset (checked against every subset). */
    @Property
    void aSumInNoBandIsNoSubsetSum(@ForAll @Size(min = 1, max = 12) long[] raw, @ForAll @IntRange(max = 2000) int r) {
        long[] items = Arrays.stream(raw).map(x -> 1 + Math.floorMod(x, 150)).sorted().toArray();
        boolean reachable = false;
        for (int m = 0; m < 1 << items.length && !reachable; m++) {
            long s = 0;
            for (int j = 0; j < items.length; j++) {
                s += (m >> j & 1) * items[j];
            }
            reachable = s == r;
        }
        if (reachable) {
            assertThat(HalfSums.inSomeBand(items, r)).isTrue();
        }
    }

    private static long allocated() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
    }
}
