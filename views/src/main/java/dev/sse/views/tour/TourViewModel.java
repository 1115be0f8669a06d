package dev.sse.views.tour;

import dev.sse.model.tour.Tour;
import dev.sse.model.tour.TourStep;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * A tour being shown: which step, whether Back and Next apply. Entering a step is delegated to a
 * {@link Director} (the app: camera, highlight, faults, timeline), so this stays a plain object to test.
 */
public final class TourViewModel {

    /** Makes a step happen on screen. {@code forward}: entered by Next (actions animate), else jumped to. */
    public interface Director {
        void enter(Tour tour, int index, boolean forward);
    }

    private final ReadOnlyObjectWrapper<Tour> tour = new ReadOnlyObjectWrapper<>(this, "tour");
    private final ReadOnlyIntegerWrapper index = new ReadOnlyIntegerWrapper(this, "index", -1);
    private final ReadOnlyStringWrapper caption = new ReadOnlyStringWrapper(this, "caption", "");
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper(this, "note", "");
    private final ReadOnlyBooleanWrapper canBack = new ReadOnlyBooleanWrapper(this, "canBack");
    private final ReadOnlyBooleanWrapper canNext = new ReadOnlyBooleanWrapper(this, "canNext");
    private Director director = (t, i, f) -> { };

    public void setDirector(Director director) {
        this.director = director;
    }

    /** Starts {@code next} at its first step; null ends the tour. */
    public void load(Tour next) {
        tour.set(next);
        if (next == null) {
            index.set(-1);
            caption.set("");
            note.set("");
            canBack.set(false);
            canNext.set(false);
        } else {
            go(0, false);
        }
    }

    public void next() {
        if (canNext.get()) {
            go(index.get() + 1, true);
        }
    }

    public void back() {
        if (canBack.get()) {
            go(index.get() - 1, false);
        }
    }

    public void restart() {
        if (tour.get() != null) {
            go(0, false);
        }
    }

    public void close() {
        load(null);
    }

    /** A remark under the caption (e.g. that an action is unavailable); cleared on every step. */
    public void setNote(String text) {
        note.set(text == null ? "" : text);
    }

    public boolean isActive() {
        return tour.get() != null;
    }

    public TourStep step() {
        return isActive() ? tour.get().steps().get(index.get()) : null;
    }

    private void go(int target, boolean forward) {
        Tour t = tour.get();
        index.set(target);
        caption.set(t.steps().get(target).caption());
        note.set("");
        canBack.set(target > 0);
        canNext.set(target < t.steps().size() - 1);
        director.enter(t, target, forward);
    }

    public ReadOnlyObjectProperty<Tour> tourProperty() { return tour.getReadOnlyProperty(); }
    public ReadOnlyIntegerProperty indexProperty() { return index.getReadOnlyProperty(); }
    public ReadOnlyStringProperty captionProperty() { return caption.getReadOnlyProperty(); }
    public ReadOnlyStringProperty noteProperty() { return note.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty canBackProperty() { return canBack.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty canNextProperty() { return canNext.getReadOnlyProperty(); }
}
