package dev.sse.app.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Measures how long the FX thread stays busy in one go (handling events, animations, CSS, layout, results
 * of analyses delivered to it), as opposed to the gap between two frames, which also counts the FX thread
 * waiting for the render thread to finish the previous frame. A daemon thread samples, every
 * {@link #PERIOD_NANOS}, how long the FX thread has wanted a CPU into {@link BusyStretches}: on Linux the
 * scheduler's own account ({@code /proc/<pid>/task/<tid>/schedstat}: time run plus time waiting on the run
 * queue, so a busy thread that two loaded cores keep off the CPU still counts as busy); elsewhere the
 * thread's CPU clock. For the render benchmark; never used in a normal session.
 */
final class FxThreadMeter {

    static final long PERIOD_NANOS = 2_000_000;

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private BusyStretches stretches = new BusyStretches();
    private final long fxThreadId;
    private volatile boolean measuring;
    private Thread sampler;

    /** The FX thread's scheduler statistics, or null where there are none (not Linux). */
    private final Path schedstat;

    /** Call on the FX application thread: the thread to measure. */
    FxThreadMeter() {
        this.fxThreadId = Thread.currentThread().getId();
        this.schedstat = schedstatOfCurrentThread();
    }

    private static Path schedstatOfCurrentThread() {
        try {
            Path self = Path.of("/proc").resolve(Files.readSymbolicLink(Path.of("/proc/thread-self")));
            Path stat = self.resolve("schedstat");
            return times(stat) != null ? stat : null;
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return null;
        }
    }

    /** Time run and time waited on the run queue in nanoseconds (the first two fields of schedstat), or null. */
    private static long[] times(Path stat) {
        try {
            String[] f = Files.readString(stat).trim().split(" ");
            return new long[] {Long.parseLong(f[0]), Long.parseLong(f[1])};
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** Where the figure comes from, for the report. */
    String source() {
        return schedstat != null ? "scheduler run + run-queue time" : "CPU clock";
    }

    /** Whether the FX thread's time can be read here; if not, the benchmark prints no FX figure. */
    boolean supported() {
        return schedstat != null || threads.isThreadCpuTimeSupported();
    }

    /**
     * Nanoseconds the FX thread has run and has waited on the run queue (none without schedstat: its CPU clock
     * then stands for both); null once it has ended.
     */
    private long[] fxTimes() {
        if (schedstat != null) {
            return times(schedstat);
        }
        long cpu = threads.getThreadCpuTime(fxThreadId);
        return cpu < 0 ? null : new long[] {cpu, 0};
    }

    private static void sample(BusyStretches into, long wallNanos, long[] t) {
        into.sample(wallNanos, t[0] + t[1], t[0]);
    }

    /** A lap's longest busy stretch and how long the FX thread ran on a core in it, both in nanoseconds. */
    record Stretch(long nanos, long runNanos) {
    }

    void start() {
        if (!supported()) {
            return;
        }
        if (schedstat == null) {
            threads.setThreadCpuTimeEnabled(true);
        }
        measuring = true;
        sampler = new Thread(this::run, "sse-fx-meter");
        sampler.setDaemon(true);
        sampler.start();
    }

    /** The longest busy stretch since {@link #start} or the last lap; starts the next lap. */
    Stretch lap() {
        synchronized (this) {
            Stretch longest = new Stretch(stretches.longestNanos(), stretches.longestRunNanos());
            BusyStretches next = new BusyStretches();
            long[] t = fxTimes();
            if (t != null) {
                sample(next, System.nanoTime(), t);
            }
            stretches = next;
            return longest;
        }
    }

    /** Stops sampling and returns the longest busy stretch of the last lap. */
    Stretch stop() {
        measuring = false;
        if (sampler != null) {
            try {
                sampler.join(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        synchronized (this) {
            return new Stretch(stretches.longestNanos(), stretches.longestRunNanos());
        }
    }

    private void run() {
        while (measuring) {
            long[] t = fxTimes();
            if (t == null) {
                return; // the FX thread has ended
            }
            synchronized (this) {
                sample(stretches, System.nanoTime(), t);
            }
            java.util.concurrent.locks.LockSupport.parkNanos(PERIOD_NANOS);
        }
    }
}
