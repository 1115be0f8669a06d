package dev.sse.app.concurrency;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Every background thread of the window, owned by the composition root ({@code AppContext}) and shut down when it
 * closes (issue #18: no executor of its own in any view or window). Layouts, loading, analysis and simulation run
 * on {@link #executor()}; the Compare windows' analyses and sweeps on {@link #compare()} so they never queue behind the
 * main window's; the graph canvases draw their edges on {@link #raster()}. Daemon threads, so a closing window never
 * waits for a computation.
 */
public final class Workers implements AutoCloseable {

    private final ExecutorService executor = pool(2, "sse-worker-");
    private final ExecutorService compare = pool(3, "sse-compare-");
    private final ExecutorService raster = pool(1, "sse-edge-raster-");

    private static ExecutorService pool(int threads, String name) {
        AtomicInteger count = new AtomicInteger();
        return Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, name + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** The main window's work: layouts, loading, analysis, simulation. */
    public ExecutorService executor() {
        return executor;
    }

    /** The Compare windows' analyses, simulations and sweeps. */
    public ExecutorService compare() {
        return compare;
    }

    /** One thread that rasterises every graph canvas's edges off the FX thread (views' EdgeLayer). */
    public ExecutorService raster() {
        return raster;
    }

    @Override
    public void close() {
        executor.shutdownNow();
        compare.shutdownNow();
        raster.shutdownNow();
    }
}
