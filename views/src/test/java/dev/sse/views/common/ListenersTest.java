package dev.sse.views.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.event.Event;
import javafx.event.EventTarget;
import javafx.scene.input.MouseEvent;
import javafx.scene.shape.Rectangle;
import org.junit.jupiter.api.Test;

/**
 * Issue #18: what a feature adds to objects it does not own comes off again on close. Issue 21: one filter and one
 * handler method for every event target (JavaFX 21's {@link EventTarget} adds and removes both) instead of one
 * copy each for a window, a scene and a node.
 */
class ListenersTest {

    private static MouseEvent click() {
        return new MouseEvent(MouseEvent.MOUSE_CLICKED, 0, 0, 0, 0, null, 1, false, false, false, false, true,
                false, false, false, false, false, null);
    }

    @Test
    void aFilterAndAHandlerOnAnyTargetRunUntilClose() {
        EventTarget target = new Rectangle(10, 10);
        List<String> seen = new ArrayList<>();
        Listeners listeners = new Listeners();
        listeners.filter(target, MouseEvent.MOUSE_CLICKED, e -> seen.add("filter"));
        listeners.handler(target, MouseEvent.MOUSE_CLICKED, e -> seen.add("handler"));
        Event.fireEvent(target, click());
        assertThat(seen).containsExactly("filter", "handler");
        assertThat(listeners.size()).isEqualTo(2);

        listeners.close();
        Event.fireEvent(target, click());
        assertThat(seen).containsExactly("filter", "handler");
        assertThat(listeners.size()).isZero();
    }
}
