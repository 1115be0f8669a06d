package dev.sse.app.bench;

import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import javafx.animation.AnimationTimer;

/** Waiting for frames, for the benchmark modes: a future that completes at the start of a later pulse. */
final class Frames {

    private Frames() {
    }

    /** Completes at the start of the {@code count}th frame from the first one at which {@code ready} holds (checked once per frame). */
    static CompletableFuture<Void> after(int count, BooleanSupplier ready) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        new AnimationTimer() {
            private int frames;

            @Override
            public void handle(long now) {
                if ((frames > 0 || ready.getAsBoolean()) && ++frames == count) {
                    stop();
                    done.complete(null);
                }
            }
        }.start();
        return done;
    }
}
