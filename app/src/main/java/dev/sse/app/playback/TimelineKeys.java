package dev.sse.app.playback;

import dev.sse.views.timeline.TimelineViewModel;
import javafx.scene.input.KeyCode;

/**
 * The playback keys of a timeline, the main window's and the Compare window's lockstep one alike (issue 21: one map,
 * not two): Space plays or pauses, Right and Page Down step forward, Left and Page Up step back, Home goes to the
 * start and End to the end. The windows leave them alone while the user types. Its own package, below both
 * {@code app.shell} and {@code app.compare}, so that neither window's package depends on the other's for it.
 */
public final class TimelineKeys {

    private TimelineKeys() {
    }

    /** Applies the key {@code code} to {@code timeline}; false (and nothing done) for any other key. */
    public static boolean apply(KeyCode code, TimelineViewModel timeline) {
        switch (code) {
            case SPACE -> timeline.togglePlay();
            case RIGHT, PAGE_DOWN -> timeline.stepForward();
            case LEFT, PAGE_UP -> timeline.stepBack();
            case HOME -> timeline.toStart();
            case END -> timeline.toEnd();
            default -> {
                return false;
            }
        }
        return true;
    }
}
