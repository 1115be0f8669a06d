package dev.sse.views.graph.interact;

import dev.sse.model.network.graph.NodeRef;
import dev.sse.views.graph.Camera;
import dev.sse.views.graph.GraphViewModel;
import dev.sse.views.graph.layout.Position;
import java.util.function.BiConsumer;
import javafx.scene.Node;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.shape.Circle;

/**
 * Dragging a node (no modifier) moves it; on release it is pinned there for the rest of the session.
 * While dragging only the glyph and the edge layer move; the frame is replaced once, on release.
 */
public final class NodeDragGesture {

    private NodeRef dragged;
    private double offsetX;
    private double offsetY;
    private boolean moved;

    /** {@code live} moves the glyph and its edges while dragging (world coordinates). */
    public void install(Node surface, Camera camera, GraphViewModel viewModel, BiConsumer<NodeRef, Position> live) {
        surface.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            dragged = null;
            if (e.getButton() == MouseButton.PRIMARY && !e.isShortcutDown() && !e.isShiftDown()
                    && e.getTarget() instanceof Circle c && c.getUserData() instanceof NodeRef ref) {
                dragged = ref;
                moved = false;
                offsetX = c.getCenterX() - world(e.getX(), camera.tx(), camera.scale());
                offsetY = c.getCenterY() - world(e.getY(), camera.ty(), camera.scale());
            }
        });
        surface.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            if (dragged != null) {
                moved = true;
                live.accept(dragged, at(e, camera));
                e.consume();
            }
        });
        surface.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            if (dragged != null && moved) {
                viewModel.pin(dragged, at(e, camera));
            }
            dragged = null;
        });
    }

    private Position at(MouseEvent e, Camera camera) {
        return new Position(world(e.getX(), camera.tx(), camera.scale()) + offsetX,
                world(e.getY(), camera.ty(), camera.scale()) + offsetY);
    }

    private static double world(double screen, double translate, double scale) {
        return (screen - translate) / scale;
    }
}
