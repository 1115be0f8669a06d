package dev.sse.views.common;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.event.Event;
import javafx.event.EventHandler;
import javafx.event.EventTarget;
import javafx.event.EventType;

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

    /** An event filter on a window, a scene, a node or any other event target, removed on close. */
    public <E extends Event> void filter(EventTarget target, EventType<E> type, EventHandler<? super E> filter) {
        target.addEventFilter(type, filter);
        releases.add(() -> target.removeEventFilter(type, filter));
    }

    /** An event handler on a window, a scene, a node or any other event target, removed on close. */
    public <E extends Event> void handler(EventTarget target, EventType<E> type, EventHandler<? super E> handler) {
        target.addEventHandler(type, handler);
        releases.add(() -> target.removeEventHandler(type, handler));
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
