package dev.sse.model.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sse.model.analysis.exact.BruteForce;
import dev.sse.model.analysis.exact.Coalition;
import dev.sse.model.analysis.exact.Instance;
import dev.sse.model.analysis.exact.InstanceBuilder;
import dev.sse.model.analysis.exact.Outcomes;
import dev.sse.model.analysis.milp.ChainProbe;
import dev.sse.model.analysis.milp.CpSatBackend;
import dev.sse.model.analysis.milp.MilpBestAttack;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.LongStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/**
 * Issue 20 (s8probe brief, item 3): Lagrangian probing ({@link ChainProbe}) against brute force on small networks. A
 * chain fixed in is attacked by every coalition netting at least the incumbent (so by every optimal attack), one fixed
 * out by none, and the bound over the fixes is never below the optimum; the best attack solved with the fixes
 * ({@link MilpBestAttack} with one worker, so the restricted solve and the probe run) is the brute-force answer, tie
 * rules included.
 */
class ChainProbeTest {

    @Property(tries = 300)
    void fixedChainsHoldForEveryGoodAttack(@ForAll @LongRange(min = 0, max = Long.MAX_VALUE / 2) long seed) {
        Instance inst = instance(seed);
        Coalition best = new BruteForce(inst).bestAttack();
        if (best == null) {
            return;
        }
        Random r = new Random(seed);
        // the incumbent: the optimum itself or a worse attack's net (any valid attack's net is at most the optimum)
        long incumbent = Math.max(1, best.net() - (r.nextBoolean() ? 0 : r.nextInt((int) Math.min(1_000, best.net()))));
        int[] fix = new ChainProbe(inst, r.nextBoolean() ? 0 : incumbent).leaveEachOut().fixes(incumbent);
        assertThat(new ChainProbe(inst, incumbent).bound(fix)).as("seed %d", seed).isGreaterThanOrEqualTo(best.net());
        Coalitions.forEach(inst, (chains, e) -> {
            if (e.profit() - e.cost() >= incumbent) {
                for (int s = 0; s < fix.length; s++) {
                    if (fix[s] >= 0) {
                        assertThat(chains.contains(s)).as("seed %d, chain %d, A %s", seed, s, chains).isEqualTo(fix[s] == 1);
                    }
                }
            }
        });
    }

    @Property(tries = 300)
    void probedBestAttackIsTheBruteForceOne(@ForAll @LongRange(min = 0, max = Long.MAX_VALUE / 2) long seed) {
        Instance inst = instance(seed);
        Coalition expected = new BruteForce(inst).bestAttack();
        Outcomes.Attack a = MilpBestAttack.solve(inst, new CpSatBackend(1), 30, null, true);
        assertThat(a.exact()).as("seed %d", seed).isTrue();
        assertThat(a.netBound()).as("seed %d", seed).isGreaterThanOrEqualTo(expected == null ? 0 : expected.net());
        if (expected == null) {
            assertThat(a.attack()).as("seed %d", seed).isNull();
        } else {
            assertThat(a.attack()).as("seed %d", seed).isNotNull();
            assertThat(a.attack().chainIds(inst)).as("seed %d", seed).isEqualTo(expected.chainIds(inst));
            assertThat(a.attack().validatorIds(inst)).as("seed %d", seed).isEqualTo(expected.validatorIds(inst));
            assertThat(a.attack().cost()).as("seed %d", seed).isEqualTo(expected.cost());
        }
    }

    /** Not vacuous: with the optimum as incumbent the probe fixes chains on many of the small networks. */
    @Test
    void probingFixesChainsOnSmallNetworks() {
        long fixedIn = LongStream.range(0, 300).filter(seed -> {
            Instance inst = instance(seed);
            Coalition best = new BruteForce(inst).bestAttack();
            return best != null && java.util.Arrays.stream(new ChainProbe(inst, best.net()).leaveEachOut().fixes(best.net()))
                    .anyMatch(f -> f == 1);
        }).count();
        assertThat(fixedIn).isGreaterThan(30);
    }

    private static Instance instance(long seed) {
        return InstanceBuilder.build(BruteForceVsMilpTest.random(seed), Map.of(), Set.of(), Set.of()).instance();
    }
}
