package dev.sse.app.shell;

import dev.sse.model.simulation.CascadePolicy;
import dev.sse.model.simulation.Scenario;
import dev.sse.model.simulation.fault.Fault;
import dev.sse.views.timeline.TimelineViewModel;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;

/**
 * {@code --benchmark-render FILE}: opens the network, injects a seeded random shock of 10% of the stake,
 * plays the cascade in a loop (at 4× unless {@code --benchmark-speed} says otherwise) with pulses on the affected edges, and counts JavaFX pulses (frames)
 * over a measured window after a warm-up. Prints frames per second and the longest gap between two
 * frames (the FX thread's worst stall), then exits. A benchmark mode, never a timed test.
 */
public final class RenderBenchmark {

    private static final double WARMUP_SECONDS = 3;

    private final MainWindow window;
    private final PrintStream out;
    private final double seconds;
    private final double speed;

    /** {@code speed}: playback speed, clamped to the timeline's 0.5–4× (4× is the heaviest: a new step every 250 ms). */
    public RenderBenchmark(MainWindow window, PrintStream out, double seconds, double speed) {
        this.window = window;
        this.out = out;
        this.seconds = seconds;
        this.speed = Math.max(TimelineViewModel.MIN_SPEED, Math.min(TimelineViewModel.MAX_SPEED, speed));
    }

    /** Starts once the network is shown; calls Platform.exit() when done. */
    public void start() {
        window.injectScenario(new Scenario("benchmark", List.of(new Fault.RandomShock(0.1)), CascadePolicy.GREEDY, 7));
        TimelineViewModel timeline = window.timeline();
        timeline.lengthProperty().addListener((o, was, now) -> {
            if (now.intValue() > 0) {
                timeline.setSpeed(speed);
                timeline.togglePlay();
            }
        });
        timeline.playingProperty().addListener((o, was, now) -> {
            if (!now && timeline.lengthProperty().get() > 0) {
                Platform.runLater(timeline::togglePlay);
            }
        });
        new AnimationTimer() {
            private long first;
            private long last;
            private long frames;
            private long longestGap;

            @Override
            public void handle(long now) {
                if (first == 0) {
                    first = now;
                }
                double elapsed = (now - first) / 1e9;
                if (elapsed < WARMUP_SECONDS) {
                    last = now;
                    return;
                }
                if (frames > 0) {
                    longestGap = Math.max(longestGap, now - last);
                }
                frames++;
                last = now;
                if (elapsed >= WARMUP_SECONDS + seconds) {
                    stop();
                    report(frames, elapsed - WARMUP_SECONDS, longestGap, timeline);
                    Platform.exit();
                }
            }
        }.start();
    }

    private void report(long frames, double measured, long longestGapNanos, TimelineViewModel timeline) {
        var n = window.currentDocument().network().get();
        out.printf(Locale.ROOT, "render benchmark: %s (%d chains, %d validators, %d allocations)%n", n.name(),
                n.chains().size(), n.validators().size(), n.allocations().size());
        out.printf(Locale.ROOT, "  cascade steps played in a loop: %d (%sx), pipeline: %s%n", timeline.lengthProperty().get(),
                new java.math.BigDecimal(Double.toString(speed)).stripTrailingZeros().toPlainString(),
                System.getProperty("prism.order", "default"));
        out.printf(Locale.ROOT, "  fps: %.1f (%d frames in %.1f s); longest frame gap: %.0f ms%n",
                frames / measured, frames, measured, longestGapNanos / 1e6);
        out.flush();
    }
}
