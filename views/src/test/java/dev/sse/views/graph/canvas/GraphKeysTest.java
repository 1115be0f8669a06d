package dev.sse.views.graph.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/** The graph's keys as plain data; issue 18 item 6: with a modifier down, F is the window's (Ctrl+F finds), not fit. */
class GraphKeysTest {

    @Test
    void fTabAndEscapeAreTheGraphsOnlyWithoutModifiers() {
        assertThat(GraphKeys.of(KeyCode.F, false, false)).isEqualTo(GraphKeys.FIT);
        assertThat(GraphKeys.of(KeyCode.F, false, true)).isEqualTo(GraphKeys.NONE);
        assertThat(GraphKeys.of(KeyCode.TAB, false, false)).isEqualTo(GraphKeys.NEXT);
        assertThat(GraphKeys.of(KeyCode.TAB, true, false)).isEqualTo(GraphKeys.PREVIOUS);
        assertThat(GraphKeys.of(KeyCode.ESCAPE, false, false)).isEqualTo(GraphKeys.CLEAR);
        assertThat(GraphKeys.of(KeyCode.A, false, false)).isEqualTo(GraphKeys.NONE);
    }

    @Test
    void theMenuKeyAndShiftF10OpenTheNodesMenu() {
        assertThat(GraphKeys.of(KeyCode.CONTEXT_MENU, false, false)).isEqualTo(GraphKeys.MENU);
        assertThat(GraphKeys.of(KeyCode.F10, true, false)).isEqualTo(GraphKeys.MENU);
        assertThat(GraphKeys.of(KeyCode.F10, false, false)).isEqualTo(GraphKeys.NONE);
    }
}
