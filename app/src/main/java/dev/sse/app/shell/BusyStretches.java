package dev.sse.app.shell;

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
    private long stretch;
    private long pendingIdle;
    private boolean inStretch;
    private long longest;

    /** One sample: the wall clock and the thread's cumulative busy time (see above), both in nanoseconds. */
    void sample(long wallNanos, long busyNanos) {
        if (lastWall < 0) {
            lastWall = wallNanos;
            lastBusy = busyNanos;
            return;
        }
        long wall = wallNanos - lastWall;
        long busy = busyNanos - lastBusy;
        lastWall = wallNanos;
        lastBusy = busyNanos;
        if (wall <= 0) {
            return;
        }
        if (busy >= BUSY_SHARE * wall) {
            stretch = inStretch ? stretch + pendingIdle + wall : wall;
            inStretch = true;
            pendingIdle = 0;
            longest = Math.max(longest, stretch);
        } else if (inStretch && pendingIdle == 0) {
            pendingIdle = wall; // maybe only descheduled: bridge it if the next interval is busy again
        } else {
            inStretch = false;
            pendingIdle = 0;
        }
    }

    /** The longest busy stretch so far, in nanoseconds of wall time. */
    long longestNanos() {
        return longest;
    }
}
