package dev.sse.views.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sse.model.analysis.AnalysisOptions;
import dev.sse.model.compare.SideRunner;
import dev.sse.model.network.Allocation;
import dev.sse.model.network.Chain;
import dev.sse.model.network.ChainKind;
import dev.sse.model.network.Network;
import dev.sse.model.network.Validator;
import dev.sse.model.simulation.CascadePolicy;
import dev.sse.model.simulation.Scenario;
import dev.sse.model.simulation.SimTrace;
import dev.sse.model.simulation.fault.Fault;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The timeline view model as a plain object (issue #18): a real trace from the engine (SideRunner.simulate, the GUI's
 * finder) on a small textbook network — one validator double-signs on a service it shares with three others.
 */
class TimelineViewModelTest {

    private static SimTrace trace;
    private final TimelineViewModel vm = new TimelineViewModel();

    @BeforeAll
    static void simulate() {
        Network.Builder b = Network.builder().name("n")
                .chain(Chain.builder("s", ChainKind.SERVICE).name("S").profitFromCorruption(10).attackThreshold(2.0 / 3).build());
        for (int i = 0; i < 4; i++) {
            b.validator(new Validator("v" + i, null, 1, null, null));
            b.allocation(new Allocation("v" + i, "s", OptionalDouble.empty()));
        }
        Network n = b.build();
        trace = SideRunner.simulate(n, new Scenario("ds", List.of(new Fault.DoubleSign("s", List.of("v0"))),
                CascadePolicy.GREEDY, 7), AnalysisOptions.defaults());
    }

    @Test
    void loadingShowsTheNetworkBeforeTheFaultsAndSteppingAppendsEachStepsEvents() {
        vm.load(trace);
        assertThat(trace.steps()).isNotEmpty();
        assertThat(vm.positionProperty().get()).isZero();
        assertThat(vm.lengthProperty().get()).isEqualTo(trace.steps().size());
        assertThat(vm.stateProperty().get()).isEqualTo(trace.initial());
        assertThat(vm.log()).isEmpty();

        vm.stepForward();
        assertThat(vm.stateProperty().get()).isEqualTo(trace.steps().get(0).state());
        assertThat(vm.log()).hasSize(trace.steps().get(0).events().size());
        assertThat(vm.captionProperty().get()).contains("1");

        vm.toEnd();
        int all = trace.steps().stream().mapToInt(s -> s.events().size()).sum();
        assertThat(vm.log()).hasSize(all);
        vm.stepBack();
        assertThat(vm.log()).hasSize(all - trace.steps().get(trace.steps().size() - 1).events().size());
        vm.seek(99);
        assertThat(vm.positionProperty().get()).isEqualTo(trace.steps().size());
    }

    @Test
    void playingStopsAtTheEndAndStartsAgainFromTheBeginning() {
        vm.load(trace);
        vm.togglePlay();
        assertThat(vm.playingProperty().get()).isTrue();
        vm.toEnd();
        assertThat(vm.playingProperty().get()).as("reaching the end stops playback").isFalse();
        vm.togglePlay();
        assertThat(vm.positionProperty().get()).as("play from the end restarts").isZero();
        assertThat(vm.playingProperty().get()).isTrue();
        vm.stepBack();
        assertThat(vm.playingProperty().get()).isFalse();
    }

    @Test
    void loopingPlaysOnFromTheStartAfterTheEndWithoutStopping() {
        vm.load(trace);
        vm.loopProperty().set(true);
        vm.togglePlay();
        for (int k = 1; k <= trace.steps().size(); k++) {
            vm.stepForward();
            assertThat(vm.positionProperty().get()).isEqualTo(k);
        }
        assertThat(vm.playingProperty().get()).as("the end does not stop a loop").isTrue();
        vm.stepForward();
        assertThat(vm.positionProperty().get()).as("after the end, the start").isZero();
        assertThat(vm.stateProperty().get()).isEqualTo(trace.initial());
        assertThat(vm.log()).isEmpty();
        assertThat(vm.playingProperty().get()).isTrue();

        vm.togglePlay();
        vm.toEnd();
        vm.stepForward();
        assertThat(vm.positionProperty().get()).as("paused, stepping at the end stays there").isEqualTo(trace.steps().size());
        vm.loopProperty().set(false);
        vm.togglePlay();
        vm.toEnd();
        assertThat(vm.playingProperty().get()).as("without the loop the end stops playback again").isFalse();
    }

    @Test
    void speedIsClampedAndNotesFollowTheStepShown() {
        vm.setSpeed(10);
        assertThat(vm.speedProperty().get()).isEqualTo(TimelineViewModel.MAX_SPEED);
        vm.setSpeed(0.1);
        assertThat(vm.secondsPerStep()).isEqualTo(1 / TimelineViewModel.MIN_SPEED);

        vm.load(trace);
        vm.setStepNotes(Map.of(1, "first fault"));
        assertThat(vm.noteProperty().get()).isEmpty();
        vm.stepForward();
        assertThat(vm.noteProperty().get()).isEqualTo("first fault");
        vm.load(null);
        assertThat(vm.noteProperty().get()).isEmpty();
        assertThat(vm.stateProperty().get()).isNull();
        vm.togglePlay();
        assertThat(vm.playingProperty().get()).as("nothing to play").isFalse();
    }
}
