package dev.sse.app.bench;

import dev.sse.app.shell.MainWindow;
import dev.sse.model.simulation.CascadePolicy;
import dev.sse.model.simulation.Scenario;
import dev.sse.model.simulation.fault.Fault;
import dev.sse.views.graph.GraphViewModel;
import dev.sse.views.timeline.TimelineViewModel;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import javafx.animation.AnimationTimer;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.util.Duration;

/**
 * {@code --benchmark-render FILE}: opens the network, injects a seeded random shock of 10% of the stake,
 * plays the cascade in the timeline's loop (at 4× unless {@code --benchmark-speed} says otherwise) with pulses on the
 * affected edges, and counts JavaFX pulses (frames) over a measured window after a warm-up. Then it pauses
 * and switches through every layout. Prints frames per second, the longest gap between two frames (what a
 * viewer sees as a stutter: FX work plus waiting for the render thread) and, for each phase, the FX
 * thread's longest busy stretch ({@link FxThreadMeter}: its own work, what layout and analysis results cost
 * it) and the longest wait of a task posted to it ({@link FxLatencyProbe}: everything that kept input
 * waiting, render waits included), then exits. A benchmark mode, never a timed test.
 */
public final class RenderBenchmark {

    private static final double WARMUP_SECONDS = 3;
    /** Frames drawn after the window is shown, and after the network's graph is, before the next phase. */
    private static final int SETTLE_FRAMES = 10;
    private static final long LONG_GAP_NANOS = 100_000_000;
    /** Time given to each layout switch: the layout is computed off the FX thread, then animated. */
    private static final Duration LAYOUT_SETTLE = Duration.seconds(1.5);

    private final MainWindow window;
    private final GraphViewModel graph;
    private final PrintStream out;
    private final double seconds;
    private final double speed;
    private final FxThreadMeter meter = new FxThreadMeter();
    private final FxLatencyProbe probe = new FxLatencyProbe(Platform::runLater);
    /**
     * The FX thread's longest busy stretch (ns) while showing the window (its first frames: a cold JVM styling
     * every control), opening the network, injecting the shock and warming up, playing, switching layouts.
     */
    private final FxThreadMeter.Stretch[] busy = new FxThreadMeter.Stretch[6];
    /** The longest wait of a task posted to the FX thread ({@link FxLatencyProbe}, ns) in each phase. */
    private final long[] waits = new long[6];
    private static final int WINDOW = 0;
    private static final int OPENING = 1;
    private static final int SHOCK = 2;
    private static final int PLAYING = 3;
    private static final int LAYOUTS = 4;
    private static final int ZOOMING = 5;
    private List<ZoomSpin.Result> zoom;
    /** Wheel spins after the layout switches: one spin is 49 frames, too few to compare builds by alone. */
    static final int SPINS = 3;
    private boolean looping = true;
    /** Each layout switch: the layout's name and the time until it was shown (computed off the FX thread). */
    private final List<String> layoutTimes = new java.util.ArrayList<>();

    /**
     * Call on the FX thread before the network is opened. {@code speed}: playback speed, clamped to the
     * timeline's 0.5–4× (4× is the heaviest: a new step every 250 ms).
     */
    public RenderBenchmark(MainWindow window, GraphViewModel graph, PrintStream out, double seconds, double speed) {
        this.window = window;
        this.graph = graph;
        this.out = out;
        this.seconds = seconds;
        this.speed = Math.max(TimelineViewModel.MIN_SPEED, Math.min(TimelineViewModel.MAX_SPEED, speed));
        meter.start();
        probe.start();
    }

    /** Ends a phase: its longest busy stretch and longest wait. */
    private void lap(int phase) {
        busy[phase] = meter.lap();
        waits[phase] = probe.lap();
    }

    /**
     * Lets the window draw its first frames, then opens the network with {@code opener} and, once it is shown,
     * plays it; calls Platform.exit() when done.
     */
    public void run(java.util.function.Supplier<CompletableFuture<?>> opener) {
        Frames.after(SETTLE_FRAMES, () -> true).thenCompose(ignored -> {
            lap(WINDOW);
            return opener.get();
        }).thenCompose(ignored -> Frames.after(SETTLE_FRAMES,
                () -> graph.frameProperty().get() != null && !graph.busyProperty().get()))
                .thenRun(this::start);
    }

    private void start() {
        lap(OPENING);
        // the benchmark's shock is not the user's work: no unsaved document, no autosave writing during the measurement
        window.showScenario(new Scenario("benchmark", List.of(new Fault.RandomShock(0.1)), CascadePolicy.GREEDY, 7));
        TimelineViewModel timeline = window.timeline();
        timeline.lengthProperty().addListener((o, was, now) -> {
            if (now.intValue() > 0 && looping) {
                timeline.setSpeed(speed);
                // the timeline's own loop: playing never stops, so the end never asks for a proof (a restart
                // after each pass did, one cancelled analysis per pass)
                timeline.loopProperty().set(true);
                timeline.togglePlay();
            }
        });
        new AnimationTimer() {
            private long start;
            private final FrameClock clock = new FrameClock(LONG_GAP_NANOS);

            @Override
            public void handle(long now) {
                if (start == 0) {
                    start = now;
                }
                double elapsed = (now - start) / 1e9;
                if (elapsed < WARMUP_SECONDS) {
                    return;
                }
                if (clock.tick(now)) {
                    lap(SHOCK);
                }
                if (elapsed >= WARMUP_SECONDS + seconds) {
                    stop();
                    lap(PLAYING);
                    Measured measured = new Measured(clock.frames(), elapsed - WARMUP_SECONDS, clock.longest(),
                            clock.longGaps());
                    switchLayouts(timeline).thenCompose(ignored -> {
                        lap(LAYOUTS);
                        return spins(SPINS);
                    }).thenAccept(spins -> {
                        zoom = spins;
                        busy[ZOOMING] = meter.stop();
                        waits[ZOOMING] = probe.stop();
                        report(measured, timeline);
                        Platform.exit();
                    });
                }
            }
        }.start();
    }

