package dev.sse.views.graph.interact;

import dev.sse.model.network.graph.NodeRef;
import dev.sse.views.graph.GraphViewModel;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.shape.Circle;

/**
 * Ctrl+drag a validator's ring up or down to scale its stake: up grows it, down shrinks it
 * (×2 per 100 px). The analysis follows as you drag; the release is one undoable edit; Esc cancels.
 */
public final class StakeDragGesture {

    /** Pixels of vertical drag that double (or halve) the stake. */
    public static final double PIXELS_PER_DOUBLING = 100;

    private String validatorId;
    private double startY;
    private double factor = 1;

    public void install(Node surface, GraphViewModel viewModel) {
        surface.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            validatorId = null;
            if (e.isShortcutDown() && e.getTarget() instanceof Circle c && c.getUserData() instanceof NodeRef ref
                    && !ref.isChain() && viewModel.stakeEditor().isPresent()) {
                validatorId = ref.id();
                startY = e.getScreenY();
                factor = 1;
                viewModel.select(ref);
                e.consume();
            }
        });
        surface.addEventFilter(MouseEvent.MOUSE_DRAGGED, e -> {
            if (validatorId != null) {
                factor = factorFor(startY - e.getScreenY());
                viewModel.stakeEditor().ifPresent(ed -> ed.preview(validatorId, factor));
                e.consume();
            }
        });
        surface.addEventFilter(MouseEvent.MOUSE_RELEASED, e -> {
            if (validatorId != null) {
                String id = validatorId;
                validatorId = null;
                if (factor != 1) {
                    viewModel.stakeEditor().ifPresent(ed -> ed.commit(id, factor));
                }
                e.consume();
            }
        });
        surface.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (validatorId != null && e.getCode() == KeyCode.ESCAPE) {
                validatorId = null;
                viewModel.stakeEditor().ifPresent(GraphViewModel.StakeEditor::cancel);
                e.consume();
            }
        });
    }

    /** The stake factor for an upward drag of {@code dy} pixels: 2^(dy/100), so 0 px is ×1. */
    public static double factorFor(double dy) {
        return Math.pow(2, dy / PIXELS_PER_DOUBLING);
    }
}
