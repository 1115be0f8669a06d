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
 * so each frame redraws the glyphs at the new zoom: the frame rate is how fast zooming can go.
 */
final class ZoomSpin {

    /** Notches each way: 1.15²⁴ ≈ 29× in, then back. */
    static final int NOTCHES = 24;
    /** The wheel's zoom per notch ({@code ZoomPanGesture}). */
    static final double PER_NOTCH = 1.15;

    /** Frames drawn and the time they took (ns), and the longest gap between two of them (ns). */
    record Result(int frames, long nanos, long longestGap) {
        double fps() {
            return frames > 1 ? (frames - 1) / (nanos / 1e9) : 0;
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
        new AnimationTimer() {
            private int notch;
            private long first;
            private long last;
            private long longest;

            @Override
            public void handle(long now) {
                if (first == 0) {
                    first = now;
                } else {
                    longest = Math.max(longest, now - last);
                }
                last = now;
                if (notch == 2 * NOTCHES) {
                    stop();
                    done.complete(new Result(notch + 1, now - first, longest));
                    return;
                }
                camera.zoomAt(notch++ < NOTCHES ? PER_NOTCH : 1 / PER_NOTCH, sx, sy);
            }
        }.start();
        return done;
    }
}
