package dev.sse.views.graph.render;

import dev.sse.model.network.graph.NodeRef;
import dev.sse.views.graph.layout.Position;
import java.util.HashMap;
import java.util.Map;
import javafx.animation.AnimationTimer;

/**
 * Animates a change of layout: every node glides from its old position to its new one (ease-in-out,
 * {@value #MILLIS} ms), edges following, so the eye can track what moved where.
 */
public final class LayoutTransition {

    static final long MILLIS = 600;

    private final NodeLayer nodes;
    private final EdgeLayer edges;
    private AnimationTimer timer;

    public LayoutTransition(NodeLayer nodes, EdgeLayer edges) {
        this.nodes = nodes;
        this.edges = edges;
    }

    /** Glides from {@code from} to {@code to}; the layers already hold the target frame. */
    public void play(Map<NodeRef, Position> from, Map<NodeRef, Position> to, Runnable onFinished) {
        stop();
        timer = new AnimationTimer() {
            private long start;

            @Override
            public void handle(long now) {
                if (start == 0) {
                    start = now;
                }
                double t = Math.min(1, (now - start) / (MILLIS * 1e6));
                double e = t < 0.5 ? 2 * t * t : 1 - Math.pow(-2 * t + 2, 2) / 2;
                Map<NodeRef, Position> at = new HashMap<>();
                to.forEach((ref, target) -> {
                    Position source = from.getOrDefault(ref, target);
                    Position p = new Position(source.x() + (target.x() - source.x()) * e,
                            source.y() + (target.y() - source.y()) * e);
                    at.put(ref, p);
                    nodes.moveGlyph(ref, p);
                });
                edges.moveAll(at);
                if (t >= 1) {
                    stop();
                    edges.moveAll(Map.of());
                    onFinished.run();
                }
            }
        };
        timer.start();
    }

    public void stop() {
        if (timer != null) {
            timer.stop();
            timer = null;
        }
    }
}
