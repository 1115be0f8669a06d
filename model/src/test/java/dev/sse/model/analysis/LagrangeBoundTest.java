package dev.sse.model.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sse.model.analysis.exact.BruteForce;
import dev.sse.model.analysis.exact.Coalition;
import dev.sse.model.analysis.exact.CoverSolver;
import dev.sse.model.analysis.exact.Fraction;
import dev.sse.model.analysis.exact.Instance;
import dev.sse.model.analysis.exact.InstanceBuilder;
import dev.sse.model.analysis.milp.LagrangeBound;
import dev.sse.model.analysis.milp.LagrangeRatio;
import dev.sse.model.network.Allocation;
import dev.sse.model.network.Network;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/**
 * Issue 20 (s5bound brief, items 1 and 2): the Lagrangian bound with optimised multipliers ({@link LagrangeBound}) is
 * never below the brute-force best attack's net, its per-chain covers never sum above what an attacking coalition
 * pays, its step bounds hold for every coalition, and the margin bound built on it ({@link LagrangeRatio}) is never
 * above the brute-force min cost/profit (300 small networks each, {@link BruteForceVsMilpTest#random}).
 */
class LagrangeBoundTest {

    /**
     * a (100) alone secures x and can cover y too; b (10) covers y. Profit shares charge a 50 to each chain, so the
     * fixed split bounds the net by 100 + 140 = 240; charging all of a to x (L_x = 100, L_y = 0) gives 50 + 150 = 200,
     * the brute-force best (a alone attacks both: 300 − 100).
     */
    @Test
    void optimisedMultipliersBeatTheProfitShares() {
        Network net = Network.builder().name("shares")
                .validator(Nets.v("a", 100)).validator(Nets.v("b", 10))
                .chain(Nets.service("x", 150, 0.5)).chain(Nets.service("y", 150, 1.0 / 11))
                .allocation(Allocation.pooled("a", "x")).allocation(Allocation.pooled("a", "y"))
                .allocation(Allocation.pooled("b", "y"))
                .build();
        Instance inst = InstanceBuilder.build(net, Map.of(), Set.of(), Set.of()).instance();
        assertThat(new BruteForce(inst).bestAttack().net()).isEqualTo(200);
        LagrangeBound lb = new LagrangeBound(inst);
        assertThat(lb.netBound()).isEqualTo(240);
        // flooring the multipliers back into integers may leave a unit of slack
        assertThat(lb.descend(1, 200, 200).netBound()).isBetween(200L, 201L);
    }

    @Property(tries = 300)
    void neverBelowTheBruteForceBestNet(@ForAll @LongRange(min = 0, max = Long.MAX_VALUE / 2) long seed) {
        Instance inst = instance(seed);
        Coalition best = new BruteForce(inst).bestAttack();
        long net = best == null ? 0 : best.net();
        LagrangeBound lb = new LagrangeBound(inst);
        assertThat(lb.netBound()).as("seed %d, profit shares", seed).isGreaterThanOrEqualTo(net);
        assertThat(lb.descend(1, 50, net).netBound()).as("seed %d, optimised", seed).isGreaterThanOrEqualTo(net);
        assertThat(lb.descend(0.5, 20, 0).netBound()).as("seed %d, after another ρ", seed).isGreaterThanOrEqualTo(net);
    }

    @Property(tries = 300)
    void coversAndStepBoundsHoldForEveryCoalition(@ForAll @LongRange(min = 0, max = Long.MAX_VALUE / 2) long seed) {
        Instance inst = instance(seed);
        Random r = new Random(seed);
        LagrangeBound lb = new LagrangeBound(inst).descend(r.nextDouble() * 2, 30, 0);
        long[] h = lb.covers();
        long g = 1 + r.nextInt(100);
        long num = r.nextInt(3 * (int) g);
        long b = lb.stepBound(num, g);
        Coalitions.forEach(inst, (chains, e) -> {
            long joint = 0;
            for (int s : chains) {
                assertThat(h[s]).as("seed %d: chain %d is attacked, so coverable", seed, s).isGreaterThanOrEqualTo(0);
                joint += h[s];
            }
            assertThat(e.cost()).as("seed %d, A %s, %s", seed, chains, e).isGreaterThanOrEqualTo(joint);
            assertThat(g * e.cost() - num * e.profit()).as("seed %d, A %s, %s", seed, chains, e)
                    .isGreaterThanOrEqualTo(b);
        });
    }

    @Property(tries = 300)
    void ratioBoundNeverAboveTheBruteForceRatio(@ForAll @LongRange(min = 0, max = Long.MAX_VALUE / 2) long seed) {
        Instance inst = instance(seed);
        long[] best = new BruteForce(inst).minRatio();
        if (best == null) {
            return;
        }
        Fraction ratio = Fraction.of(best[0], best[1]);
        long[] cover = new long[inst.chainCount()];
        for (int s = 0; s < cover.length; s++) {
            CoverSolver.Cover c = inst.chainCover(s, CoverSolver.DEFAULT_NODES);
            cover[s] = c == null ? 0 : c.lowerBound();
        }
        // the incumbent is the true ratio or above it, as a solver's would be
        Fraction incumbent = Fraction.of(best[0] + new Random(seed).nextInt(3) * best[0], best[1]);
        assertThat(LagrangeRatio.lower(inst, Fraction.ZERO, incumbent, cover)).as("seed %d", seed)
                .isLessThanOrEqualTo(ratio);
    }

    /**
     * The projection's bisection was made faster (issue 20, eighth session) on the promise that its arithmetic, and so
     * every multiplier, is unchanged to the bit: the covers after 60 steps on 400 random networks, folded into one
     * hash, are those the original loop gave (the constant was computed with it, at 78f9ccc).
     */
    @Test
    void theProjectionIsTheOriginalToTheBit() {
        long hash = 17;
        for (long seed = 1; seed <= 400; seed++) {
            Instance inst = instance(seed);
            for (long h : new LagrangeBound(inst).descend(1, 60, 0).covers()) {
                hash = 31 * hash + h;
            }
            for (long h : new LagrangeBound(inst).descend(0.7, 60, 0).covers()) {
                hash = 31 * hash + h;
            }
        }
        assertThat(hash).isEqualTo(ORIGINAL_PROJECTION_HASH);
    }

    private static final long ORIGINAL_PROJECTION_HASH = 442193725183668330L;

    private static Instance instance(long seed) {
        return InstanceBuilder.build(BruteForceVsMilpTest.random(seed), Map.of(), Set.of(), Set.of()).instance();
    }
}
