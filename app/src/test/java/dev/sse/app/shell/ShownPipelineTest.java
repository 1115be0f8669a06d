package dev.sse.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sse.app.concurrency.AnalysisRunner;
import dev.sse.app.files.NetworkLoader;
import dev.sse.model.analysis.AnalysisOptions;
import dev.sse.model.network.Network;
import dev.sse.model.network.graph.NodeRef;
import dev.sse.model.simulation.AnalysisAttackFinder;
import dev.sse.model.simulation.Scenario;
import dev.sse.model.simulation.SimTrace;
import dev.sse.model.simulation.Simulation;
import dev.sse.model.simulation.fault.Fault;
import dev.sse.views.common.FxBridge;
import dev.sse.views.graph.RiskState;
import dev.sse.views.graph.Shown;
import dev.sse.views.inspector.InspectorRow;
import dev.sse.views.inspector.InspectorViewModel;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The one pipeline of what the window shows, as a plain object (analyses run at once on the test's thread).
 * Issue #18.4: during playback the badge and the inspector show the network as it stands at that step.
 */
class ShownPipelineTest {

    private final ShownPipeline pipeline = new ShownPipeline(new AnalysisRunner(new FxBridge(Runnable::run, Runnable::run), AnalysisOptions.defaults()));

    private static SimTrace simulate(Network n, Fault fault) {
        return Simulation.runAll(n, Scenario.of("test", List.of(fault)),
                new AnalysisAttackFinder(AnalysisOptions.defaults().withTimeLimit(AnalysisRunner.GUI_TIME_LIMIT_SECONDS)));
    }

    /**
     * cosmos-hub-ics, the Hub halted, End: every chain is down, and the badge said "SECURE · margin γ* 203%" from the
     * document's analysis. Now it shows the last step's network, says the chains are down, insecure, at step n/n.
     */
    @Test
    void atTheLastStepOfAHubHaltTheBadgeSaysTheChainsAreDown() throws Exception {
        Network cosmos = NetworkLoader.loadSample("cosmos-hub-ics");
        SimTrace halt = simulate(cosmos, new Fault.ProviderFailure("hub"));
        int n = halt.steps().size();

        pipeline.open(cosmos);
        Shown before = pipeline.shown();
        assertThat(before.source()).isEqualTo(new Shown.Document());
        assertThat(before.analysis().secure()).isTrue();
        assertThat(StatusBar.badge(before).text()).startsWith("SECURE");

        pipeline.step(halt, n, Set.of());
        Shown end = pipeline.shown();
        assertThat(end.source()).isEqualTo(new Shown.Step(n, n));
        assertThat(end.network()).isSameAs(halt.steps().get(n - 1).state().standing());
        // a halt slashes nobody: the network as it stands is the one analysed, and the chains are down
        assertThat(end.analysis() != null).isTrue();
        assertThat(end.states()).containsEntry(NodeRef.chain("hub"), RiskState.COMPROMISED)
                .containsEntry(NodeRef.chain("stride"), RiskState.COMPROMISED);
        StatusBar.Badge badge = StatusBar.badge(end);
        assertThat(badge.secure()).isFalse();
        assertThat(badge.text()).isEqualTo("INSECURE · 5 of 5 chains down · at step " + n + "/" + n);

        // back to the start: the document's analysis again, kept (not analysed a second time)
        pipeline.step(halt, 0, Set.of());
        assertThat(pipeline.shown().analysis() == before.analysis()).isTrue();
        assertThat(StatusBar.badge(pipeline.shown()).text()).isEqualTo(StatusBar.badge(before).text());
    }

    /** A validator slashed in full shows the stake it has left at that step, labelled with the step. */
    @Test
    void theInspectorShowsASlashedValidatorsStakeAtTheStep() throws Exception {
        Network domino = NetworkLoader.loadSample("textbook-domino");
        SimTrace slash = simulate(domino, new Fault.DoubleSign("s1", List.of("v0")));
        int n = slash.steps().size();
        pipeline.open(domino);
        pipeline.step(slash, n, Set.of(NodeRef.validator("v0")));

        InspectorViewModel inspector = new InspectorViewModel();
        inspector.show(pipeline.shown(), NodeRef.validator("v0"));
        double left = slash.steps().get(n - 1).state().network().validator("v0").map(v -> v.stake()).orElseThrow();
        assertThat(left).isLessThan(0.12);
        assertThat(row(inspector, "Stake").value()).isEqualTo(dev.sse.model.format.Screen.amount(left, ""));
        assertThat(inspector.subtitleProperty().get()).endsWith("at step " + n + "/" + n);
        // the cascade has stopped at the last step: no particles travel any more (#18.10); a step before it pulses
        assertThat(pipeline.shown().pulses()).isEmpty();
        pipeline.step(slash, n - 1, Set.of(NodeRef.validator("v0")));
        assertThat(pipeline.shown().pulses()).containsExactly(NodeRef.validator("v0"));
        pipeline.step(slash, n, Set.of(NodeRef.validator("v0")));

        // a drag preview shows no pulses and no step, and ends with the document shown again
        Network dragged = domino.withStakeScaled("v1", 0.5);
        pipeline.preview(dragged);
        assertThat(pipeline.shown().source()).isEqualTo(new Shown.DragPreview());
        assertThat(pipeline.shown().pulses()).isEmpty();
        pipeline.preview(null);
        assertThat(pipeline.shown().source()).isEqualTo(new Shown.Step(n, n));
    }

    /** Opening another network drops the last one's playback: no step of polkadot is shown over the new network. */
    @Test
    void openingAnotherNetworkForgetsThePlayback() throws Exception {
        Network domino = NetworkLoader.loadSample("textbook-domino");
        SimTrace slash = simulate(domino, new Fault.DoubleSign("s1", List.of("v0")));
        pipeline.open(domino);
        pipeline.step(slash, slash.steps().size(), Set.of(NodeRef.validator("v0")));

        Network triangle = NetworkLoader.loadSample("textbook-triangle");
        pipeline.open(triangle);
        assertThat(pipeline.shown().network()).isSameAs(triangle);
        assertThat(pipeline.shown().source()).isEqualTo(new Shown.Document());
        assertThat(pipeline.shown().pulses()).isEmpty();
        assertThat(pipeline.shown().step()).isNull();
    }

    private static InspectorRow row(InspectorViewModel vm, String label) {
        return vm.rows().stream().filter(r -> r.label().equals(label)).findFirst().orElseThrow();
    }
}
