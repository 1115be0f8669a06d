package dev.sse.app.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sse.app.files.NetworkLoader;
import dev.sse.model.network.graph.NetworkGraph;
import dev.sse.model.network.graph.NodeRef;
import dev.sse.views.graph.Camera;
import dev.sse.views.graph.GraphFrame;
import dev.sse.views.graph.layout.Position;
import dev.sse.views.graph.render.PulseLayer;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The pulse canvas clears only where its last stamps were (a full clear each frame was ~12% of the render thread in a
 * kusama wheel spin): after any sequence of phases, camera moves and resizes it shows exactly the pixels a canvas that
 * drew the last frame alone shows, so no stamp is ever left behind.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class PulseClearTest {

    private static final Color ORANGE = Color.web("#d55e00");
    private GraphFrame frame;
    private Set<NodeRef> pulsing;

    @Start
    void start(Stage stage) throws Exception {
        NetworkGraph graph = NetworkGraph.of(NetworkLoader.loadSample("textbook-domino"));
        Map<NodeRef, Position> positions = new HashMap<>();
        int i = 0;
        for (NodeRef ref : graph.graph().vertexSet()) {
            double angle = 2 * Math.PI * i++ / graph.graph().vertexSet().size();
            positions.put(ref, ref.isChain() ? new Position(80 * Math.cos(angle), 80 * Math.sin(angle))
                    : new Position(200 * Math.cos(angle), 200 * Math.sin(angle)));
        }
        frame = GraphFrame.of(graph, positions);
        pulsing = positions.keySet().stream().filter(r -> !r.isChain()).collect(Collectors.toSet());
        stage.setScene(new Scene(new Pane(), 100, 100));
        stage.show();
    }

    @Test
    void afterPhasesZoomsAndAResizeItShowsOnlyTheLastFramesStamps() throws Exception {
        Camera camera = new Camera();
        camera.frame(0, 0, 1, 500, 500);
        WritableImage[] shots = WaitForAsyncUtils.asyncFx(() -> {
            PulseLayer moving = layer(camera, 500, 500);
            for (double phase = 0; phase < 1; phase += 0.13) {
                moving.setPhase(phase);
            }
            camera.zoomAt(1.4, 250, 250);
            moving.setPhase(0.3);
            moving.setWidth(460);
            moving.setPhase(0.5);
            camera.panBy(17, -9);
            moving.redraw();
            moving.setPhase(0.61);
            PulseLayer once = layer(camera, 460, 500);
            once.setPhase(0.61);
            return new WritableImage[] {moving.snapshot(null, null), once.snapshot(null, null)};
        }).get();
        int[] moved = pixels(shots[0]);
        int[] once = pixels(shots[1]);
        assertThat(moved).hasSameSizeAs(once);
        assertThat(moved).isEqualTo(once);
        // and the frame is not empty: the stamps are there
        long orange = java.util.Arrays.stream(once).filter(p -> (p >>> 24) > 200 && ((p >> 16) & 0xff) > 180).count();
        assertThat(orange).as("stamped pixels").isGreaterThan(100);
    }

    private PulseLayer layer(Camera camera, double width, double height) {
        PulseLayer layer = new PulseLayer(camera, ORANGE);
        layer.setWidth(width);
        layer.setHeight(height);
        layer.setFrame(frame);
        layer.setPulsing(pulsing);
        return layer;
    }

    private static int[] pixels(WritableImage image) {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] out = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, javafx.scene.image.PixelFormat.getIntArgbInstance(), out, 0, w);
        return out;
    }
}
