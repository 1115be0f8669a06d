package dev.sse.views.graph.interact;

import dev.sse.model.network.graph.NodeRef;
import dev.sse.views.graph.Camera;
import dev.sse.views.graph.GraphFrame;
import dev.sse.views.graph.GraphViewModel;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Rectangle;

/** Shift+drag on the background draws a marquee; every node inside it joins the selection. */
public final class MarqueeGesture {

    private final Rectangle box = new Rectangle();
    private double startX;
    private double startY;
    private boolean active;

    public void install(Pane surface, Camera camera, GraphViewModel viewModel) {
        box.getStyleClass().add("marquee");
        box.setManaged(false);
        box.setVisible(false);
        box.setMouseTransparent(true);
        surface.getChildren().add(box);
        surface.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            active = e.isShiftDown() && !(e.getTarget() instanceof Circle);
            if (active) {
                startX = e.getX();
                startY = e.getY();
                box.setVisible(true);
                update(e.getX(), e.getY());
                e.consume();
            }
        });
        surface.addEventFilter(MouseEvent.MOUSE_DRAGGED, e -> {
            if (active) {
                update(e.getX(), e.getY());
                e.consume();
            }
        });
        surface.addEventFilter(MouseEvent.MOUSE_RELEASED, e -> {
            if (active) {
                active = false;
                box.setVisible(false);
                viewModel.selectAll(inside(viewModel.frameProperty().get(), camera), true);
                e.consume();
            }
        });
    }

    private void update(double x, double y) {
        box.setX(Math.min(startX, x));
        box.setY(Math.min(startY, y));
        box.setWidth(Math.abs(x - startX));
        box.setHeight(Math.abs(y - startY));
    }

    private List<NodeRef> inside(GraphFrame frame, Camera camera) {
        List<NodeRef> hits = new ArrayList<>();
        if (frame == null) {
            return hits;
        }
        frame.positions().forEach((ref, p) -> {
            double sx = camera.toScreenX(p);
            double sy = camera.toScreenY(p);
            if (sx >= box.getX() && sx <= box.getX() + box.getWidth() && sy >= box.getY() && sy <= box.getY() + box.getHeight()) {
                hits.add(ref);
            }
        });
        hits.sort(null);
        return hits;
    }

}
