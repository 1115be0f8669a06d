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
 * over a measured window after a warm-up. Prints frames per second, the longest gap between two frames
 * (what a viewer sees as a stutter: FX work plus waiting for the render thread) and the FX thread's
 * longest busy stretch ({@link FxThreadMeter}: what blocks input), then exits. A benchmark mode, never a
 * timed test.
 */
public final class RenderBenchmark {

    private static final double WARMUP_SECONDS = 3;
    private static final long LONG_GAP_NANOS = 100_000_000;

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
            private long longGaps;
            private final FxThreadMeter meter = new FxThreadMeter(Thread.currentThread());

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
                if (frames == 0) {
                    meter.start();
                } else {
                    longestGap = Math.max(longestGap, now - last);
                    longGaps += now - last > LONG_GAP_NANOS ? 1 : 0;
                }
                frames++;
                last = now;
                if (elapsed >= WARMUP_SECONDS + seconds) {
                    stop();
                    long fxBusy = meter.supported() ? meter.stop() : -1;
                    report(frames, elapsed - WARMUP_SECONDS, new Stalls(longestGap, longGaps, fxBusy), timeline);
                    Platform.exit();
                }
            }
        }.start();
    }

    /** The longest frame gap (ns), how many gaps exceeded 100 ms, the FX thread's longest busy stretch (ns; -1: not measured). */
    private record Stalls(long longestGap, long longGaps, long fxBusy) {
    }

    private void report(long frames, double measured, Stalls gaps, TimelineViewModel timeline) {
        var n = window.currentDocument().network().get();
        out.printf(Locale.ROOT, "render benchmark: %s (%d chains, %d validators, %d allocations)%n", n.name(),
                n.chains().size(), n.validators().size(), n.allocations().size());
        out.printf(Locale.ROOT, "  cascade steps played in a loop: %d (%sx), pipeline: %s%n", timeline.lengthProperty().get(),
                new java.math.BigDecimal(Double.toString(speed)).stripTrailingZeros().toPlainString(),
                System.getProperty("prism.order", "default"));
        out.printf(Locale.ROOT, "  fps: %.1f (%d frames in %.1f s); longest frame gap: %.0f ms; gaps over 100 ms: %d%n",
                frames / measured, frames, measured, gaps.longestGap() / 1e6, gaps.longGaps());
        if (gaps.fxBusy() >= 0) {
            out.printf(Locale.ROOT, "  FX thread longest busy stretch: %.0f ms (CPU clock sampled every %d ms; render waits excluded)%n",
                    gaps.fxBusy() / 1e6, FxThreadMeter.PERIOD_NANOS / 1_000_000);
        }
        out.flush();
    }
}
