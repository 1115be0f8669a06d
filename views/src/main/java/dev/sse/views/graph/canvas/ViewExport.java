package dev.sse.views.graph.canvas;

import dev.sse.views.graph.Camera;
import dev.sse.views.graph.GraphFrame;
import dev.sse.views.graph.export.GlyphStyle;
import dev.sse.views.graph.export.SvgExporter;
import dev.sse.views.graph.export.SvgStyle;
import dev.sse.views.graph.render.EdgeLayer;
import dev.sse.views.graph.render.NodeLayer;
import dev.sse.views.graph.render.NoteLayer;
import javafx.geometry.Rectangle2D;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.Shape;
import javafx.scene.text.Text;
import javafx.scene.transform.Transform;

/**
 * The graph canvas as a file: a picture of the view as shown at k× its pixels, and the current frame as SVG with
 * the colours, outlines and labels on screen. The canvas's exports ({@link GraphView#snapshot(double)},
 * {@link GraphView#toSvg()}); FX thread.
 */
final class ViewExport {

    private ViewExport() {
    }

    /** {@code view} exactly as shown at {@code scale} × its size; the edges are drawn again at that resolution. */
    static WritableImage picture(Region view, EdgeLayer edges, double scale) {
        int w = (int) Math.ceil(view.getWidth());
        int h = (int) Math.ceil(view.getHeight());
        edges.setPixelScale(scale);
        try {
            SnapshotParameters params = new SnapshotParameters();
            params.setTransform(Transform.scale(scale, scale));
            params.setViewport(new Rectangle2D(0, 0, w * scale, h * scale));
            return view.snapshot(params, null);
        } finally {
            edges.setPixelScale(1);
        }
    }

    /** {@code frame} as SVG as {@code view} shows it through {@code camera}. */
    static String svg(Region view, GraphFrame frame, Camera camera, NodeLayer nodes, EdgeLayer edges, NoteLayer notes) {
        Text anyLabel = nodes.labels().getChildren().isEmpty() ? null : (Text) nodes.labels().getChildren().get(0);
        Shape anyBackdrop = nodes.backdrops().getChildren().isEmpty() ? null
                : (Shape) nodes.backdrops().getChildren().get(0);
        SvgStyle style = new SvgStyle(canvasColor(view), edges.allocationColor(), edges.securedByColor(),
                ref -> nodes.glyph(ref) == null ? null : GlyphStyle.of(nodes.glyph(ref)),
                anyLabel != null && anyLabel.getFill() instanceof Color c ? c : Color.BLACK,
                // the SVG keeps a halo of the backdrop's colour (SVG draws one cheaply with paint-order)
                anyBackdrop != null && anyBackdrop.getFill() instanceof Color c ? c : null, NodeLayer.LABEL_BACKDROP_PAD,
                anyLabel != null ? anyLabel.getFont().getFamily() : "System", nodes.labelOpacity());
        return SvgExporter.write(frame, camera.scale(), camera.tx(), camera.ty(), Math.ceil(view.getWidth()),
                Math.ceil(view.getHeight()), style, notes.callouts());
    }

    /** The canvas colour, {@code view}'s first background fill (the stylesheet's {@code -sse-canvas}); white before it is styled. */
    static Color canvasColor(Region view) {
        return view.getBackground() != null && !view.getBackground().getFills().isEmpty()
                && view.getBackground().getFills().get(0).getFill() instanceof Color c ? c : Color.WHITE;
    }
}
