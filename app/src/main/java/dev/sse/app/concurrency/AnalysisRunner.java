package dev.sse.app.concurrency;

import dev.sse.model.analysis.AnalysisOptions;
import dev.sse.model.analysis.AnalysisResult;
import dev.sse.model.analysis.SecurityAnalyzer;
import dev.sse.model.network.Network;
import dev.sse.views.common.FxBridge;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiConsumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs the security analysis off the FX thread whenever the network changes and delivers only the
 * latest result (an older analysis finishing late is dropped) on the FX thread.
 */
public final class AnalysisRunner {

    /** The GUI's solver time limit: long enough for the samples, short enough to stay responsive. */
    public static final double GUI_TIME_LIMIT_SECONDS = 4;

    private static final Logger LOG = Logger.getLogger(AnalysisRunner.class.getName());

    private final FxBridge bridge;
    private long generation;

    public AnalysisRunner(FxBridge bridge) {
        this.bridge = bridge;
    }

    /** Analyses {@code network}; {@code onResult} gets (network, result) or (network, null) on failure. */
    public CompletableFuture<AnalysisResult> analyse(Network network, BiConsumer<Network, AnalysisResult> onResult) {
        long mine = ++generation;
        AnalysisOptions options = AnalysisOptions.defaults().withTimeLimit(GUI_TIME_LIMIT_SECONDS);
        return bridge.compute(() -> SecurityAnalyzer.analyze(network, options))
                .whenComplete((result, error) -> {
                    if (error != null) {
                        LOG.log(Level.WARNING, "analysis of " + network.name() + " failed", error);
                    }
                    if (mine == generation) {
                        onResult.accept(network, error == null ? result : null);
                    }
                });
    }
}
