package dev.sse.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DragBenchmarkTest {

    @Test
    void everyMoveDragsToANewStakeBetweenThreeQuartersAndAll() {
        int moves = DragBenchmark.WARMUP + DragBenchmark.MOVES;
        assertThat(IntStream.range(0, moves).mapToDouble(DragBenchmark::factor)).allSatisfy(f -> assertThat(f).isBetween(0.75, 1.0));
        assertThat(IntStream.range(1, moves)).allSatisfy(i -> assertThat(DragBenchmark.factor(i)).isNotEqualTo(DragBenchmark.factor(i - 1)));
        assertThat(DragBenchmark.factor(0)).isEqualTo(0.975);
        assertThat(DragBenchmark.factor(9)).isEqualTo(0.75, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(DragBenchmark.factor(19)).isEqualTo(1.0);
    }
}
