package dev.sse.views.common;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.application.Platform;

/**
 * The one place in {@code views} that touches {@link Platform}: hops work onto the FX thread and
 * runs computations on a background executor with the result delivered once on the FX thread.
 */
public final class FxBridge {

    private final Executor background;
    private final Executor fx;

    public FxBridge(Executor background) {
        this(background, fxExecutor());
    }

    /**
     * With the executor results are delivered on: the FX thread in the window, a direct executor in a test of a
     * view model as a plain object (no toolkit).
     */
    public FxBridge(Executor background, Executor fx) {
        this.background = background;
        this.fx = fx;
    }

    /** Runs {@code action} on the FX thread: now when already there, else later. */
    public static void onFx(Runnable action) {
        if (Platform.isFxApplicationThread()) {
            action.run();
        } else {
            Platform.runLater(action);
        }
    }

    /** Runs {@code action} on the FX thread after the current event has been handled (never now). */
    public static void later(Runnable action) {
        Platform.runLater(action);
    }

    /**
     * The executor results are delivered on, as injected: the FX thread in the window, a direct or queued executor in
     * a test. View models hop with this, never with the static {@link #onFx}/{@link #fxExecutor()} (issue #18: view
     * models testable without the toolkit; ViewsArchitectureTest holds them to it).
     */
    public Executor fx() {
        return fx;
    }

    /** An executor that runs tasks on the FX thread. */
    public static Executor fxExecutor() {
        return FxBridge::onFx;
    }

    /**
     * Computes off the FX thread; the returned future completes on the FX thread, with the result or with
     * the failure. (A plain {@code thenApplyAsync(…, fx)} is not enough: a failed stage completes its
     * dependents directly on the worker thread, skipping the executor.)
     */
    public <T> CompletableFuture<T> compute(Supplier<T> work) {
        CompletableFuture<T> delivered = new CompletableFuture<>();
        try {
            CompletableFuture.supplyAsync(work, background).whenCompleteAsync((result, error) -> {
                if (error != null) {
                    delivered.completeExceptionally(error);
                } else {
                    delivered.complete(result);
                }
            }, fx);
        } catch (java.util.concurrent.RejectedExecutionException closing) {
            // the window is closing and the executor is shut down: nothing left to compute
            delivered.completeExceptionally(closing);
        }
        return delivered;
    }
}
