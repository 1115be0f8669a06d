package dev.sse.app.testing;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.Map;
import javafx.event.EventDispatcher;

/**
 * How many event handlers and filters are registered on a window or a scene, summed over every event type. JavaFX has
 * no public count; this reads {@code com.sun.javafx.event.EventHandlerManager} (the dispatcher behind
 * {@code addEventFilter}/{@code addEventHandler}) by reflection, which the class path allows. Issue #18: a listener a
 * feature adds must be released when it closes, so these counts must come back to where they started.
 */
public final class HandlerCount {

    private HandlerCount() {
    }

    /** Handlers plus filters registered on {@code target} (a {@code Window} or a {@code Scene}). */
    public static int of(Object target) {
        return byType(target).values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Handlers plus filters per event type, for a failure message that says which ones were left. */
    public static Map<String, Integer> byType(Object target) {
        try {
            EventDispatcher dispatcher = (EventDispatcher) target.getClass().getMethod("getEventDispatcher").invoke(target);
            Method manager = dispatcher.getClass().getMethod("getEventHandlerManager");
            manager.setAccessible(true);
            Object handlers = manager.invoke(dispatcher);
            Field map = handlers.getClass().getDeclaredField("eventHandlerMap");
            map.setAccessible(true);
            Map<String, Integer> counts = new java.util.TreeMap<>();
            for (Map.Entry<?, ?> e : ((Map<?, ?>) map.get(handlers)).entrySet()) {
                int n = records(e.getValue());
                if (n > 0) {
                    counts.put(String.valueOf(e.getKey()), n);
                }
            }
            return counts;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("JavaFX's event handler manager changed: " + e, e);
        }
    }

    /**
     * Walks a {@code CompositeEventHandler}'s linked records (one per handler or filter added) and counts its single
     * {@code setOnXxx} handler too.
     */
    private static int records(Object composite) throws ReflectiveOperationException {
        Field first = composite.getClass().getDeclaredField("firstRecord");
        first.setAccessible(true);
        Field single = composite.getClass().getDeclaredField("eventHandler");
        single.setAccessible(true);
        int count = single.get(composite) == null ? 0 : 1;
        for (Object r = first.get(composite); r != null; ) {
            count++;
            Field next = r.getClass().getSuperclass().getDeclaredField("nextRecord");
            next.setAccessible(true);
            r = next.get(r);
        }
        return count;
    }
}
