package dev.sse.views.graph.canvas;

import javafx.scene.input.KeyCode;

/**
 * What a key pressed on the graph does, as plain data (issue 18 item 6: the graph took F for "fit" without looking
 * at the modifiers, so Ctrl+F never reached the window's find field).
 */
enum GraphKeys {
    /** The context menu key or Shift+F10: the selected node's menu. */
    MENU,
    /** F: fit the graph. */
    FIT,
    /** Tab: the next node. */
    NEXT,
    /** Shift+Tab: the previous node. */
    PREVIOUS,
    /** Escape: nothing selected. */
    CLEAR,
    /** Not the graph's: left to the window (accelerators such as Ctrl+F among them). */
    NONE;

    /** The action of {@code code}; {@code modified} is true when Ctrl, Alt, Meta or the shortcut key is down. */
    static GraphKeys of(KeyCode code, boolean shift, boolean modified) {
        if (code == KeyCode.CONTEXT_MENU || code == KeyCode.F10 && shift) {
            return MENU;
        }
        if (modified) {
            return NONE;
        }
        return switch (code) {
            case F -> FIT;
            case TAB -> shift ? PREVIOUS : NEXT;
            case ESCAPE -> CLEAR;
            default -> NONE;
        };
    }
}
