package dev.sse.app.concurrency;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The background executor: layouts, loading, analysis and simulation run here, never on the FX
 * thread. Daemon threads, so a closing window never waits for a computation.
 */
public final class Workers implements AutoCloseable {

    private final ExecutorService executor;

    public Workers() {
        AtomicInteger count = new AtomicInteger();
        executor = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "sse-worker-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    public ExecutorService executor() {
        return executor;
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
