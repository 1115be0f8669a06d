package dev.sse.model.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sse.model.analysis.exact.Instance;
import dev.sse.model.analysis.exact.InstanceBuilder;
import dev.sse.model.analysis.exact.Outcomes;
import dev.sse.model.analysis.milp.CpSatBackend;
import dev.sse.model.analysis.milp.MilpRatio;
import dev.sse.model.network.Allocation;
import dev.sse.model.network.Network;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Issue 20, 1,900 × 42 in less time: on networks of 1,000 validators + chains or more the margin race's rounds start
 * beside the best attack ({@link MilpRatio#start}, {@link Engine#startAhead}) and the seeded run beside them. Each run
 * is deterministic, so the answers must be those of the serial order; a superseded analysis must not leave them
 * running.
 */
class MarginAheadTest {

    private static final double[] ALPHAS = {1.0 / 3, 0.5, 2.0 / 3};

    /** 990 validators × 12 chains, pooled, each on chain i mod 12 and on each other with probability 1/4: one component of 1,002 nodes. */
    static Instance large(long seed) {
        Random r = new Random(seed);
        Network.Builder b = Network.builder().name("large-" + seed);
        for (int i = 0; i < 990; i++) {
            b.validator(Nets.v("v" + i, (1 + r.nextInt(1_000_000)) / 100.0));
        }
        for (int s = 0; s < 12; s++) {
            b.chain(Nets.service("c" + s, 1_000 + r.nextInt(1_000_000), ALPHAS[r.nextInt(ALPHAS.length)]));
        }
        for (int i = 0; i < 990; i++) {
            for (int s = 0; s < 12; s++) {
                if (r.nextInt(4) == 0 || s == i % 12) {
                    b.allocation(Allocation.pooled("v" + i, "c" + s));
                }
            }
        }
        return InstanceBuilder.build(b.build(), Map.of(), Set.of(), Set.of()).instance();
    }

    @Test
    void roundsStartedAheadAnswerAsRoundsStartedWhenAsked() {
        assertThat(CpSatBackend.available()).as(CpSatBackend.failure()).isTrue();
        Instance inst = large(7);
        Outcomes.Ratio late = MilpRatio.solve(inst, new CpSatBackend(), 0.3, null, null);
        MilpRatio.Rounds rounds = MilpRatio.start(inst, new CpSatBackend(), 0.3, null);
        assertThat(rounds).isNotNull();
        assertThat(MilpRatio.solve(inst, new CpSatBackend(), 0.3, null, null, rounds)).isEqualTo(late);
        Instance small = InstanceBuilder.build(BruteForceVsMilpTest.random(3), Map.of(), Set.of(), Set.of()).instance();
        assertThat(MilpRatio.start(small, new CpSatBackend(), 0.3, null)).as("under 1,000: no early start").isNull();
        assertThat(MilpRatio.start(inst, new CpSatBackend(1), 0.3, null)).as("one worker: no race").isNull();
    }

    @Test
    void theEngineAnswersAsWithoutTheEarlyStartAndSubmitsTheSameRuns() throws Exception {
        assertThat(CpSatBackend.available()).as(CpSatBackend.failure()).isTrue();
        Instance inst = large(8);
        ExecutorService pool = Executors.newCachedThreadPool();
        AtomicInteger early = new AtomicInteger();
        AtomicInteger serial = new AtomicInteger();
        try {
            Engine ahead = new Engine(AnalysisOptions.Solver.AUTO, 0.3, r -> {
                early.incrementAndGet();
                pool.execute(r);
            });
            Engine after = new Engine(AnalysisOptions.Solver.AUTO, 0.3, r -> {
                serial.incrementAndGet();
                pool.execute(r);
            });
            ahead.startAhead(inst);
            Outcomes.Attack a = ahead.bestAttack(inst);
            Outcomes.Attack b = after.bestAttack(inst);
            assertThat(a).isEqualTo(b);
            assertThat(early.get() - serial.get())
                    .as("both rounds' two runs and the bisection after them, started during the best attack").isEqualTo(5);
            assertThat(ahead.minRatio(inst, a.netBound(), a.attack())).isEqualTo(after.minRatio(inst, b.netBound(), b.attack()));
            assertThat(early.get()).as("no run twice").isEqualTo(serial.get());
        } finally {
            pool.shutdown();
            assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        }
    }

    @Test
    void anInterruptedBestAttackStopsTheRoundsStartedBesideIt() throws Exception {
        assertThat(CpSatBackend.available()).as(CpSatBackend.failure()).isTrue();
        Instance inst = large(9);
        ExecutorService pool = Executors.newCachedThreadPool();
        Engine engine = new Engine(AnalysisOptions.Solver.AUTO, 60, pool);
        engine.startAhead(inst);
        Thread.currentThread().interrupt(); // superseded before it began: every solve of this thread returns at once
        try {
            engine.bestAttack(inst);
        } finally {
            Thread.interrupted();
            pool.shutdown();
        }
        // left running, the rounds would take 6 + 60 units (minutes on this network)
        assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).as("the rounds were stopped").isTrue();
    }
}
