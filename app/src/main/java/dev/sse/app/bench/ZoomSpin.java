package dev.sse.app.bench;

import dev.sse.views.graph.Camera;
import dev.sse.views.graph.GraphFrame;
import dev.sse.views.graph.NodeItem;
import dev.sse.views.graph.layout.Position;
import java.util.concurrent.CompletableFuture;
import javafx.animation.AnimationTimer;

/**
 * The render benchmark's navigation phase: a mouse-wheel spin, {@value #NOTCHES} notches in toward a chain
 * (the one farthest from the centre, so the zoom passes the level of detail at which chain labels appear) and
 * as many back out, one notch per frame, as a fast spin of the wheel does. Every notch changes the camera,
 * so each frame redraws the glyphs at the new zoom: the frame rate is how fast zooming can go. Each spin also
 * reports the CPU per frame of the FX and render threads, the figure to compare builds by on a busy machine.
 */
final class ZoomSpin {

    /** Notches each way: 1.15²⁴ ≈ 29× in, then back. */
    static final int NOTCHES = 24;
    /** The wheel's zoom per notch ({@code ZoomPanGesture}). */
    static final double PER_NOTCH = 1.15;

    /**
     * Frames drawn and the time they took (ns), the longest gap between two of them (ns), and the CPU the FX thread
     * and the render thread ran on a core meanwhile (ns; -1 where it cannot be read, {@link ThreadCpu}).
     */
    record Result(int frames, long nanos, long longestGap, long fxCpu, long renderCpu) {
        double fps() {
            return frames > 1 ? (frames - 1) / (nanos / 1e9) : 0;
        }

        /** Milliseconds of CPU per frame, or NaN when unknown. */
        double perFrame(long cpu) {
            return cpu < 0 || frames < 2 ? Double.NaN : cpu / 1e6 / (frames - 1);
        }
    }

    private ZoomSpin() {
    }

    /** Spins in and out around the outermost chain of {@code frame} as shown by {@code camera}. Call on the FX thread. */
    static CompletableFuture<Result> run(Camera camera, GraphFrame frame) {
        Position target = frame.nodes().stream().filter(NodeItem::isChain).map(NodeItem::ref)
                .map(frame.positions()::get).filter(java.util.Objects::nonNull)
                .max(java.util.Comparator.comparingDouble((Position p) -> Math.hypot(p.x(), p.y())))
                .orElse(new Position(0, 0));
        double sx = camera.toScreenX(target);
        double sy = camera.toScreenY(target);
        CompletableFuture<Result> done = new CompletableFuture<>();
        ThreadCpu fx = ThreadCpu.current();
        ThreadCpu render = ThreadCpu.named("QuantumRenderer");
        new AnimationTimer() {
            private long fx0;
            private long render0;
            private int notch;
            private final FrameClock clock = new FrameClock(Long.MAX_VALUE);

            @Override
            public void handle(long now) {
                if (clock.tick(now)) {
                    fx0 = fx == null ? -1 : fx.nanos();
                    render0 = render == null ? -1 : render.nanos();
                }
                if (notch == 2 * NOTCHES) {
                    stop();
                    done.complete(new Result(notch + 1, now - clock.first(), clock.longest(), since(fx, fx0),
                            since(render, render0)));
                    return;
                }
                camera.zoomAt(notch++ < NOTCHES ? PER_NOTCH : 1 / PER_NOTCH, sx, sy);
            }
        }.start();
        return done;
    }

    private static long since(ThreadCpu cpu, long start) {
        long now = cpu == null ? -1 : cpu.nanos();
        return start < 0 || now < 0 ? -1 : now - start;
    }
}
