package dev.sse.app.concurrency;

import dev.sse.model.montecarlo.MonteCarloResult;
import dev.sse.model.montecarlo.MonteCarloRun;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The command line's Monte Carlo threads (issue #18: the model starts none of its own): a pool of {@code threads − 1}
 * daemon helpers named "sse-cli-draws-N", made for one run and shut down after it. The window passes
 * {@link Workers#draws()} instead.
 */
public final class CommandLineDraws {

    private CommandLineDraws() {
    }

    /** Runs every draw of {@code run} on {@code threads} threads (this one among them) and ends the helpers. */
    public static MonteCarloResult run(MonteCarloRun run, int threads, MonteCarloRun.Progress progress) {
        ExecutorService helpers = Executors.newFixedThreadPool(Math.max(1, threads - 1), Workers.daemons("sse-cli-draws-"));
        try {
            return run.run(helpers, threads, progress);
        } finally {
            helpers.shutdownNow();
        }
    }
}
