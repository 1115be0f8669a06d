package dev.sse.views.graph.interact;

import dev.sse.views.graph.Camera;
import javafx.scene.Node;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;

/** Scroll zooms to the cursor; dragging the background with the primary or middle button pans. */
public final class ZoomPanGesture {

    private static final double ZOOM_PER_NOTCH = 1.15;
    private double lastX;
    private double lastY;
    private boolean panning;

    public void install(Node surface, Camera camera) {
        surface.addEventHandler(ScrollEvent.SCROLL, e -> {
            if (e.getDeltaY() != 0) {
                camera.zoomAt(e.getDeltaY() > 0 ? ZOOM_PER_NOTCH : 1 / ZOOM_PER_NOTCH, e.getX(), e.getY());
                e.consume();
            }
        });
        surface.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            boolean onBackground = !(e.getTarget() instanceof javafx.scene.shape.Circle);
            panning = e.getButton() == MouseButton.MIDDLE || (e.getButton() == MouseButton.PRIMARY && onBackground);
            lastX = e.getX();
            lastY = e.getY();
        });
        surface.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            if (panning) {
                camera.panBy(e.getX() - lastX, e.getY() - lastY);
                lastX = e.getX();
                lastY = e.getY();
            }
        });
        surface.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> panning = false);
    }
}
