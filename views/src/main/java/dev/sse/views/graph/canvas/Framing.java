package dev.sse.views.graph.canvas;

import dev.sse.views.graph.Camera;
import dev.sse.views.graph.GraphFrame;
import dev.sse.views.graph.NodeItem;
import dev.sse.model.network.graph.NodeRef;
import java.util.Collection;
import java.util.List;

/**
 * What "fit" does with the camera: frame all nodes or a tour step's targets, their chain labels included
 * ({@link FitBounds}), clear of the legend, never zoomed in more than {@link #MAX_PARTIAL_ZOOM} × the whole
 * graph's fit nor beyond {@link #MAX_FIT_SCALE}; and fit the same nodes again when the view settles, unless the
 * user has moved the camera.
 */
final class Framing {

    static final double MARGIN = 24;
    /** Smallest world span a partial fit frames, so one node is shown with its surroundings. */
    static final double MIN_SPAN = 420;
    /** A partial fit (a tour step's nodes) zooms in at most this much beyond the fit of the whole graph. */
    static final double MAX_PARTIAL_ZOOM = 2.0;
    /**
     * Largest scale any fit chooses (200 %): a network of one or two chains filled a large window at 785 %,
     * glyphs the size of a fist and the labels (constant screen size) lost beside them; the wheel still zooms
     * further, up to {@link Camera#MAX_SCALE}.
     */
    static final double MAX_FIT_SCALE = 2.0;

    private final Camera camera;
    /** The camera right after the last fit, to tell whether the user has moved it since. */
    private double[] fitted;
    private List<NodeRef> fittedTargets = List.of();

    Framing(Camera camera) {
        this.camera = camera;
    }

    /**
     * Frames {@code targets} of {@code frame} (all nodes when empty or none shown) in a view of
     * {@code width × height} whose left {@code legendWidth} pixels the legend covers.
     */
    void fit(GraphFrame frame, Collection<NodeRef> targets, double viewWidth, double viewHeight, double legendWidth,
             double labelScale) {
        boolean all = targets.isEmpty() || frame.nodes().stream().noneMatch(n -> targets.contains(n.ref()));
        List<NodeItem> chosen = frame.nodes().stream().filter(n -> all || targets.contains(n.ref())).toList();
        double width = Math.max(1, viewWidth - legendWidth);
        double height = Math.max(1, viewHeight);
        double[] box = FitBounds.of(frame, chosen, labelScale, width, height, MARGIN, MARGIN);
        if (!all) {
            double grow = Math.max(0, MIN_SPAN - Math.max(box[2] - box[0], box[3] - box[1])) / 2;
            box = new double[] {box[0] - grow, box[1] - grow, box[2] + grow, box[3] + grow};
        }
        camera.fit(box[0], box[1], box[2], box[3], width, height, MARGIN, MARGIN);
        double cap = MAX_FIT_SCALE;
        if (!all) {
            // a tour step framing two nodes of a small graph would otherwise zoom in until the surroundings
            // (and the labels) leave the view
            double[] whole = FitBounds.of(frame, frame.nodes(), labelScale, width, height, MARGIN, MARGIN);
            cap = Math.min(cap, MAX_PARTIAL_ZOOM * Math.min((width - 2 * MARGIN) / Math.max(1, whole[2] - whole[0]),
                    (height - 2 * MARGIN) / Math.max(1, whole[3] - whole[1])));
        }
        if (camera.scale() > cap) {
            camera.frame((box[0] + box[2]) / 2, (box[1] + box[3]) / 2, cap, width, height);
        }
        camera.panBy(legendWidth, 0);
        fitted = new double[] {camera.scale(), camera.tx(), camera.ty()};
        fittedTargets = List.copyOf(targets);
    }

    /** Fits the last targets again through {@code refit} unless the user has panned or zoomed since the last fit. */
    void refitIfUntouched(java.util.function.Consumer<List<NodeRef>> refit) {
        if (fitted != null && fitted[0] == camera.scale() && fitted[1] == camera.tx() && fitted[2] == camera.ty()) {
            refit.accept(fittedTargets);
        }
    }
}
