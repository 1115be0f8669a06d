package dev.sse.views.comparison;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sse.model.analysis.AnalysisOptions;
import dev.sse.model.network.Allocation;
import dev.sse.model.network.Chain;
import dev.sse.model.network.ChainKind;
import dev.sse.model.network.Network;
import dev.sse.model.network.Validator;
import dev.sse.model.network.graph.NodeRef;
import dev.sse.model.simulation.CascadePolicy;
import dev.sse.model.simulation.Scenario;
import dev.sse.model.simulation.fault.Fault;
import dev.sse.views.common.FxBridge;
import java.util.ArrayDeque;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Queue;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The comparison view model as a plain object (issue #18): work runs on a queue the test drains and results are
 * delivered through the injected executor, so no toolkit and no FX thread are needed.
 */
class ComparisonViewModelTest {

    private final Queue<Runnable> background = new ArrayDeque<>();
    private final Queue<Runnable> fx = new ArrayDeque<>();
    private final ComparisonViewModel vm = new ComparisonViewModel(new FxBridge(background::add, fx::add),
            AnalysisOptions.defaults());

    private void drain() {
        while (!background.isEmpty() || !fx.isEmpty()) {
            Runnable next = !background.isEmpty() ? background.poll() : fx.poll();
            next.run();
        }
    }

    /** One service secured by {@code validators} validators of stake 1 each. */
    private static Network service(String name, int validators) {
        Network.Builder b = Network.builder().name(name)
                .chain(Chain.builder("s", ChainKind.SERVICE).name("S").profitFromCorruption(10).attackThreshold(2.0 / 3).build());
        for (int i = 0; i < validators; i++) {
            b.validator(new Validator("v" + i, null, 1, null, null));
            b.allocation(new Allocation("v" + i, "s", OptionalDouble.empty()));
        }
        return b.build();
    }

    @Test
    void bothSidesAreAnalysedOffTheCallerAndTheTableArrivesThroughTheInjectedExecutor() {
        vm.compare("small", service("small", 3), "large", service("large", 30), null);
        assertThat(vm.busyProperty().get()).isTrue();
        assertThat(vm.tableProperty().get()).as("nothing delivered before the executors run").isNull();

        drain();
        assertThat(vm.busyProperty().get()).isFalse();
        assertThat(vm.tableProperty().get()).isNotNull();
        assertThat(vm.rows()).hasSize(1);
        assertThat(vm.left().labelProperty().get()).isEqualTo("small");
        assertThat(vm.lockstep().lengthProperty().get()).as("no scenario, no steps").isZero();
    }

    @Test
    void aScenarioDrivesBothTimelinesInLockstepAndANewerComparisonWins() {
        Scenario ds = new Scenario("ds", List.of(new Fault.DoubleSign("s", List.of("v0"))), CascadePolicy.GREEDY, 7);
        vm.compare("a", service("a", 3), "b", service("b", 4), null);
        vm.compare("a", service("a", 3), "b", service("b", 4), ds); // supersedes the first before it is delivered
        drain();
        assertThat(vm.scenarioProperty().get()).isEqualTo(ds);
        int steps = vm.lockstep().lengthProperty().get();
        assertThat(steps).isPositive();
        vm.lockstep().toEnd();
        assertThat(vm.left().timeline().positionProperty().get())
                .isEqualTo(Math.min(steps, vm.left().timeline().lengthProperty().get()));
        assertThat(vm.right().timeline().positionProperty().get())
                .isEqualTo(Math.min(steps, vm.right().timeline().lengthProperty().get()));
    }

    @Test
    void aSelectionOnOneSideIsMirroredOnTheOtherByIdOnce() {
        vm.compare("a", service("a", 3), "b", service("b", 5), null);
        drain();
        vm.left().graph().selectAll(Set.of(NodeRef.validator("v1")), false);
        assertThat(vm.right().graph().selection()).containsExactly(NodeRef.validator("v1"));
        vm.right().graph().selectAll(Set.of(NodeRef.validator("v4")), false); // the left side has no v4
        assertThat(vm.left().graph().selection()).isEmpty();
    }
}
