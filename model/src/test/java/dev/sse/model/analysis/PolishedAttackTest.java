package dev.sse.model.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sse.model.analysis.exact.BruteForce;
import dev.sse.model.analysis.exact.Coalition;
import dev.sse.model.analysis.exact.Greedy;
import dev.sse.model.analysis.exact.Instance;
import dev.sse.model.analysis.exact.InstanceBuilder;
import dev.sse.model.analysis.exact.LocalSearch;
import dev.sse.model.analysis.exact.Outcomes;
import dev.sse.model.analysis.milp.CpSatBackend;
import dev.sse.model.analysis.milp.MilpBestAttack;
import dev.sse.model.network.Allocation;
import dev.sse.model.network.Network;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

/**
 * Issue 20: the polished best-attack path (local search over B, then a solve with the attack's chains pinned,
 * then the free solve; with two workers the restricted solve beside a free probe) on random pooled networks small enough for brute force: the attack is always valid
 * (re-evaluated exactly), never better than the brute-force optimum, and the proven bound never below it, also
 * when the budget is too small to prove anything.
 */
class PolishedAttackTest {

    private static final double[] ALPHAS = {1.0 / 3, 0.5, 2.0 / 3};

    /** ≤ 12 validators, ≤ 5 chains, every allocation pooled (the case {@link LocalSearch} handles). */
    static Network pooled(long seed) {
        Random r = new Random(seed);
        int n = 2 + r.nextInt(11);
        int m = 1 + r.nextInt(5);
        Network.Builder b = Network.builder().name("pooled-" + seed);
        for (int i = 0; i < n; i++) {
            double stake = r.nextInt(3) == 0 ? 1 + r.nextInt(5) : (1 + r.nextInt(100_000)) / 100.0;
            b.validator(Nets.v("v" + i, stake));
        }
        for (int s = 0; s < m; s++) {
            b.chain(Nets.service("c" + s, r.nextInt(6) == 0 ? 0 : r.nextInt(150_000) / 100.0,
                    ALPHAS[r.nextInt(ALPHAS.length)]));
        }
        for (int i = 0; i < n; i++) {
            for (int s = 0; s < m; s++) {
                if (r.nextInt(100) < 50) {
                    b.allocation(Allocation.pooled("v" + i, "c" + s));
                }
            }
        }
        return b.build();
    }

    private static void assertValid(Instance inst, Coalition c) {
        Instance.Evaluation e = inst.evaluate(c.chains(), c.validators());
        assertThat(e).isNotNull();
        assertThat(e.cost()).isEqualTo(c.cost());
        assertThat(e.profit()).isEqualTo(c.profit());
        assertThat(c.net()).isPositive();
    }

    @Property(tries = 300)
    void boundNeverBelowTheOptimumAndAttackValid(@ForAll @LongRange(min = 0, max = Long.MAX_VALUE / 2) long seed) {
        Instance inst = InstanceBuilder.build(pooled(seed), Map.of(), Set.of(), Set.of()).instance();
        Coalition best = new BruteForce(inst).bestAttack();
        long optimum = best == null ? 0 : best.net();
        for (double budget : new double[] {0.001, 30}) {
            Outcomes.Attack a = MilpBestAttack.solve(inst, new CpSatBackend(), budget, null, true);
            assertThat(a.netBound()).as("seed %d budget %s", seed, budget).isGreaterThanOrEqualTo(optimum);
            if (a.attack() != null) {
                assertValid(inst, a.attack());
                assertThat(a.attack().net()).isLessThanOrEqualTo(optimum);
            }
            if (a.exact()) {
                assertThat(a.attack() == null ? 0 : a.attack().net()).as("seed %d", seed).isEqualTo(optimum);
            }
        }
    }

    /**
     * With two workers the restricted solve runs on the pool beside a free probe, which answers when it proves
     * optimality; one worker runs the restricted solve alone, as before the probe. A proven answer is the same.
     */
    @Property(tries = 200)
    void probeBesideTheRestrictedSolveGivesTheSameProvenAnswer(@ForAll @LongRange(min = 0, max = Long.MAX_VALUE / 2) long seed) {
        Instance inst = InstanceBuilder.build(pooled(seed), Map.of(), Set.of(), Set.of()).instance();
        Outcomes.Attack probed = MilpBestAttack.solve(inst, new CpSatBackend(2), 30, null, true);
        Outcomes.Attack alone = MilpBestAttack.solve(inst, new CpSatBackend(1), 30, null, true);
        assertThat(probed.exact()).as("seed %d", seed).isEqualTo(alone.exact()).isTrue();
        assertThat(probed.netBound()).isEqualTo(alone.netBound());
        if (alone.attack() == null) {
            assertThat(probed.attack()).isNull();
        } else {
            assertThat(probed.attack().chains()).isEqualTo(alone.attack().chains());
            assertThat(probed.attack().validators()).isEqualTo(alone.attack().validators());
            assertThat(probed.attack().cost()).isEqualTo(alone.attack().cost());
        }
    }

    @Property(tries = 300)
    void localSearchKeepsAValidAttackAndNeverLosesNet(@ForAll @LongRange(min = 0, max = Long.MAX_VALUE / 2) long seed) {
        Instance inst = InstanceBuilder.build(pooled(seed), Map.of(), Set.of(), Set.of()).instance();
        Coalition start = Greedy.of(inst).bestNet();
        Coalition found = LocalSearch.improve(inst, start, 20_000);
        Coalition best = new BruteForce(inst).bestAttack();
        if (start != null) {
            assertThat(found).isNotNull();
            assertThat(found.net()).isGreaterThanOrEqualTo(start.net());
        }
        if (found != null) {
            assertValid(inst, found);
            assertThat(best).isNotNull();
            assertThat(found.net()).isLessThanOrEqualTo(best.net());
        }
    }
}
