package dev.sse.app.shell;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * Measures how long the FX thread stays busy in one go (handling events, animations, CSS, layout, results
 * of analyses delivered to it), as opposed to the gap between two frames, which also counts the FX thread
 * waiting for the render thread to finish the previous frame. A daemon thread samples the FX thread's CPU
 * clock every {@link #PERIOD_NANOS} (a {@code clock_gettime} on Linux, no safepoint) into
 * {@link BusyStretches}. For the render benchmark; never used in a normal session.
 */
final class FxThreadMeter {

    static final long PERIOD_NANOS = 2_000_000;

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final BusyStretches stretches = new BusyStretches();
    private final long fxThreadId;
    private volatile boolean measuring;
    private Thread sampler;

    /** {@code fx}: the FX application thread (call from it). */
    FxThreadMeter(Thread fx) {
        this.fxThreadId = fx.getId();
    }

    /** Whether the JVM can read another thread's CPU clock here; if not, the benchmark prints no FX figure. */
    boolean supported() {
        return threads.isThreadCpuTimeSupported();
    }

    void start() {
        if (!supported()) {
            return;
        }
        threads.setThreadCpuTimeEnabled(true);
        measuring = true;
        sampler = new Thread(this::run, "sse-fx-meter");
        sampler.setDaemon(true);
        sampler.start();
    }

    /** Stops sampling and returns the longest busy stretch, in nanoseconds. */
    long stop() {
        measuring = false;
        if (sampler != null) {
            try {
                sampler.join(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        synchronized (stretches) {
            return stretches.longestNanos();
        }
    }

    private void run() {
        while (measuring) {
            long cpu = threads.getThreadCpuTime(fxThreadId);
            if (cpu < 0) {
                return; // the FX thread has ended
            }
            synchronized (stretches) {
                stretches.sample(System.nanoTime(), cpu);
            }
            java.util.concurrent.locks.LockSupport.parkNanos(PERIOD_NANOS);
        }
    }
}