    /** {@code n} wheel spins, one after the other, each from the camera the last one left. */
    private CompletableFuture<List<ZoomSpin.Result>> spins(int n) {
        CompletableFuture<List<ZoomSpin.Result>> all = CompletableFuture.completedFuture(List.of());
        for (int i = 0; i < n; i++) {
            all = all.thenCompose(done -> ZoomSpin.run(window.camera(), graph.frameProperty().get()).thenApply(spin -> {
                List<ZoomSpin.Result> next = new java.util.ArrayList<>(done);
                next.add(spin);
                return next;
            }));
        }
        return all;
    }

    /** Pauses playback, then shows every other layout and the first one again, each given time to settle. */
    private CompletableFuture<Void> switchLayouts(TimelineViewModel timeline) {
        looping = false;
        timeline.loopProperty().set(false);
        if (timeline.playingProperty().get()) {
            timeline.togglePlay();
        }
        int n = window.layoutNames().size();
        CompletableFuture<Void> chain = CompletableFuture.completedFuture(null);
        for (int i = 1; i <= n; i++) {
            int index = i % n;
            long[] asked = new long[1];
            chain = chain.thenCompose(ignored -> {
                asked[0] = System.nanoTime();
                return window.useLayout(index);
            }).thenCompose(ignored -> {
                layoutTimes.add(String.format(Locale.ROOT, "%s %.2f s", window.layoutNames().get(index),
                        (System.nanoTime() - asked[0]) / 1e9));
                return settle();
            });
        }
        return chain;
    }

    private static CompletableFuture<Void> settle() {
        CompletableFuture<Void> done = new CompletableFuture<>();
        PauseTransition pause = new PauseTransition(LAYOUT_SETTLE);
        pause.setOnFinished(e -> done.complete(null));
        pause.play();
        return done;
    }

    /** Frames counted in the measured window, its length, the longest gap (ns) and how many gaps exceeded 100 ms. */
    private record Measured(long count, double seconds, long longestGap, long longGaps) {
    }

    /** The first line of a benchmark's report: which network it ran on. */
    static String header(String benchmark, dev.sse.model.network.Network n) {
        return String.format(Locale.ROOT, "%s benchmark: %s (%d chains, %d validators, %d allocations)", benchmark, n.name(),
                n.chains().size(), n.validators().size(), n.allocations().size());
    }

    private void report(Measured f, TimelineViewModel timeline) {
        out.println(header("render", window.currentDocument().network().get()));
        out.printf(Locale.ROOT, "  cascade steps played in a loop: %d (%sx), pipeline: %s%n", timeline.lengthProperty().get(),
                new BigDecimal(Double.toString(speed)).stripTrailingZeros().toPlainString(),
                System.getProperty("prism.order", "default"));
        out.printf(Locale.ROOT, "  fps: %.1f (%d frames in %.1f s); longest frame gap: %.0f ms; gaps over 100 ms: %d%n",
                f.count() / f.seconds(), f.count(), f.seconds(), f.longestGap() / 1e6, f.longGaps());
        out.printf(Locale.ROOT, "  zooming (%d wheel spins, each %d notches in toward the outermost chain and %d out, one per"
                + " frame):%n", zoom.size(), ZoomSpin.NOTCHES, ZoomSpin.NOTCHES);
        for (ZoomSpin.Result spin : zoom) {
            out.printf(Locale.ROOT, "    %.1f fps (%d frames in %.2f s); longest frame gap: %.0f ms; CPU per frame: FX thread"
                    + " %.1f ms, render thread %.1f ms%n", spin.fps(), spin.frames(), spin.nanos() / 1e9,
                    spin.longestGap() / 1e6, spin.perFrame(spin.fxCpu()), spin.perFrame(spin.renderCpu()));
        }
        if (meter.supported()) {
            out.printf(Locale.ROOT, "  FX thread longest busy stretch (%s every %d ms, render waits excluded; in brackets the"
                    + " part it ran on a core, the rest it waited for one): %s%n", meter.source(),
                    FxThreadMeter.PERIOD_NANOS / 1_000_000,
                    phases(i -> ms(busy[i].nanos()) + " (" + ms(busy[i].runNanos()) + ")"));
        }
        out.printf(Locale.ROOT, "  longest wait of a task posted to the FX thread (one every %d ms, render waits included): %s%n",
                FxLatencyProbe.PERIOD_NANOS / 1_000_000, phases(i -> ms(waits[i])));
        out.printf(Locale.ROOT, "  layout switches (asked -> shown): %s%n", String.join(", ", layoutTimes));
        out.flush();
    }

    /** One figure per phase, named: "showing the window 12 ms, ...". */
    private String phases(java.util.function.IntFunction<String> figure) {
        String[] names = {"showing the window", "opening the network", "shock and warm-up", "playing",
                "switching " + window.layoutNames().size() + " layouts", "zooming"};
        java.util.List<String> named = new java.util.ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            named.add(names[i] + " " + figure.apply(i));
        }
        return String.join(", ", named);
    }

    private static String ms(long nanos) {
        return String.format(Locale.ROOT, "%.0f ms", nanos / 1e6);
    }
}
