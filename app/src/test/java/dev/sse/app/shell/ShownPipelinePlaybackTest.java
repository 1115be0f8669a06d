package dev.sse.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sse.app.concurrency.AnalysisRunner;
import dev.sse.app.files.NetworkLoader;
import dev.sse.model.analysis.AnalysisOptions;
import dev.sse.model.network.Network;
import dev.sse.model.simulation.AnalysisAttackFinder;
import dev.sse.model.simulation.Scenario;
import dev.sse.model.simulation.SimTrace;
import dev.sse.model.simulation.Simulation;
import dev.sse.model.simulation.fault.Fault;
import dev.sse.views.common.FxBridge;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Issue 23: while a cascade plays, the window does not start the margin proof for every step (on stress it kept
 * CP-SAT on one of the two cores for the whole playback): each step gets the anytime analysis's first answer, shown as
 * an early answer beside the last proven analysis, and the step shown is proven when playback pauses or ends.
 * Analyses run at once on the test's thread.
 */
class ShownPipelinePlaybackTest {

    private final AnalysisRunner runner = new AnalysisRunner(new FxBridge(Runnable::run, Runnable::run), AnalysisOptions.defaults());
    private final ShownPipeline pipeline = new ShownPipeline(runner);

    @Test
    void stepsPlayedGetFirstAnswersOnlyAndThePauseProvesTheStepShown() throws Exception {
        Network cosmos = NetworkLoader.loadSample("cosmos-hub-ics");
        SimTrace halt = Simulation.runAll(cosmos, Scenario.of("test", List.of(new Fault.DoubleSign("stride", List.of("v1")))),
                new AnalysisAttackFinder(AnalysisOptions.defaults()));
        int n = halt.steps().size();
        assertThat(n).isPositive();
        pipeline.open(cosmos);
        assertThat(pipeline.shown().early()).isFalse();
        AnalysisRunner.Counts opened = runner.counts();

        pipeline.playing(true);
        for (int k = 1; k <= n; k++) {
            pipeline.step(halt, k, Set.of());
            assertThat(pipeline.shown().early()).as("step %d", k).isTrue();
            assertThat(pipeline.shown().analysis().solver()).isEqualTo("greedy");
            assertThat(pipeline.shown().proven()).as("the last proven analysis, labelled as such").isNotNull();
        }
        assertThat(runner.counts().started() - opened.started()).as("one first answer a step, no proof").isEqualTo(n);
        // playing on over the same steps computes nothing again
        pipeline.step(halt, 1, Set.of());
        assertThat(runner.counts().started() - opened.started()).isEqualTo(n);

        pipeline.playing(false);
        assertThat(pipeline.shown().early()).isFalse();
        assertThat(pipeline.shown().analysis().solver()).isNotEqualTo("greedy");
        assertThat(runner.counts().started() - opened.started()).as("the step shown is proven once paused").isEqualTo(n + 1);
    }
}
