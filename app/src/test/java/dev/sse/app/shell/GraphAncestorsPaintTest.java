package dev.sse.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sse.app.testing.OpenWindow;
import dev.sse.app.testing.WindowArgs;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.Region;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 23: the regions above the graph paint nothing of their own. Every frame of a wheel zoom repaints the graph's
 * area, and Prism paints the backgrounds of the graph's ancestors there too; the theme's split panes had a
 * transparent fill, which the software pipeline blended over all of it twice per frame (28% of the render thread on
 * kusama, JFR). shell.css takes the fill away: {@code .split-pane { -fx-background-color: null; }}.
 */
@Tag("ui")
@WindowArgs({"--sample", "cosmos-hub-ics"})
class GraphAncestorsPaintTest extends OpenWindow {

    @Test
    void theSplitPanesAroundTheGraphFillNothing() throws Exception {
        List<SplitPane> splits = WaitForAsyncUtils.asyncFx(() -> {
            stage.getScene().getRoot().applyCss();
            List<SplitPane> found = new ArrayList<>();
            Node graph = stage.getScene().getRoot().lookup(".sse-graph");
            for (Parent p = graph.getParent(); p != null; p = p.getParent()) {
                if (p instanceof SplitPane s) {
                    found.add(s);
                }
            }
            return found;
        }).get();
        assertThat(splits).hasSize(2);
        for (Region r : splits) {
            assertThat(r.getBackground() == null || r.getBackground().getFills().isEmpty())
                    .as("background fills of %s", r).isTrue();
        }
    }
}
