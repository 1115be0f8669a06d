package dev.sse.app.concurrency;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sse.app.files.NetworkLoader;
import dev.sse.model.analysis.AnalysisOptions;
import dev.sse.model.network.Network;
import dev.sse.views.common.FxBridge;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 23: a JFR run of the stress cascade found CP-SAT busy on one of the two cores for the whole playback, solving
 * steps nobody looked at any more (each superseded analysis ran to its end and was then dropped). Now a proof the next
 * request supersedes is cancelled: its CP-SAT solve stops, nothing of it is delivered, and the next network's answer
 * does not wait for it. Issue 20: the anytime answers come first (an early one, then the final one).
 */
class AnalysisRunnerCancelTest {

    private final LinkedBlockingQueue<Runnable> fx = new LinkedBlockingQueue<>();
    private final ExecutorService background = Executors.newFixedThreadPool(2);
    private final AnalysisRunner runner = new AnalysisRunner(new FxBridge(background, fx::add), AnalysisOptions.defaults());
    private final List<String> got = new CopyOnWriteArrayList<>();
    private final AnalysisRunner.Listener log =
            (n, a) -> got.add(n.name() + (a == null ? ": failed" : a.last() ? ": final" : ": early"));
    private Network stress;
    private Network domino;

    @BeforeEach
    void load() throws Exception {
        stress = NetworkLoader.loadSample("stress");
        domino = NetworkLoader.loadSample("textbook-domino");
    }

    @AfterEach
    void stop() {
        background.shutdownNow();
    }

    /** Runs the "FX thread's" tasks until {@code done}, or fails after {@code seconds}. */
    private void pumpUntil(BooleanSupplier done, double seconds) throws InterruptedException {
        long end = System.nanoTime() + (long) (seconds * 1e9);
        while (!done.getAsBoolean()) {
            Runnable task = fx.poll(50, TimeUnit.MILLISECONDS);
            if (task != null) {
                task.run();
            }
            assertThat(System.nanoTime()).as("still waiting").isLessThan(end);
        }
    }

    @Test
    void aSupersededProofIsCancelledAndTheNextAnswerDoesNotWaitForIt() throws Exception {
        long asked = System.nanoTime();
        runner.analyse(stress, log);
        pumpUntil(() -> got.contains(stress.name() + ": early"), 60);
        double first = (System.nanoTime() - asked) / 1e9;
        // the stress proof is now in its solvers (seconds of CP-SAT at the GUI's budget); the user moves on
        long moved = System.nanoTime();
        runner.analyse(domino, log);
        pumpUntil(() -> got.contains(domino.name() + ": final"), 60);
        double next = (System.nanoTime() - moved) / 1e9;

        assertThat(runner.counts()).isEqualTo(new AnalysisRunner.Counts(2, 1));
        assertThat(got).doesNotContain(stress.name() + ": final", stress.name() + ": failed");
        assertThat(next).as("the next answer came %.2f s after it was asked for (first answer of stress: %.2f s)", next, first)
                .isLessThan(5);
    }

    @Test
    void aFirstAnswerRunningIsNeverCancelledAndIsDelivered() throws Exception {
        runner.firstAnswer(stress, log);
        runner.firstAnswer(domino, log);
        pumpUntil(() -> got.size() == 2, 60);
        assertThat(got).containsExactly(stress.name() + ": early", domino.name() + ": final");
        assertThat(runner.counts()).isEqualTo(new AnalysisRunner.Counts(2, 0));
    }
}
