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
 * Dragging a node (no modifier) moves it; on release it is pinned there for the rest of the session, one undoable
 * command ({@link GraphViewModel#dropped}). Ctrl (the stake and allocation gestures) and Shift (the marquee) leave it be.
 * Dropping a validator onto a chain allocates it to that chain instead (one undoable edit).
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
                NodeRef target = chainUnder(e, viewModel, camera);
                if (!dragged.isChain() && target != null && viewModel.stakeEditor().isPresent()) {
                    // dropped onto a chain: allocate to it; the glyph returns to its place
                    viewModel.stakeEditor().get().allocate(dragged.id(), target.id());
                    live.accept(dragged, viewModel.frameProperty().get().positions().get(dragged));
                } else {
                    viewModel.dropped(dragged, at(e, camera));
                }
            }
            dragged = null;
        });
    }

    /** The chain whose glyph is under the pointer, from the frame's positions and radii (not the scene). */
    private static NodeRef chainUnder(MouseEvent e, GraphViewModel viewModel, Camera camera) {
        var frame = viewModel.frameProperty().get();
        if (frame == null) {
            return null;
        }
        double wx = world(e.getX(), camera.tx(), camera.scale());
        double wy = world(e.getY(), camera.ty(), camera.scale());
        for (var item : frame.nodes()) {
            Position p = frame.positions().get(item.ref());
            // as drawn: zoomed far out a chain is magnified to stay readable (NodeLayer)
            double drawn = item.radius() * dev.sse.views.graph.render.ChainMagnification.of(camera.scale());
            if (item.isChain() && p != null && Math.hypot(p.x() - wx, p.y() - wy) <= drawn) {
                return item.ref();
            }
        }
        return null;
    }

    private Position at(MouseEvent e, Camera camera) {
        return new Position(world(e.getX(), camera.tx(), camera.scale()) + offsetX,
                world(e.getY(), camera.ty(), camera.scale()) + offsetY);
    }

    private static double world(double screen, double translate, double scale) {
        return (screen - translate) / scale;
    }
}
