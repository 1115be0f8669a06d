package dev.sse.app.concurrency;

import dev.sse.model.analysis.AnalysisOptions;
import dev.sse.model.analysis.AnalysisResult;
import dev.sse.model.analysis.AnytimeAnswer;
import dev.sse.model.analysis.SecurityAnalyzer;
import dev.sse.model.analysis.milp.CpSatBackend;
import dev.sse.model.network.Network;
import dev.sse.views.common.FxBridge;
import java.util.function.BiConsumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs the security analysis off the FX thread whenever the network changes. At most one analysis runs at a time:
 * requests arriving meanwhile (a stake drag sends one per mouse move, playback one per step) are coalesced so only the
 * newest is analysed next. A running proof the newest request supersedes is cancelled (issue 23: a stress cascade
 * kept CP-SAT busy on one of the two cores for the whole playback, solving steps nobody looked at any more): its thread
 * is interrupted and its CP-SAT solve stopped ({@link CpSatBackend#interrupt}), and nothing of it is delivered.
 * Answers come on the FX thread, the anytime analysis's early ones first ({@link AnytimeAnswer}, issue 20), so the
 * window shows a first answer at once and never waits on a proof. Used from the FX thread only.
 */
public final class AnalysisRunner {

    /**
     * The GUI's solver budget: the command line's default, so the window shows the bytes {@code explorer analyze}
     * and {@code simulate} print for the same network (budgets are deterministic units, issue 17 item 5; with 4
     * here, stress's solves stopped elsewhere than the CLI's).
     */
    public static final double GUI_TIME_LIMIT_SECONDS = AnalysisOptions.DEFAULT_TIME_LIMIT;
    /**
     * The time limit per exact solve while a stake drag is previewed: a drag sends a new network every mouse
     * move, and a margin that takes seconds to prove for some of the stakes a drag passes through
     * (cosmos-hub-ics with v1's stake × 0.975: 3.5–4.2 s for {@code explorer analyze}) would leave the figures
     * seconds behind the mouse. A solve cut short reports its best value as a
     * bound (shown as such); the release analyses the edited network with the full limit.
     */
    public static final double PREVIEW_TIME_LIMIT_SECONDS = 0.1;

    private static final Logger LOG = Logger.getLogger(AnalysisRunner.class.getName());

    private final FxBridge bridge;
    private final AnalysisOptions options;
    private final AnalysisOptions previewOptions;
    private Job running;
    private Job pending;
    private long generation;
    private int started;
    private int cancelled;

    /** What a request asks for. */
    private enum Kind {
        /** The anytime analysis to its final answer. */
        PROOF,
        /** The same with the drag preview's short solves. */
        PREVIEW,
        /** The first answer only, no solver (a step of a playing cascade): never cancelled, it is soon done. */
        FIRST
    }

    /** Gets each answer for {@code network} as it comes, or null once when the analysis failed. */
    @FunctionalInterface
    public interface Listener {
        void answer(Network network, AnytimeAnswer answer);

        /** True for the plain callers: only the final answer, and only of the newest request. */
        default boolean newestFinalOnly() {
            return false;
        }
    }

    /** How many analyses started and how many of them were cancelled, superseded while running. */
    public record Counts(int started, int cancelled) {
    }

    /** @param base the window's options (its race executor, {@link Workers#race()}); the time limits are set here */
    public AnalysisRunner(FxBridge bridge, AnalysisOptions base) {
        this.bridge = bridge;
        this.options = base.withTimeLimit(GUI_TIME_LIMIT_SECONDS);
        this.previewOptions = base.withTimeLimit(PREVIEW_TIME_LIMIT_SECONDS);
    }

    /** Analyses {@code network}; {@code onResult} gets (network, result), or (network, null) on failure, if still the newest. */
    public void analyse(Network network, BiConsumer<Network, AnalysisResult> onResult) {
        request(network, Kind.PROOF, finalOnly(onResult));
    }

    /** Like {@link #analyse}, for a drag's preview: each exact solve is cut at {@link #PREVIEW_TIME_LIMIT_SECONDS}. */
    public void preview(Network network, BiConsumer<Network, AnalysisResult> onResult) {
        request(network, Kind.PREVIEW, finalOnly(onResult));
    }

    /** The anytime analysis of {@code network}: every answer as it comes, the last one final. */
    public void analyse(Network network, Listener answers) {
        request(network, Kind.PROOF, answers);
    }

    /** The anytime analysis for a drag's preview ({@link #PREVIEW_TIME_LIMIT_SECONDS} a solve). */
    public void preview(Network network, Listener answers) {
        request(network, Kind.PREVIEW, answers);
    }

    /** The first answer only ({@link SecurityAnalyzer#firstAnswer}): what a playing cascade shows for each step. */
    public void firstAnswer(Network network, Listener answers) {
        request(network, Kind.FIRST, answers);
    }

    /** Stops the proof running, if any (playback started: issue 23); a first answer running is left to finish. */
    public void cancelProof() {
        if (running != null && running.kind != Kind.FIRST && running.cancel()) {
            cancelled++;
        }
    }

    public Counts counts() {
        return new Counts(started, cancelled);
    }

    /** The final answer only, and only while its request is the newest (as before the anytime answers). */
    private static Listener finalOnly(BiConsumer<Network, AnalysisResult> onResult) {
        return new Listener() {
            @Override
            public void answer(Network network, AnytimeAnswer answer) {
                onResult.accept(network, answer == null ? null : answer.result());
            }

            @Override
            public boolean newestFinalOnly() {
                return true;
            }
        };
    }

    private void request(Network network, Kind kind, Listener answers) {
        pending = new Job(++generation, network, kind, answers, kind == Kind.PREVIEW ? previewOptions : options);
        if (running == null) {
            next();
        } else if (running.kind != Kind.FIRST && running.network != network && running.cancel()) {
            cancelled++;
        }
    }

    private void next() {
        Job job = pending;
        pending = null;
        running = job;
        if (job == null) {
            return;
        }
        started++;
        bridge.compute(() -> job.run(early -> bridge.fx().execute(() -> deliver(job, early))))
                .whenComplete((answer, error) -> {
                    if (error != null && !job.isCancelled()) {
                        // a solve interrupted because the window is closing is no failure worth a warning
                        LOG.log(interrupted(error) ? Level.FINE : Level.WARNING,
                                "analysis of " + job.network.name() + " failed", error);
                    }
                    deliver(job, error == null ? answer : null);
                    next();
                });
    }

    /** On the FX thread: an answer of {@code job} (null: it failed), unless cancelled or no longer wanted. */
    private void deliver(Job job, AnytimeAnswer answer) {
        if (job.isCancelled() || job.answers.newestFinalOnly()
                && (job.generation != generation || answer != null && !answer.last())) {
            return;
        }
        if (LOG.isLoggable(Level.FINE) && (answer == null || answer.last() || !job.answered)) {
            // time to the first answer and to the final one, as the window gets them (docs/performance.md, issue 20)
            LOG.fine(String.format(java.util.Locale.ROOT, "analysis of %s: %s answer after %.3f s (%s)", job.network.name(),
                    answer == null ? "failed" : answer.last() ? "final" : "first", (System.nanoTime() - job.asked) / 1e9,
                    answer == null ? "" : answer.result().solver()));
        }
        job.answered = true;
        job.answers.answer(job.network, answer);
    }

    /** One analysis: its thread while it runs, so a newer request can stop it. */
    private static final class Job {
        final long generation;
        final Network network;
        final Kind kind;
        final Listener answers;
        final AnalysisOptions options;
        final long asked = System.nanoTime();
        /** An answer was delivered (FX thread only). */
        boolean answered;
        private Thread thread;
        private boolean cancelled;

        Job(long generation, Network network, Kind kind, Listener answers, AnalysisOptions options) {
            this.generation = generation;
            this.options = options;
            this.network = network;
            this.kind = kind;
            this.answers = answers;
        }

        /** On a worker: the answer; the early ones go to the FX thread as they come. */
        AnytimeAnswer run(java.util.function.Consumer<AnytimeAnswer> early) {
            if (!enter()) {
                return null;
            }
            try {
                if (kind == Kind.FIRST) {
                    return SecurityAnalyzer.firstAnswer(network, options);
                }
                AnalysisResult result = SecurityAnalyzer.analyze(network, options, a -> {
                    if (!a.last()) {
                        early.accept(a);
                    }
                });
                return new AnytimeAnswer(result, true);
            } finally {
                exit();
            }
        }

        private synchronized boolean enter() {
            thread = Thread.currentThread();
            return !cancelled;
        }

        private synchronized void exit() {
            thread = null;
            Thread.interrupted(); // our own cancel's interrupt, never left on a pool thread
        }

        /** True when it was still running (or not yet started) and is now stopped. */
        synchronized boolean cancel() {
            if (cancelled) {
                return false;
            }
            cancelled = true;
            if (thread != null) {
                CpSatBackend.interrupt(thread);
            }
            return true;
        }

        synchronized boolean isCancelled() {
            return cancelled;
        }
    }

    private static boolean interrupted(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof InterruptedException || t instanceof java.util.concurrent.RejectedExecutionException
                    || t instanceof java.util.concurrent.CancellationException) {
                return true;
            }
        }
        return false;
    }
}
