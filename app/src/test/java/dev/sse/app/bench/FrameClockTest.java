package dev.sse.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The benchmarks' frame counter: the first frame has no gap, the longest gap and the long ones are counted after it. */
class FrameClockTest {

    @Test
    void countsFramesTheLongestGapAndTheLongOnes() {
        FrameClock clock = new FrameClock(100);
        assertThat(clock.tick(1_000)).isTrue();
        assertThat(clock.longest()).isZero();
        assertThat(clock.tick(1_016)).isFalse();
        assertThat(clock.tick(1_200)).isFalse(); // a gap of 184 > 100
        assertThat(clock.tick(1_300)).isFalse(); // 100 is not longer than the limit
        assertThat(clock.frames()).isEqualTo(4);
        assertThat(clock.first()).isEqualTo(1_000);
        assertThat(clock.longest()).isEqualTo(184);
        assertThat(clock.longGaps()).isEqualTo(1);
    }
}
