package dev.sse.app.concurrency;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Every background thread of the window, owned by the composition root ({@code AppContext}) and shut down when it
 * closes (issue #18: no executor of its own in any view or window). Layouts, loading, analysis and simulation run
 * on {@link #executor()}; the Compare windows' analyses and sweeps on {@link #compare()} so they never queue behind the
 * main window's; the graph canvases draw their edges on {@link #raster()}; Monte Carlo's helpers draw on {@link #draws()}; the margin's raced CP-SAT runs go to
 * {@link #race()} (model's {@code AnalysisOptions.raceExecutor}). Daemon threads, so a closing window never waits
 * for a computation.
 */
public final class Workers implements AutoCloseable {

    private final ExecutorService executor = pool(2, "sse-worker-");
    private final ExecutorService compare = pool(3, "sse-compare-");
    private final ExecutorService raster = pool(1, "sse-edge-raster-");
    /** Monte Carlo's helper threads: the thread that starts a run draws too, so one fewer than the cores. */
    private final ExecutorService draws = pool(Math.max(1, Runtime.getRuntime().availableProcessors() - 1), "sse-montecarlo-");
    /** Unbounded like the model's shared one: each analysis waiting on a race holds two of its threads. */
    private final ExecutorService race = Executors.newCachedThreadPool(daemons("sse-margin-race-"));

    private static ExecutorService pool(int threads, String name) {
        return Executors.newFixedThreadPool(threads, daemons(name));
    }

    /** Daemon threads named {@code name} and a count (also the command line's draw helpers). */
    static ThreadFactory daemons(String name) {
        AtomicInteger count = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
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

    /**
     * Monte Carlo's helpers for the main window's and the Compare windows' runs ({@code MonteCarloRun.run}): a run's
     * own thread is one of {@link #executor()} or {@link #compare()}, its other draws go here.
     */
    public ExecutorService draws() {
        return draws;
    }

    /**
     * The margin race's two CP-SAT runs for every analysis of the main and Compare windows; an analysis interrupted
     * by {@link #close()} stops its race's solves (MilpRatio), so these threads end with the others.
     */
    public ExecutorService race() {
        return race;
    }

    @Override
    public void close() {
        executor.shutdownNow();
        compare.shutdownNow();
        raster.shutdownNow();
        draws.shutdownNow();
        race.shutdownNow();
    }
}
