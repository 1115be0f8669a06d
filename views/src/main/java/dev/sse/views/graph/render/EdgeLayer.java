package dev.sse.views.graph.render;

import dev.sse.model.network.graph.NodeRef;
import dev.sse.views.common.FxBridge;
import dev.sse.views.graph.Camera;
import dev.sse.views.graph.EdgeItem;
import dev.sse.views.graph.GraphFrame;
import dev.sse.views.graph.layout.Position;
import java.nio.IntBuffer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.beans.value.ObservableDoubleValue;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.transform.Affine;

/**
 * The edges, as one picture rasterised off the FX thread ({@link EdgeRaster}) and shown in an image view.
 * A change of frame, selection or camera asks for a new picture; requests made while one is being
 * drawn are coalesced into the next. Until it arrives, the last picture is moved and scaled to the
 * current camera, so panning and zooming stay smooth and a cascade step never stalls the animation.
 * Level of detail: thin allocation edges fade out as the graph gets larger or the camera zooms out,
 * and at most {@value #EDGE_BUDGET} allocations are drawn. For a k× export the picture is drawn at k
 * raster pixels per view pixel, synchronously ({@link #setPixelScale}).
 */
public final class EdgeLayer extends ImageView {

    /**
     * Level of detail for large graphs: at most this many allocation edges are stroked per picture (the
     * heaviest first, and only those with an end in view). The software pipeline is fill-rate bound on
     * long lines (about 2.6 fps for 10,000 of them, shared/toolchain.md §6), so thin edges fade out.
     */
    static final int EDGE_BUDGET = 3000;
    /** Opacity of securedBy edges. */
    public static final double SECURED_BY_ALPHA = 0.9;

    /** Rasterises off the FX thread on the executor the composition root gave the canvas (issue #18). */
    private final FxBridge raster;

    private final Camera camera;
    private final Affine placement = new Affine();
    private GraphFrame frame;
    private List<EdgeItem> allocations = List.of();
    private List<EdgeItem> securedBy = List.of();
    private final Map<NodeRef, Position> moved = new HashMap<>();
    private Set<NodeRef> focus = Set.of();
    private Color allocationColor = Color.web("#6b7a8f");
    private Color securedByColor = Color.web("#0072b2");
    private final Color focusColor = Color.web("#d55e00");
    private double pixelScale = 1;
    private ObservableDoubleValue viewWidth;
    private ObservableDoubleValue viewHeight;
    private EdgeRaster.Picture shown;
    /** The job of the last picture asked for: an identical job is not drawn again. */
    private EdgeRaster.Job lastJob;
    private long requested;
    private long shownRequest;
    private boolean drawing;
    private boolean stale;

    /** {@code raster}: where pictures are drawn (one background thread; results come back on the FX thread). */
    public EdgeLayer(Camera camera, java.util.concurrent.Executor raster) {
        this.camera = camera;
        this.raster = new FxBridge(raster);
        setMouseTransparent(true);
        setManaged(false);
        setSmooth(true);
        getTransforms().add(placement);
    }

    /** Follows the size of the view it covers. */
    public void track(ObservableDoubleValue width, ObservableDoubleValue height) {
        this.viewWidth = width;
        this.viewHeight = height;
        width.addListener(o -> redraw());
        height.addListener(o -> redraw());
        redraw();
    }

    /**
     * Draws k raster pixels per view pixel now, on this thread (2 or 4 while a HiDPI export is taken,
     * then back to 1), so a snapshot taken right after sees sharp edges.
     */
    public void setPixelScale(double k) {
        pixelScale = k;
        long request = ++requested;
        EdgeRaster.Job job = job();
        lastJob = job;
        show(job == null ? null : EdgeRaster.draw(job), request);
    }

    public void setFrame(GraphFrame frame) {
        this.frame = frame;
        moved.clear();
        List<List<EdgeItem>> kinds = EdgeRaster.byKind(frame.edges());
        allocations = kinds.get(0);
        securedBy = kinds.get(1);
        redraw();
    }

    /** Overrides every position at once (a layout transition); an empty map returns to the frame's positions. */
    public void moveAll(Map<NodeRef, Position> positions) {
        moved.clear();
        moved.putAll(positions);
        redraw();
    }

    /** A node being dragged: draw its edges from here until the next frame. */
    public void move(NodeRef ref, Position p) {
        moved.put(ref, p);
        redraw();
    }

    /** Edges touching these nodes are drawn emphasised (the selection). */
    public void setFocus(Set<NodeRef> nodes) {
        Set<NodeRef> next = Set.copyOf(nodes);
        if (!next.equals(focus)) {
            focus = next;
            redraw();
        }
    }

    public void setColors(Color allocation, Color securedBy) {
        this.allocationColor = allocation;
        this.securedByColor = securedBy;
        redraw();
    }

