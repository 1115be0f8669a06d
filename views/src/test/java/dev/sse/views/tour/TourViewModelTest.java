package dev.sse.views.tour;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sse.model.tour.Tour;
import dev.sse.model.tour.TourStep;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The tour view model as a plain object (issue #18: view models tested without the toolkit). */
class TourViewModelTest {

    private final TourViewModel vm = new TourViewModel();
    private final List<String> entered = new ArrayList<>();

    private static Tour tour(int steps) {
        List<TourStep> list = new ArrayList<>();
        for (int i = 0; i < steps; i++) {
            list.add(new TourStep("step " + i, List.of(), List.of(), null, true));
        }
        return new Tour("t", "s", list);
    }

    @Test
    void nextAndBackMoveOneStepAndTellTheDirectorWhichWay() {
        vm.setDirector((t, i, forward) -> entered.add(i + (forward ? "+" : "-")));
        vm.load(tour(3));
        assertThat(vm.captionProperty().get()).isEqualTo("step 0");
        assertThat(vm.canBackProperty().get()).isFalse();
        assertThat(vm.canNextProperty().get()).isTrue();

        vm.next();
        vm.next();
        assertThat(vm.indexProperty().get()).isEqualTo(2);
        assertThat(vm.canNextProperty().get()).isFalse();
        vm.next(); // at the last step: nothing happens
        vm.back();
        assertThat(vm.indexProperty().get()).isEqualTo(1);
        assertThat(entered).containsExactly("0-", "1+", "2+", "1-");
    }

    @Test
    void aNoteLastsOneStepAndRestartAndCloseReset() {
        vm.load(tour(2));
        vm.setNote("unavailable here");
        assertThat(vm.noteProperty().get()).isEqualTo("unavailable here");
        vm.next();
        assertThat(vm.noteProperty().get()).isEmpty();
        vm.restart();
        assertThat(vm.indexProperty().get()).isZero();
        assertThat(vm.step().caption()).isEqualTo("step 0");

        vm.close();
        assertThat(vm.isActive()).isFalse();
        assertThat(vm.step()).isNull();
        assertThat(vm.indexProperty().get()).isEqualTo(-1);
        assertThat(vm.canBackProperty().get() || vm.canNextProperty().get()).isFalse();
        vm.back();
        vm.restart(); // no tour: nothing to do, nothing thrown
        assertThat(vm.captionProperty().get()).isEmpty();
    }
}
