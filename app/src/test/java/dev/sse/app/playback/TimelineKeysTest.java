package dev.sse.app.playback;

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
import dev.sse.model.simulation.fault.Fault;
import dev.sse.views.timeline.TimelineViewModel;
import java.util.List;
import java.util.OptionalDouble;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/**
 * The playback keys the main window and the Compare window share (issue 21), on a plain timeline view model with a
 * real trace: one validator of four double-signs on the service they secure (as TimelineViewModelTest).
 */
class TimelineKeysTest {

    private static TimelineViewModel loaded() {
        Network.Builder b = Network.builder().name("n")
                .chain(Chain.builder("s", ChainKind.SERVICE).name("S").profitFromCorruption(10).attackThreshold(2.0 / 3).build());
        for (int i = 0; i < 4; i++) {
            b.validator(new Validator("v" + i, null, 1, null, null));
            b.allocation(new Allocation("v" + i, "s", OptionalDouble.empty()));
        }
        TimelineViewModel vm = new TimelineViewModel();
        vm.load(SideRunner.simulate(b.build(), new Scenario("ds", List.of(new Fault.DoubleSign("s", List.of("v0"))),
                CascadePolicy.GREEDY, 7), AnalysisOptions.defaults()));
        return vm;
    }

    @Test
    void eachPlaybackKeyMovesTheTimelineAndOtherKeysAreLeftAlone() {
        TimelineViewModel vm = loaded();
        int end = vm.lengthProperty().get();
        assertThat(end).isPositive();

        assertThat(TimelineKeys.apply(KeyCode.END, vm)).isTrue();
        assertThat(vm.positionProperty().get()).isEqualTo(end);
        assertThat(TimelineKeys.apply(KeyCode.LEFT, vm)).isTrue();
        assertThat(vm.positionProperty().get()).isEqualTo(end - 1);
        assertThat(TimelineKeys.apply(KeyCode.HOME, vm)).isTrue();
        assertThat(vm.positionProperty().get()).isZero();
        assertThat(TimelineKeys.apply(KeyCode.PAGE_DOWN, vm)).isTrue();
        assertThat(vm.positionProperty().get()).isEqualTo(1);
        assertThat(TimelineKeys.apply(KeyCode.PAGE_UP, vm)).isTrue();
        assertThat(TimelineKeys.apply(KeyCode.RIGHT, vm)).isTrue();
        assertThat(vm.positionProperty().get()).isEqualTo(1);
        assertThat(TimelineKeys.apply(KeyCode.SPACE, vm)).isTrue();
        assertThat(vm.playingProperty().get()).isTrue();
        assertThat(TimelineKeys.apply(KeyCode.SPACE, vm)).isTrue();
        assertThat(vm.playingProperty().get()).isFalse();

        assertThat(TimelineKeys.apply(KeyCode.A, vm)).isFalse();
        assertThat(TimelineKeys.apply(KeyCode.ENTER, vm)).isFalse();
        assertThat(vm.positionProperty().get()).isEqualTo(1);
    }
}