    /**
     * While the zoom changes, a new picture at most this often: the last one is scaled meanwhile. A picture per
     * wheel notch kept the raster thread drawing all through a spin (17–29 ms a picture on kusama) on a machine with
     * two cores for it, the FX thread and the render thread, and each new picture is a new image for the render
     * thread to upload; zooming kusama ran at 28–41 fps (docs/performance.md, "Zooming").
     */
    static final long ZOOM_REFRESH_NANOS = 250_000_000L;
    /** The picture at the zoom reached is asked for this long after the last change of zoom. */
    private final javafx.animation.PauseTransition zoomSettle =
            new javafx.animation.PauseTransition(javafx.util.Duration.millis(150));
    private long lastZoomRefresh;
    /** Pictures asked of the raster thread so far (the zoom test counts them). */
    private long pictures;

    {
        zoomSettle.setOnFinished(e -> redraw());
    }

    /**
     * The camera moved: a pan or a size change asks for a new picture at once ({@link #redraw}); a change of zoom
     * scales the last one and asks for a new one only every {@link #ZOOM_REFRESH_NANOS} and once the zoom settles.
     */
    public void cameraChanged() {
        if (shown == null || shown.scale() == camera.scale() || pixelScale != 1) {
            redraw();
            return;
        }
        place();
        zoomSettle.playFromStart();
        long now = System.nanoTime();
        if (now - lastZoomRefresh >= ZOOM_REFRESH_NANOS) {
            lastZoomRefresh = now;
            redraw();
        }
    }

    /** How many pictures were asked of the raster thread so far. */
    public long picturesAsked() {
        return pictures;
    }

    /** Moves the last picture to the camera now and asks for a new one (drawn off the FX thread). */
    public void redraw() {
        place();
        if (drawing) {
            stale = true;
            return;
        }
        EdgeRaster.Job job = job();
        if (job == null) {
            lastJob = null;
            show(null, ++requested);
            return;
        }
        if (job.samePicture(lastJob)) {
            return;
        }
        lastJob = job;
        drawing = true;
        pictures++;
        long request = ++requested;
        raster.compute(() -> EdgeRaster.draw(job)).whenComplete((picture, error) -> {
            drawing = false;
            if (picture != null) {
                show(picture, request);
            } else if (lastJob == job) {
                lastJob = null; // failed: the same job must be tried again
            }
            if (stale) {
                stale = false;
                redraw();
            }
        });
    }

    private EdgeRaster.Job job() {
        if (frame == null || viewWidth == null || viewWidth.get() < 1 || viewHeight.get() < 1) {
            return null;
        }
        Map<NodeRef, Position> positions = frame.positions();
        if (!moved.isEmpty()) {
            positions = new HashMap<>(positions);
            positions.putAll(moved);
        }
        return new EdgeRaster.Job(allocations, securedBy, positions, focus, camera.scale(), camera.tx(), camera.ty(),
                (int) Math.ceil(viewWidth.get() * pixelScale), (int) Math.ceil(viewHeight.get() * pixelScale),
                pixelScale, allocationAlpha(frame.edges().size(), camera.scale()), EDGE_BUDGET,
                new int[] {argb(allocationColor), argb(securedByColor), argb(focusColor)});
    }

    private void show(EdgeRaster.Picture picture, long request) {
        if (request < shownRequest) {
            return;
        }
        shownRequest = request;
        shown = picture;
        if (picture == null) {
            setImage(null);
            return;
        }
        PixelBuffer<IntBuffer> pixels = new PixelBuffer<>(picture.width(), picture.height(),
                IntBuffer.wrap(picture.pixels()), PixelFormat.getIntArgbPreInstance());
        setImage(new WritableImage(pixels));
        place();
    }

    /** Maps the shown picture (drawn for an earlier camera) onto the current camera. */
    private void place() {
        if (shown == null) {
            return;
        }
        double k = camera.scale() / shown.scale();
        placement.setToTransform(k / shown.pixelScale(), 0, camera.tx() - shown.tx() * k,
                0, k / shown.pixelScale(), camera.ty() - shown.ty() * k);
    }

    /** {@code c} as 0xAARRGGBB, each channel rounded: the one colour packing of the graph's pictures and probes. */
    public static int argb(Color c) {
        return (int) Math.round(c.getOpacity() * 255) << 24 | (int) Math.round(c.getRed() * 255) << 16
                | (int) Math.round(c.getGreen() * 255) << 8 | (int) Math.round(c.getBlue() * 255);
    }

    /** Opacity of allocation edges: fades with the number of edges and when zoomed out (level of detail). */
    public static double allocationAlpha(int edgeCount, double cameraScale) {
        double lod = Math.min(1, 600.0 / Math.max(1, edgeCount)) * Math.min(1, cameraScale * 1.5);
        return Math.max(0.06, Math.min(0.55, 0.55 * Math.sqrt(lod)));
    }

    /** Thinnest edge in world units at a camera scale: about half a screen pixel, so edges never vanish. */
    public static double thinnestEdge(double cameraScale) {
        return 0.5 / cameraScale;
    }

    public Color allocationColor() {
        return allocationColor;
    }

    public Color securedByColor() {
        return securedByColor;
    }
}
