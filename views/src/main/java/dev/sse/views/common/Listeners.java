package dev.sse.views.common;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.event.Event;
import javafx.event.EventHandler;
import javafx.event.EventType;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Window;

/**
 * What a view or feature adds to objects it does not own (the stage, the scene, another feature's properties),
 * kept so that {@link #close()} takes all of it off again. Issue #18: 78 {@code addListener} calls and 4 removals
 * left a closed window's key filter on the reused stage; every feature now adds through one of these and closes it
 * when it closes. Not thread-safe: use it on the FX thread, like the objects it listens to.
 */
public final class Listeners implements AutoCloseable {

    private final List<Runnable> releases = new ArrayList<>();

    /** {@code value.addListener(listener)}, removed on close. */
    public <T> void listen(ObservableValue<T> value, ChangeListener<? super T> listener) {
        value.addListener(listener);
        releases.add(() -> value.removeListener(listener));
    }

    /** {@code observable.addListener(listener)} (invalidation), removed on close. */
    public void invalidated(Observable observable, InvalidationListener listener) {
        observable.addListener(listener);
        releases.add(() -> observable.removeListener(listener));
    }

    /** An event filter on a window, removed on close. */
    public <E extends Event> void filter(Window window, EventType<E> type, EventHandler<? super E> filter) {
        window.addEventFilter(type, filter);
        releases.add(() -> window.removeEventFilter(type, filter));
    }

    /** An event filter on a scene, removed on close. */
    public <E extends Event> void filter(Scene scene, EventType<E> type, EventHandler<? super E> filter) {
        scene.addEventFilter(type, filter);
        releases.add(() -> scene.removeEventFilter(type, filter));
    }

    /** An event filter on a node, removed on close. */
    public <E extends Event> void filter(Node node, EventType<E> type, EventHandler<? super E> filter) {
        node.addEventFilter(type, filter);
        releases.add(() -> node.removeEventFilter(type, filter));
    }

    /** An event handler on a window, removed on close. */
    public <E extends Event> void handler(Window window, EventType<E> type, EventHandler<? super E> handler) {
        window.addEventHandler(type, handler);
        releases.add(() -> window.removeEventHandler(type, handler));
    }

    /** An event handler on a scene, removed on close. */
    public <E extends Event> void handler(Scene scene, EventType<E> type, EventHandler<? super E> handler) {
        scene.addEventHandler(type, handler);
        releases.add(() -> scene.removeEventHandler(type, handler));
    }

    /** Anything else to undo on close (a {@code setOnXxx} handler, a stylesheet), run in reverse order of adding. */
    public void onClose(Runnable release) {
        releases.add(release);
    }

    /** How many additions are held (tests: the count stays flat while networks open and close). */
    public int size() {
        return releases.size();
    }

    /** Removes everything added, newest first; adding again afterwards starts a new set. */
    @Override
    public void close() {
        for (int i = releases.size() - 1; i >= 0; i--) {
            releases.get(i).run();
        }
        releases.clear();
    }
}
