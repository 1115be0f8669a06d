package dev.sse.app.bench;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;

/**
 * Measures how long work handed to the FX thread waits before it runs. A daemon thread posts a no-op,
 * waits until it has run, notes how long it waited, rests {@link #PERIOD_NANOS} and posts the next. A task
 * posted with {@code Platform.runLater} queues behind whatever the FX thread is doing, at a lower priority
 * than input events in the GTK and Windows event loops, so the longest wait is an upper bound on how long a
 * click or key press went unanswered; unlike {@link FxThreadMeter}'s busy stretch it also counts the FX
 * thread waiting for the render thread inside a pulse. For the benchmarks; never used in a normal session.
 */
final class FxLatencyProbe {

    static final long PERIOD_NANOS = 2_000_000;

    private final Consumer<Runnable> fx;
    private volatile boolean probing;
    private long longest;
    private Thread prober;

    /** {@code fx}: hands a task to the FX thread ({@code Platform::runLater}; a plain executor in tests). */
    FxLatencyProbe(Consumer<Runnable> fx) {
        this.fx = fx;
    }

    void start() {
        probing = true;
        prober = new Thread(this::run, "sse-fx-probe");
        prober.setDaemon(true);
        prober.start();
    }

    /** The longest wait since {@link #start} or the last lap, in nanoseconds; starts the next lap. */
    synchronized long lap() {
        long l = longest;
        longest = 0;
        return l;
    }

    /** Stops probing and returns the longest wait of the last lap, in nanoseconds. */
    long stop() {
        probing = false;
        if (prober != null) {
            prober.interrupt();
            try {
                prober.join(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return lap();
    }

    private synchronized void record(long waited) {
        longest = Math.max(longest, waited);
    }

    private void run() {
        while (probing) {
            long[] ranAt = new long[1];
            CountDownLatch ran = new CountDownLatch(1);
            long posted = System.nanoTime();
            fx.accept(() -> {
                ranAt[0] = System.nanoTime();
                ran.countDown();
            });
            try {
                while (!ran.await(100, TimeUnit.MILLISECONDS)) {
                    // a long wait is what this measures: keep waiting unless the probe was stopped
                    if (!probing) {
                        return;
                    }
                }
            } catch (InterruptedException e) {
                return;
            }
            record(ranAt[0] - posted);
            LockSupport.parkNanos(PERIOD_NANOS);
        }
    }
}
