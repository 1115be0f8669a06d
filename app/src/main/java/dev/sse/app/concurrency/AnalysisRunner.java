package dev.sse.app.concurrency;

import dev.sse.model.analysis.AnalysisOptions;
import dev.sse.model.analysis.AnalysisResult;
import dev.sse.model.analysis.SecurityAnalyzer;
import dev.sse.model.network.Network;
import dev.sse.views.common.FxBridge;
import java.util.function.BiConsumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs the security analysis off the FX thread whenever the network changes. At most one analysis
 * runs at a time: requests arriving meanwhile (a stake drag sends one per mouse move) are coalesced so
 * only the newest is analysed next, and only the newest result is delivered, on the FX thread. Used
 * from the FX thread only.
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
    private boolean running;
    private Request pending;
    private long generation;

    private record Request(long generation, Network network, AnalysisOptions options, BiConsumer<Network, AnalysisResult> onResult) {
    }

    /** @param base the window's options (its race executor, {@link Workers#race()}); the time limits are set here */
    public AnalysisRunner(FxBridge bridge, AnalysisOptions base) {
        this.bridge = bridge;
        this.options = base.withTimeLimit(GUI_TIME_LIMIT_SECONDS);
        this.previewOptions = base.withTimeLimit(PREVIEW_TIME_LIMIT_SECONDS);
    }

    /** Analyses {@code network}; {@code onResult} gets (network, result), or (network, null) on failure. */
    public void analyse(Network network, BiConsumer<Network, AnalysisResult> onResult) {
        request(network, options, onResult);
    }

    /** Like {@link #analyse}, for a drag's preview: each exact solve is cut at {@link #PREVIEW_TIME_LIMIT_SECONDS}. */
    public void preview(Network network, BiConsumer<Network, AnalysisResult> onResult) {
        request(network, previewOptions, onResult);
    }

    private void request(Network network, AnalysisOptions with, BiConsumer<Network, AnalysisResult> onResult) {
        pending = new Request(++generation, network, with, onResult);
        if (!running) {
            next();
        }
    }

    private void next() {
        Request request = pending;
        pending = null;
        if (request == null) {
            running = false;
            return;
        }
        running = true;
        bridge.compute(() -> SecurityAnalyzer.analyze(request.network(), request.options()))
                .whenComplete((result, error) -> {
                    if (error != null) {
                        // a solve interrupted because the window is closing is no failure worth a warning
                        LOG.log(interrupted(error) ? Level.FINE : Level.WARNING,
                                "analysis of " + request.network().name() + " failed", error);
                    }
                    if (request.generation() == generation) {
                        request.onResult().accept(request.network(), error == null ? result : null);
                    }
                    next();
                });
    }

    private static boolean interrupted(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof InterruptedException || t instanceof java.util.concurrent.RejectedExecutionException) {
                return true;
            }
        }
        return false;
    }
}
