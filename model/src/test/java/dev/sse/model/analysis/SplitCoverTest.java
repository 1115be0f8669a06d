package dev.sse.model.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sse.model.analysis.exact.CoverSolver;
import dev.sse.model.analysis.exact.Fraction;
import dev.sse.model.analysis.exact.Instance;
import dev.sse.model.analysis.exact.InstanceBuilder;
import dev.sse.model.analysis.milp.RatioBound;
import dev.sse.model.analysis.milp.SplitCover;
import dev.sse.model.network.Allocation;
import dev.sse.model.network.Network;
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
 * Issue 20 (s4bound brief, item a): the joint cover bound {@link SplitCover} (each validator's cost split evenly over
 * its chains in S) never exceeds what any attacking coalition inside S pays (brute force over every (A, B) on small
 * networks), and capping the coalition's profit with it lifts {@link RatioBound}'s margin bound without ever
 * passing the brute-force min cost/profit.
 */
class SplitCoverTest {

    /** Two chains on disjoint validators: covering both costs the sum of the covers, not the larger one. */
    @Test
    void disjointChainsCostTheSumOfTheirCovers() {
        Instance inst = InstanceBuilder.build(Nets.disjointPair(50, 60), Map.of(), Set.of(), Set.of()).instance();
        long[] cover = Coalitions.covers(inst);
        long[] profit = {inst.profit(0), inst.profit(1)};
        long u = inst.profit(0) + inst.profit(1); // a loose net bound: no coalition nets more than all profit
        // old: K = 50 (both chains), P ≤ 120 units of profit, so ratio ≥ 50/120; the true min is 50/60
        assertThat(RatioBound.fromNetBound(u, cover, profit)).isEqualTo(Fraction.of(5, 12));
        assertThat(RatioBound.fromNetBound(u, cover, profit, new SplitCover(inst).cap(1, 1)))
                .isEqualTo(Fraction.of(5, 6));
        // the analysis's margin bound from the best attack's net bound uses it (was 5/12 before)
        assertThat(Engine.byNetBound(inst, u)).isEqualTo(Fraction.of(5, 6));
        // a loose step (ratio 1, b far below): old K/P at P = 120 units, new at P = 60
        assertThat(RatioBound.lower(1, 1, -u, cover, profit)).isEqualTo(Fraction.of(5, 12));
        assertThat(RatioBound.lower(1, 1, -u, cover, profit, new SplitCover(inst).cap(1, 1)))
                .isEqualTo(Fraction.of(5, 6));
    }

    /** A shared validator's cost goes to its chains in proportion to their profit (equal shares gave 50/50). */
    @Test
    void aSharedValidatorsCostIsSplitByProfit() {
        Network net = Network.builder().name("shared")
                .validator(Nets.v("a", 100))
                .chain(Nets.service("x", 90, 1)).chain(Nets.service("y", 10, 1))
                .allocation(Allocation.pooled("a", "x")).allocation(Allocation.pooled("a", "y"))
                .build();
        Instance inst = InstanceBuilder.build(net, Map.of(), Set.of(), Set.of()).instance();
        long[] h = new SplitCover(inst).of(new boolean[] {true, true});
        assertThat(h[0] + h[1]).isEqualTo(inst.stake(0));
        assertThat(h[0]).isEqualTo(9 * h[1]);
        // with x alone in S, a's whole cost is x's
        assertThat(new SplitCover(inst).of(new boolean[] {true, false})[0]).isEqualTo(inst.stake(0));
    }

    @Property(tries = 300)
    void neverAboveWhatAnAttackInsideSPays(@ForAll @LongRange(min = 0, max = Long.MAX_VALUE / 2) long seed) {
        Instance inst = InstanceBuilder.build(BruteForceVsMilpTest.random(seed), Map.of(), Set.of(), Set.of()).instance();
        int n = inst.validatorCount();
        int m = inst.chainCount();
        SplitCover split = new SplitCover(inst);
        for (int sMask = 1; sMask < 1 << m; sMask++) {
            boolean[] inS = new boolean[m];
            for (int s = 0; s < m; s++) {
                inS[s] = (sMask >> s & 1) == 1;
            }
            long[] h = split.of(inS);
            for (int a = sMask; a > 0; a = (a - 1) & sMask) {
                long joint = 0;
                boolean coverable = true;
                for (int s : Coalitions.bits(a, m)) {
                    coverable &= h[s] >= 0;
                    joint += Math.max(0, h[s]);
                }
                for (int bs = 0; bs < 1 << n; bs++) {
                    Instance.Evaluation e = inst.evaluate(Coalitions.bits(a, m), Coalitions.bits(bs, n));
                    if (e != null) {
                        assertThat(coverable).as("seed %d: A %d is attacked though a chain is uncoverable", seed, a)
                                .isTrue();
                        assertThat(e.cost()).as("seed %d, S %d, A %d, B %d", seed, sMask, a, bs)
                                .isGreaterThanOrEqualTo(joint);
                    }
                }
            }
        }
    }

    @Property(tries = 300)
    void cappedBoundsAreNeverAboveTheBruteForceRatio(@ForAll @LongRange(min = 0, max = Long.MAX_VALUE / 2) long seed) {
        Coalitions.Truth truth = Coalitions.random(seed);
        if (truth == null) {
            return;
        }
        Instance inst = truth.inst();
        Random r = new Random(seed);
        long net = truth.net() + (r.nextBoolean() ? 0 : r.nextInt(5000));
        long[] cover = Coalitions.covers(inst);
        long[] profit = Coalitions.profits(inst);
        RatioBound.Cap cap = new SplitCover(inst).cap(1, 1);
        Fraction ratio = truth.ratio();
        assertThat(RatioBound.fromNetBound(net, cover, profit, cap)).as("seed %d", seed).isLessThanOrEqualTo(ratio);
        long g = 1 + r.nextInt(100);
        long num = r.nextInt(3 * (int) g);
        long bound = -r.nextInt(5000); // any b ≤ the step's true minimum; 0 only when it is ≥ 0
        long min = Coalitions.stepMinimum(inst, g, num);
        bound = Math.min(bound, Math.min(0, min));
        assertThat(RatioBound.lower(num, g, bound, cover, profit, cap)).as("seed %d", seed).isLessThanOrEqualTo(ratio);
    }
}
