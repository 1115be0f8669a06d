package dev.sse.model.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sse.model.analysis.exact.BruteForce;
import dev.sse.model.analysis.exact.Fraction;
import dev.sse.model.analysis.exact.Instance;
import dev.sse.model.analysis.exact.InstanceBuilder;
import dev.sse.model.analysis.milp.AttackModel;
import dev.sse.model.analysis.milp.MilpRatio;
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
 * Issue 20 (s5bound brief, item 3): the bound an unfinished Dinkelbach step proves ({@link MilpRatio#stepBound}), now
 * with the coalition's profit capped by the joint cover of its chains, in the step's scaled units (cost/gc,
 * profit/gp), is never above the brute-force min cost/profit for any valid step bound.
 *
 * <p>Derivation checked here: a coalition A whose costliest chain's cover is K pays cost' ≥ K and
 * cost' ≥ Σ_{s∈A} ⌊h_s/gc⌋ (SplitCover), its profit P' is integral, and the step gives g·cost' − num·P' ≥ b; above the
 * LP knapsack's cap P̄(K) its cost is ≥ H(P') ≥ K·P'/P̄ (H convex, H(0) = 0), so its ratio is ≥ max(K/P̄, num/g +
 * b/(g·P̄)), the value RatioBound takes at P = P̄: capping P at P̄ keeps the bound valid.
 */
class MarginStepBoundTest {

    /** Two chains on disjoint validators, values in multiples of 3 (stakes) and 7 (profits): gc = 3, gp = 7. */
    @Test
    void theCapLiftsAStepsBoundInScaledUnits() {
        Instance inst = InstanceBuilder.build(Nets.disjointPair(300, 350), Map.of(), Set.of(), Set.of()).instance();
        long[] g = gcds(inst);
        assertThat(g).containsExactly(300, 350);
        // a loose step at ratio 1 with b = −2 (scaled): without the cap P' ≤ 2 (both chains), ratio' ≥ 1/2;
        // the cap knows covering both chains costs 2 covers, so P' ≤ 1 at K = 1: ratio' ≥ 1, i.e. 300/350
        Fraction scaled = MilpRatio.stepBound(inst, 1, 1, -2, g[0], g[1]);
        assertThat(scaled).isEqualTo(Fraction.ONE);
        assertThat(Fraction.of(300, 350)).isEqualTo(new BruteForceRatio(inst).value());
    }

    @Property(tries = 300)
    void neverAboveTheBruteForceRatio(@ForAll @LongRange(min = 0, max = Long.MAX_VALUE / 2) long seed) {
        Instance inst = InstanceBuilder.build(random(seed), Map.of(), Set.of(), Set.of()).instance();
        BruteForceRatio truth = new BruteForceRatio(inst);
        if (truth.value() == null) {
            return;
        }
        long[] gs = gcds(inst);
        long gc = gs[0];
        long gp = gs[1];
        Random r = new Random(seed);
        long g = 1 + r.nextInt(50);
        long num = r.nextInt(3 * (int) g);
        // the step's true minimum of g·cost' − num·profit' over coalitions with profit ≥ 1, then any looser bound
        long min = Long.MAX_VALUE;
        for (long[] e : truth.coalitions) {
            min = Math.min(min, g * (e[0] / gc) - num * (e[1] / gp));
        }
        long b = Math.min(0, min) - (r.nextBoolean() ? 0 : r.nextInt(50));
        Fraction scaled = MilpRatio.stepBound(inst, num, g, b, gc, gp);
        Fraction ratio = new Fraction(scaled.num().multiply(java.math.BigInteger.valueOf(gc)),
                scaled.den().multiply(java.math.BigInteger.valueOf(gp)));
        assertThat(ratio).as("seed %d, gc %d, gp %d, step %d/%d ≥ %d", seed, gc, gp, num, g, b)
                .isLessThanOrEqualTo(truth.value());
    }

    /** The gcds of the cost and profit coefficients, as {@link MilpRatio} scales its steps. */
    private static long[] gcds(Instance inst) {
        AttackModel am = AttackModel.of(inst);
        return new long[] {gcd(am.cost.coefs()), gcd(am.profit.coefs())};
    }

    private static long gcd(long[] xs) {
        long g = 0;
        for (long x : xs) {
            g = java.math.BigInteger.valueOf(g).gcd(java.math.BigInteger.valueOf(Math.abs(x))).longValueExact();
        }
        return g == 0 ? 1 : g;
    }

    /** Small networks with whole stakes in multiples of 3 and profits in multiples of 7, so gc and gp exceed 1. */
    static Network random(long seed) {
        return random(seed, false);
    }

    /**
     * As {@link #random(long)}; {@code fine} adds up to 10^-3 in 10^-9 steps to every stake and profit, so values
     * need 9 decimals and the incumbent ratio's terms no longer fit a 64-bit step (OpenSteps' window runs).
     */
    static Network random(long seed, boolean fine) {
        Random r = new Random(seed);
        int n = 1 + r.nextInt(7);
        int m = 1 + r.nextInt(4);
        Network.Builder b = Network.builder().name("scaled-" + seed);
        List<Double> stakes = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            stakes.add(3.0 * (1 + r.nextInt(6)) + (fine ? r.nextInt(1_000_000) / 1e9 : 0));
            b.validator(Nets.v("v" + i, stakes.get(i)));
        }
        double[] alphas = {1.0 / 3, 0.5, 2.0 / 3, 1};
        for (int s = 0; s < m; s++) {
            double profit = 7.0 * r.nextInt(6);
            b.chain(Nets.service("c" + s, profit + (fine && profit > 0 ? r.nextInt(1_000_000) / 1e9 : 0),
                    alphas[r.nextInt(alphas.length)]));
        }
        for (int i = 0; i < n; i++) {
            for (int s = 0; s < m; s++) {
                if (r.nextInt(100) < 60) {
                    b.allocation(r.nextBoolean() ? Allocation.pooled("v" + i, "c" + s)
                            : Allocation.of("v" + i, "c" + s, 3.0 * (1 + r.nextInt((int) (stakes.get(i) / 3)))));
                }
            }
        }
        return b.build();
    }

    /** Every attacking coalition's (cost, profit) with profit ≥ 1, and the min cost/profit among them. */
    static final class BruteForceRatio {
        final List<long[]> coalitions = new ArrayList<>();
        private final Fraction value;

        BruteForceRatio(Instance inst) {
            long[] best = new BruteForce(inst).minRatio();
            value = best == null ? null : Fraction.of(best[0], best[1]);
            Coalitions.forEach(inst, (chains, e) -> {
                if (e.profit() >= 1) {
                    coalitions.add(new long[] {e.cost(), e.profit()});
                }
            });
        }

        Fraction value() {
            return value;
        }
    }
}
