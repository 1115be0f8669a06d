package dev.sse.model.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sse.model.analysis.exact.BruteForce;
import dev.sse.model.analysis.exact.Coalition;
import dev.sse.model.analysis.exact.Instance;
import dev.sse.model.analysis.exact.InstanceBuilder;
import dev.sse.model.analysis.exact.Outcomes;
import dev.sse.model.analysis.milp.CpSatBackend;
import dev.sse.model.analysis.milp.MilpBestAttack;
import dev.sse.model.network.Allocation;
import dev.sse.model.network.Network;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/**
 * Issue 20: the best attack's validator tie-break asks CP-SAT only about validators that could join an optimal attack
 * (milp/JoinBound): one that attacks no attacked chain, or whose joining would make some attacked chain's cheapest
 * cover cost more than C*, is decided without a solve. On pooled 350 × 25 (RestakingNetworks pooled 350 25 1 7) all
 * 326 tie-break solves ended infeasible, 84 of them for validators of no attacked chain.
 */
class TieBreakSolvesTest {

    /**
     * Chain x (π 100, α 1/2) is secured by b0..b3 (stakes 1, 2, 3, 4: the cheapest covers are b0 + b3 and b1 + b2, 5
     * of 10); twelve validators a00..a11, whose ids the tie-break walks first, secure only chain y, which pays nothing
     * and is not attacked. Before, the tie-break solved once for each of them.
     */
    @Test
    void validatorsThatCannotJoinAreDecidedWithoutASolve() {
        Network.Builder b = Network.builder().name("tie-break")
                .chain(Nets.service("x", 100, 0.5)).chain(Nets.service("y", 0, 0.9));
        for (int i = 0; i < 4; i++) {
            b.validator(Nets.v("b" + i, i + 1)).allocation(Allocation.pooled("b" + i, "x"));
        }
        for (int i = 0; i < 12; i++) {
            String id = String.format("a%02d", i);
            b.validator(Nets.v(id, 7)).allocation(Allocation.pooled(id, "y"));
        }
        Instance inst = InstanceBuilder.build(b.build(), Map.of(), Set.of(), Set.of()).instance();
        CpSatBackend backend = new CpSatBackend(1);
        Outcomes.Attack a = MilpBestAttack.solve(inst, backend, 30);
        assertThat(a.exact()).isTrue();
        assertThat(a.attack().validatorIds(inst)).containsExactly("b0", "b3");
        assertThat(a.attack()).isEqualTo(new BruteForce(inst).bestAttack());
        assertThat(backend.solves()).isLessThanOrEqualTo(4);
    }

    /** The tie-break with the bound still picks brute force's attack (ids, cost and profit) on random networks. */
    @Property(tries = 300)
    void theTieBreakStillMatchesBruteForce(@ForAll @LongRange(min = 0, max = Long.MAX_VALUE / 2) long seed) {
        Instance inst = InstanceBuilder.build(BruteForceVsMilpTest.random(seed), Map.of(), Set.of(), Set.of()).instance();
        Coalition expected = new BruteForce(inst).bestAttack();
        Outcomes.Attack milp = MilpBestAttack.solve(inst, new CpSatBackend(1), 30);
        assertThat(milp.exact()).isTrue();
        assertThat(milp.attack()).as("seed %d", seed).isEqualTo(expected);
    }
}
