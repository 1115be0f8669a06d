package dev.sse.model.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sse.model.analysis.exact.InstanceBuilder;
import dev.sse.model.analysis.exact.Outcomes;
import dev.sse.model.analysis.milp.CpSatBackend;
import dev.sse.model.analysis.milp.MilpRatio;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Issue #18 "AppContext owns every executor": the margin's race (MilpRatio, two CP-SAT configurations at once) runs
 * on the executor its caller passes ({@link AnalysisOptions#raceExecutor()}), not on a static pool of the model, and
 * the answer does not depend on which executor runs it.
 */
class MarginRacePoolTest {

    @Test
    void theRaceRunsOnTheCallersExecutorAndAnswersAsOnTheSharedPool() throws Exception {
        AtomicInteger tasks = new AtomicInteger();
        ExecutorService owned = Executors.newFixedThreadPool(2);
        try {
            int raced = 0;
            for (long seed = 1; seed <= 12; seed++) {
                var inst = InstanceBuilder.build(BruteForceVsMilpTest.random(seed), Map.of(), Set.of(), Set.of()).instance();
                int before = tasks.get();
                Outcomes.Ratio mine = MilpRatio.solve(inst, new CpSatBackend(), 30, r -> {
                    tasks.incrementAndGet();
                    owned.execute(r);
                });
                Outcomes.Ratio shared = MilpRatio.solve(inst, new CpSatBackend(), 30, null);
                assertThat(mine).as("seed %d", seed).isEqualTo(shared);
                // small networks start with the open steps from the greedy start on this thread (issue 20); a round
                // of the race, when one runs, is two runs on the caller's executor
                assertThat(tasks.get() - before).as("seed %d: two runs per round", seed).isIn(0, 2, 4);
                // on a budget too short for any open step, the race's round always runs, on the caller's executor
                before = tasks.get();
                Outcomes.Ratio brief = MilpRatio.solve(inst, new CpSatBackend(), 0.02, r -> {
                    tasks.incrementAndGet();
                    owned.execute(r);
                });
                assertThat(brief).as("seed %d", seed).isEqualTo(MilpRatio.solve(inst, new CpSatBackend(), 0.02, null));
                assertThat(tasks.get() - before).as("seed %d: one round", seed).isEqualTo(2);
                raced++;
            }
            assertThat(raced).isEqualTo(12);
        } finally {
            owned.shutdown();
            assertThat(owned.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        }
    }

    @Test
    void theOptionsCarryTheExecutorThroughEveryWither() {
        java.util.concurrent.Executor pool = Runnable::run;
        AnalysisOptions o = AnalysisOptions.defaults().withRaceExecutor(pool).withTimeLimit(1).withShockBudget(0.1)
                .withPriceShock("ATOM", 0.5).withSolver(AnalysisOptions.Solver.CP_SAT);
        assertThat(o.raceExecutor()).isSameAs(pool);
        assertThat(AnalysisOptions.defaults().raceExecutor()).isNull();
        assertThat(List.of(o.timeLimitSeconds(), o.shockBudget())).containsExactly(1.0, 0.1);
    }
}
