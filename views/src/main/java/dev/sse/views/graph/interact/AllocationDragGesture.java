package dev.sse.views.graph.interact;

import dev.sse.model.network.graph.Link;
import dev.sse.views.graph.Camera;
import dev.sse.views.graph.GraphFrame;
import dev.sse.views.graph.GraphViewModel;
import dev.sse.views.graph.layout.Position;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.shape.Circle;

/**
 * Ctrl+drag along an allocation edge to change that allocation's amount: toward the chain puts more of the
 * validator's stake on it, toward the validator less (×2 per {@value StakeDragGesture#PIXELS_PER_DOUBLING} px along
 * the edge; a pooled allocation can only shrink, an explicit one grows at most to the stake the validator has not
 * set aside for other chains). The analysis follows as you drag; the release is one undoable edit; Esc cancels.
 * The edge is picked by geometry ({@link EdgePicker}); a press on a glyph is the stake gesture's.
 */
public final class AllocationDragGesture {

    private Link link;
    private double startX;
    private double startY;
    /** Unit vector from the validator to the chain on screen. */
    private double ux;
    private double uy;
    private double factor = 1;

    public void install(Node surface, Camera camera, GraphViewModel viewModel) {
        surface.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            link = null;
            GraphFrame frame = viewModel.frameProperty().get();
            if (!e.isShortcutDown() || e.getTarget() instanceof Circle || frame == null || viewModel.stakeEditor().isEmpty()) {
                return;
            }
            EdgePicker.allocationAt(frame, camera, e.getX(), e.getY()).ifPresent(edge -> {
                Position a = frame.positions().get(edge.link().source());
                Position b = frame.positions().get(edge.link().target());
                double dx = camera.toScreenX(b) - camera.toScreenX(a);
                double dy = camera.toScreenY(b) - camera.toScreenY(a);
                double length = Math.hypot(dx, dy);
                if (length == 0) {
                    return;
                }
                link = edge.link();
                ux = dx / length;
                uy = dy / length;
                startX = e.getX();
                startY = e.getY();
                factor = 1;
                viewModel.select(link.source());
                e.consume();
            });
        });
        surface.addEventFilter(MouseEvent.MOUSE_DRAGGED, e -> {
            if (link != null) {
                factor = StakeDragGesture.factorFor((e.getX() - startX) * ux + (e.getY() - startY) * uy);
                viewModel.stakeEditor().ifPresent(ed -> ed.previewAllocation(link.source().id(), link.target().id(), factor));
                e.consume();
            }
        });
        surface.addEventFilter(MouseEvent.MOUSE_RELEASED, e -> {
            if (link != null) {
                Link done = link;
                link = null;
                if (factor != 1) {
                    viewModel.stakeEditor().ifPresent(ed -> ed.commitAllocation(done.source().id(), done.target().id(), factor));
                }
                e.consume();
            }
        });
        surface.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (link != null && e.getCode() == KeyCode.ESCAPE) {
                link = null;
                viewModel.stakeEditor().ifPresent(GraphViewModel.StakeEditor::cancel);
                e.consume();
            }
        });
    }
}
