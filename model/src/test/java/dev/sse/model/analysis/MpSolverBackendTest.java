package dev.sse.model.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sse.model.analysis.exact.BruteForce;
import dev.sse.model.analysis.exact.Coalition;
import dev.sse.model.analysis.exact.Instance;
import dev.sse.model.analysis.exact.InstanceBuilder;
import dev.sse.model.analysis.milp.AttackModel;
import dev.sse.model.analysis.milp.IlpModel;
import dev.sse.model.analysis.milp.IlpResult;
import dev.sse.model.analysis.milp.MpSolverBackend;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

/**
 * The benchmark's HiGHS (issue 20: OR-Tools' MPSolver, gap 0, shared/solvers.md "Pitfalls") solves the same
 * best-attack model to the brute-force optimum, and the plain LP relaxation bounds it from above.
 */
class MpSolverBackendTest {

    @Property(tries = 40)
    void highsFindsTheOptimumAndTheLpBoundsIt(@ForAll @LongRange(min = 0, max = Long.MAX_VALUE / 2) long seed) {
        Instance inst = InstanceBuilder.build(PolishedAttackTest.pooled(seed), Map.of(), Set.of(), Set.of()).instance();
        Coalition best = new BruteForce(inst).bestAttack();
        long optimum = best == null ? 0 : best.net();
        AttackModel am = AttackModel.of(inst);
        am.model.objective(am.net(), true);
        IlpResult h = MpSolverBackend.highs().solve(am.model, 30);
        assertThat(h.status()).isEqualTo(IlpResult.Status.OPTIMAL);
        assertThat(Math.max(0, IlpModel.eval(am.net(), h.values()))).as("seed %d", seed).isEqualTo(optimum);
        IlpResult lp = MpSolverBackend.lpRelaxation().solve(am.model, 30);
        assertThat(lp.bound()).as("seed %d", seed).isGreaterThanOrEqualTo(optimum - 1e-6 * Math.max(1, optimum));
    }
}
