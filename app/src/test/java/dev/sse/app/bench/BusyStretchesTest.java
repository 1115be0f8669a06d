package dev.sse.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BusyStretchesTest {

    private static final long MS = 1_000_000;

    private final BusyStretches stretches = new BusyStretches();
    private long wall;
    private long cpu;
    private long ran;

    /** {@code n} samples 2 ms apart in which the thread ran {@code share} of the time. */
    private void run(int n, double share) {
        for (int i = 0; i < n; i++) {
            wall += 2 * MS;
            cpu += (long) (share * 2 * MS);
            stretches.sample(wall, cpu);
        }
    }

    @Test
    void aThreadThatNeverRunsIsNeverBusy() {
        run(1, 0);
        run(100, 0);
        assertThat(stretches.longestNanos()).isZero();
    }

    @Test
    void fiftyMillisecondsOfWorkBetweenIdleTimesIsOneFiftyMillisecondStretch() {
        run(10, 0);
        run(25, 1);
        run(10, 0.01);
        run(5, 1);
        assertThat(stretches.longestNanos()).isEqualTo(50 * MS);
        run(30, 1); // the last stretch goes on: 10 + 60 ms
        assertThat(stretches.longestNanos()).isEqualTo(70 * MS);
    }

    @Test
    void oneIdleSampleInsideWorkIsBridgedAsADescheduledThread() {
        run(1, 0);
        run(20, 0.6);
        run(1, 0);
        run(20, 0.6);
        assertThat(stretches.longestNanos()).isEqualTo(82 * MS);
    }

    @Test
    void twoIdleSamplesEndTheStretch() {
        run(1, 0);
        run(20, 1);
        run(2, 0);
        run(30, 1);
        assertThat(stretches.longestNanos()).isEqualTo(60 * MS);
    }

    /** {@code n} samples 2 ms apart in which the thread wanted a core all the time and got one {@code share} of it. */
    private void contend(int n, double share) {
        for (int i = 0; i < n; i++) {
            wall += 2 * MS;
            cpu += 2 * MS;
            ran += (long) (share * 2 * MS);
            stretches.sample(wall, cpu, ran);
        }
    }

    @Test
    void theLongestStretchTellsHowMuchOfItTheThreadRanAndHowMuchItWaitedForACore() {
        contend(1, 0);
        contend(10, 1); // 20 ms, all of it on a core
        contend(5, 0);
        stretches.sample(wall += 4 * MS, cpu, ran); // idle: the stretch ends
        stretches.sample(wall += 4 * MS, cpu, ran);
        contend(40, 0.25); // 80 ms in which it ran 20: two busy cores kept it waiting
        assertThat(stretches.longestNanos()).isEqualTo(80 * MS);
        assertThat(stretches.longestRunNanos()).isEqualTo(20 * MS);
    }

    @Test
    void runningLessThanTheBusyShareCountsAsIdle() {
        run(1, 0);
        run(50, BusyStretches.BUSY_SHARE / 2);
        assertThat(stretches.longestNanos()).isZero();
    }
}
