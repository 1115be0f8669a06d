package dev.sse.samples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sse.model.network.Network;
import dev.sse.model.sweep.SweepParameter;
import dev.sse.model.sweep.SweepSpec;
import dev.sse.model.sweep.Sweeper;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Issue #18 "AppContext owns every executor": the Compare window's Sweep and Charts tabs run {@link Sweeper} with the
 * composition root's race pool ({@code Workers.race()}), so every point's margin race (MilpRatio, two CP-SAT runs
 * at once; cosmos-hub-ics's margin is raced at one of the two points) goes to the executor passed, never to the model's
 * shared pool.
 */
class SweepRacePoolTest {

    @Test
    void aSweepRacesEveryPointOnTheExecutorItIsGiven() throws Exception {
        Network cosmos = SampleComparisonTest.load("cosmos-hub-ics");
        AtomicInteger tasks = new AtomicInteger();
        ExecutorService owned = Executors.newFixedThreadPool(2);
        try {
            SweepSpec spec = SweepSpec.of(new SweepParameter.ShockBudget(), 0.05, 0.1, 2).withTimeLimit(2);
            var rows = Sweeper.run(cosmos, spec, r -> {
                tasks.incrementAndGet();
                owned.execute(r);
            }, (d, t, row) -> { }, () -> false).rows();
            assertThat(rows).hasSize(2);
            // small networks' margins first take the open steps from the greedy start on the calling thread (issue 20):
            // at this budget they prove one point's margin, and the other point's race round goes to the executor given
            assertThat(tasks.get()).as("raced runs on the executor given, two per round").isGreaterThanOrEqualTo(2);
        } finally {
            owned.shutdownNow();
        }
    }
}
