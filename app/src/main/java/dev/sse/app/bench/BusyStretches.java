package dev.sse.app.bench;

/**
 * The longest time a thread stayed busy, from samples of the time it wanted a CPU (ran, or waited on the
 * run queue; its CPU clock where the scheduler does not say) against the wall clock. An interval in which
 * that time reached {@link #BUSY_SHARE} of the wall time is busy; a thread idle in its event loop or
 * parked (the FX thread waiting for the previous frame to render) wants none. Busy intervals in a row
 * form a stretch, and one idle interval between two busy ones is bridged (with only a CPU clock, a busy
 * thread is sometimes kept off both cores for a whole sample), which errs toward a longer stall, never a
 * shorter one. A plain object, fed by {@link FxThreadMeter}.
 */
final class BusyStretches {

    /** Share of an interval's wall time the thread must have wanted a CPU for the interval to count as busy. */
    static final double BUSY_SHARE = 0.2;

    private long lastWall = -1;
    private long lastBusy;
    private long lastRun;
    private long stretch;
    private long stretchRun;
    private long pendingIdle;
    private long pendingIdleRun;
    private boolean inStretch;
    private long longest;
    private long longestRun;

    /** One sample: the wall clock and the thread's cumulative busy time (see above), both in nanoseconds. */
    void sample(long wallNanos, long busyNanos) {
        sample(wallNanos, busyNanos, busyNanos);
    }

    /**
     * One sample with the part of the busy time the thread actually ran on a core ({@code runNanos}, cumulative,
     * at most {@code busyNanos}); the rest it waited on the run queue for a core.
     */
    void sample(long wallNanos, long busyNanos, long runNanos) {
        if (lastWall < 0) {
            lastWall = wallNanos;
            lastBusy = busyNanos;
            lastRun = runNanos;
            return;
        }
        long wall = wallNanos - lastWall;
        long busy = busyNanos - lastBusy;
        long run = runNanos - lastRun;
        lastWall = wallNanos;
        lastBusy = busyNanos;
        lastRun = runNanos;
        if (wall <= 0) {
            return;
        }
        if (busy >= BUSY_SHARE * wall) {
            stretchRun = inStretch ? stretchRun + pendingIdleRun + run : run;
            stretch = inStretch ? stretch + pendingIdle + wall : wall;
            inStretch = true;
            pendingIdle = 0;
            pendingIdleRun = 0;
            if (stretch > longest) {
                longest = stretch;
                longestRun = stretchRun;
            }
        } else if (inStretch && pendingIdle == 0) {
            pendingIdle = wall; // maybe only descheduled: bridge it if the next interval is busy again
            pendingIdleRun = run;
        } else {
            inStretch = false;
            pendingIdle = 0;
            pendingIdleRun = 0;
        }
    }

    /** How long the thread ran on a core during the longest busy stretch, in nanoseconds (the rest it waited for one). */
    long longestRunNanos() {
        return longestRun;
    }

    /** The longest busy stretch so far, in nanoseconds of wall time. */
    long longestNanos() {
        return longest;
    }
}
