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

    /** The GUI's solver time limit: long enough for the samples, short enough to stay responsive. */
    public static final double GUI_TIME_LIMIT_SECONDS = 4;

    private static final Logger LOG = Logger.getLogger(AnalysisRunner.class.getName());

    private final FxBridge bridge;
    private final AnalysisOptions options = AnalysisOptions.defaults().withTimeLimit(GUI_TIME_LIMIT_SECONDS);
    private boolean running;
    private Request pending;
    private long generation;

    private record Request(long generation, Network network, BiConsumer<Network, AnalysisResult> onResult) {
    }

    public AnalysisRunner(FxBridge bridge) {
        this.bridge = bridge;
    }

    /** Analyses {@code network}; {@code onResult} gets (network, result), or (network, null) on failure. */
    public void analyse(Network network, BiConsumer<Network, AnalysisResult> onResult) {
        pending = new Request(++generation, network, onResult);
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
        bridge.compute(() -> SecurityAnalyzer.analyze(request.network(), options))
                .whenComplete((result, error) -> {
                    if (error != null) {
                        LOG.log(Level.WARNING, "analysis of " + request.network().name() + " failed", error);
                    }
                    if (request.generation() == generation) {
                        request.onResult().accept(request.network(), error == null ? result : null);
                    }
                    next();
                });
    }
}
