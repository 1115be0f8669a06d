package dev.sse.model.session;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * A value that tells its subscribers when it changes, without JavaFX (after Bisq 2's
 * {@code Observable}). A new subscriber receives the current value at once. Thread-safe; listeners run
 * on the thread that sets the value, so the views hop to the FX thread through their bridge.
 *
 * @param <T> the value's type
 */
public final class Observable<T> {

    private final List<Consumer<? super T>> listeners = new CopyOnWriteArrayList<>();
    private volatile T value;

    public Observable(T initial) {
        this.value = initial;
    }

    public T get() {
        return value;
    }

    /** Sets the value and notifies subscribers when it differs from the current one. */
    public void set(T next) {
        if (Objects.equals(value, next)) {
            return;
        }
        value = next;
        listeners.forEach(l -> l.accept(next));
    }

    /** Subscribes; the listener gets the current value immediately. Close the subscription to stop. */
    public Subscription subscribe(Consumer<? super T> listener) {
        listeners.add(listener);
        listener.accept(value);
        return () -> listeners.remove(listener);
    }
}
