package dev.sse.model.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sse.model.analysis.exact.BruteForce;
import dev.sse.model.analysis.exact.Coalition;
import dev.sse.model.analysis.exact.Fraction;
import dev.sse.model.analysis.exact.Instance;
import dev.sse.model.analysis.exact.InstanceBuilder;
import dev.sse.model.analysis.exact.Outcomes;
import dev.sse.model.analysis.milp.CpSatBackend;
import dev.sse.model.analysis.milp.MilpBestAttack;
import dev.sse.model.analysis.milp.MilpRatio;
import dev.sse.model.analysis.milp.MilpWorstCase;
import dev.sse.model.network.Allocation;
import dev.sse.model.network.Network;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

/**
 * The exact MILPs (CP-SAT) agree with brute force, to the unit, on thousands of random small networks:
 * secure, best attack with its tie-break, margin ratio and worst-case loss.
 */
class BruteForceVsMilpTest {

    private static final double[] ALPHAS = {1.0 / 3, 0.5, 2.0 / 3, 1.0, 0.25, 0.75};
    private static final CpSatBackend CP_SAT = new CpSatBackend();

    /** A random network: ≤ 8 validators, ≤ 4 chains, pooled and unique allocations, 2-decimal values. */
    static Network random(long seed) {
        Random r = new Random(seed);
        int n = 1 + r.nextInt(8);
        int m = 1 + r.nextInt(4);
        Network.Builder b = Network.builder().name("random-" + seed);
        boolean coarse = r.nextInt(3) == 0; // small integers make ties likely
        for (int i = 0; i < n; i++) {
            double stake = coarse ? 1 + r.nextInt(4) : (1 + r.nextInt(1000)) / 100.0;
            b.validator(Nets.v("v" + (char) ('a' + r.nextInt(26)) + i, stake));
        }
        Network base = b.build();
        for (int s = 0; s < m; s++) {
            double profit = r.nextInt(5) == 0 ? 0 : coarse ? r.nextInt(8) : r.nextInt(2000) / 100.0;
            double alpha = r.nextInt(4) == 0 ? (1 + r.nextInt(100)) / 100.0 : ALPHAS[r.nextInt(ALPHAS.length)];
            b.chain(Nets.service("c" + (char) ('a' + r.nextInt(26)) + s, profit, alpha));
        }
        for (var v : base.validators()) {
            for (int s = 0; s < m; s++) {
                if (r.nextInt(100) < 55) {
                    String chain = b.build().chains().get(s).id();
                    if (r.nextBoolean()) {
                        b.allocation(Allocation.pooled(v.id(), chain));
                    } else {
                        double amount = Math.max(0.01, Math.round(v.stake() * 100 * (0.1 + 0.9 * r.nextDouble())) / 100.0);
                        b.allocation(Allocation.of(v.id(), chain, amount));
                    }
                }
            }
        }
        return b.build();
    }

    private static Instance instance(long seed) {
        return InstanceBuilder.build(random(seed), Map.of(), Set.of(), Set.of()).instance();
    }

    @Property(tries = 1000)
    void bestAttackAndMarginAgree(@ForAll @LongRange(min = 0, max = Long.MAX_VALUE / 2) long seed) {
        Instance inst = instance(seed);
        BruteForce bf = new BruteForce(inst);
        Coalition expected = bf.bestAttack();
        Outcomes.Attack milp = MilpBestAttack.solve(inst, CP_SAT, 30);
        assertThat(milp.exact()).isTrue();
        if (expected == null) {
            assertThat(milp.attack()).as("seed %d", seed).isNull();
        } else {
            assertThat(milp.attack()).as("seed %d", seed).isNotNull();
            assertThat(milp.attack().chainIds(inst)).as("seed %d", seed).isEqualTo(expected.chainIds(inst));
            assertThat(milp.attack().validatorIds(inst)).as("seed %d", seed).isEqualTo(expected.validatorIds(inst));
            assertThat(milp.attack().cost()).isEqualTo(expected.cost());
            assertThat(milp.attack().profit()).isEqualTo(expected.profit());
        }
        long[] ratio = bf.minRatio();
        Outcomes.Ratio r = MilpRatio.solve(inst, CP_SAT, 30, null);
        assertThat(r.exact()).isTrue();
        if (ratio == null) {
            assertThat(r.exists()).isFalse();
        } else {
            assertThat(Fraction.of(r.cost(), r.profit())).as("seed %d", seed).isEqualTo(Fraction.of(ratio[0], ratio[1]));
        }
    }

    @Property(tries = 600)
    void worstCaseLossAgrees(@ForAll @LongRange(min = 0, max = Long.MAX_VALUE / 2) long seed) {
        Instance inst = instance(seed);
        Fraction psi = Fraction.of(new Random(seed).nextInt(60), 100);
        long[] expected = new BruteForce(inst).worstCase(psi);
        Outcomes.Worst w = MilpWorstCase.solve(inst, psi, CP_SAT, 30);
        assertThat(w.exact()).isTrue();
        assertThat(w.loss()).as("seed %d psi %s", seed, psi).isEqualTo(expected[0]);
    }
}
