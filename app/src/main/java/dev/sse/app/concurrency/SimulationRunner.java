package dev.sse.app.concurrency;

import dev.sse.model.network.Network;
import dev.sse.model.simulation.CascadeAttackFinder;
import dev.sse.model.simulation.Scenario;
import dev.sse.model.simulation.SimTrace;
import dev.sse.model.simulation.Simulation;
import dev.sse.views.common.FxBridge;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiConsumer;

/**
 * Runs a scenario on the background executor and hands the finished, immutable trace to the FX
 * thread; a run overtaken by a newer request is dropped.
 */
public final class SimulationRunner {

    private final FxBridge bridge;
    private final CascadeAttackFinder finder;
    private long generation;

    public SimulationRunner(FxBridge bridge, CascadeAttackFinder finder) {
        this.bridge = bridge;
        this.finder = finder;
    }

    /** Simulates {@code scenario} on {@code network}; {@code onTrace} gets (trace, error) — exactly one is non-null. */
    public CompletableFuture<SimTrace> run(Network network, Scenario scenario, BiConsumer<SimTrace, Throwable> onTrace) {
        long mine = ++generation;
        return bridge.compute(() -> Simulation.runAll(network, scenario, finder))
                .whenComplete((trace, error) -> {
                    if (mine == generation) {
                        onTrace.accept(trace, error);
                    }
                });
    }

    /** Forgets any running simulation (the fault list became empty). */
    public void cancel() {
        generation++;
    }
}
