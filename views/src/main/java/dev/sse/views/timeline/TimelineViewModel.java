package dev.sse.views.timeline;

import dev.sse.model.simulation.SimState;
import dev.sse.model.simulation.SimStep;
import dev.sse.model.simulation.SimTrace;
import dev.sse.model.simulation.event.SimEvent;
import dev.sse.views.common.ViewText;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Playback of a simulation trace: position 0 is the network before the faults, position k the state
 * after step k. Stepping, scrubbing and speed live here; the view only drives the clock. Nothing is
 * simulated here: the trace comes from the engine, whole and immutable.
 */
public final class TimelineViewModel {

    /** Allowed playback speeds (steps per second at 1× is {@link #BASE_STEPS_PER_SECOND}). */
    public static final double MIN_SPEED = 0.5;
    public static final double MAX_SPEED = 4;
    public static final double BASE_STEPS_PER_SECOND = 1;

    private final ReadOnlyObjectWrapper<SimTrace> trace = new ReadOnlyObjectWrapper<>(this, "trace");
    private final ReadOnlyIntegerWrapper position = new ReadOnlyIntegerWrapper(this, "position");
    private final ReadOnlyIntegerWrapper length = new ReadOnlyIntegerWrapper(this, "length");
    private final ReadOnlyObjectWrapper<SimState> state = new ReadOnlyObjectWrapper<>(this, "state");
    private final ReadOnlyStringWrapper caption = new ReadOnlyStringWrapper(this, "caption", ViewText.get("timeline.noFaults"));
    private final BooleanProperty playing = new SimpleBooleanProperty(this, "playing");
    /** Playing on from the start when the end is reached (a presenter's demo), instead of stopping there. */
    private final BooleanProperty loop = new SimpleBooleanProperty(this, "loop");
    private final DoubleProperty speed = new SimpleDoubleProperty(this, "speed", 1);
    private final ObservableList<EventRow> log = FXCollections.observableArrayList();
    private final ObservableList<EventRow> readOnlyLog = FXCollections.unmodifiableObservableList(log);

    /** Shows a new trace at position 0 (before the faults); null clears the timeline. */
    public void load(SimTrace next) {
        playing.set(false);
        trace.set(next);
        length.set(next == null ? 0 : next.steps().size());
        seek(0);
    }

    public void seek(int target) {
        SimTrace t = trace.get();
        int p = Math.max(0, Math.min(target, length.get()));
        position.set(p);
        if (t == null) {
            state.set(null);
            log.clear();
            caption.set(ViewText.get("timeline.noFaults"));
            note.set("");
            return;
        }
        state.set(p == 0 ? t.initial() : t.steps().get(p - 1).state());
        List<EventRow> rows = new ArrayList<>();
        for (int i = 0; i < p; i++) {
            SimStep step = t.steps().get(i);
            for (SimEvent e : step.events()) {
                rows.add(EventRow.of(i + 1, e));
            }
        }
        replaceTail(rows);
        caption.set(captionAt(t, p));
        note.set(stepNotes.getOrDefault(p, ""));
        if (p >= length.get() && !loop.get()) {
            playing.set(false);
        }
    }

    /**
     * Makes the log equal to {@code rows} by changing only what differs after their common beginning: a step
     * forward appends that step's events, a step back removes them, and the event log re-lays out a few
     * cells instead of all of them.
     */
    private void replaceTail(List<EventRow> rows) {
        int common = 0;
        int limit = Math.min(rows.size(), log.size());
        while (common < limit && rows.get(common).equals(log.get(common))) {
            common++;
        }
        if (common < log.size()) {
            log.remove(common, log.size());
        }
        if (common < rows.size()) {
            log.addAll(rows.subList(common, rows.size()));
        }
    }

    private static String captionAt(SimTrace t, int p) {
        if (p == 0) {
            return ViewText.get("timeline.before", String.valueOf(t.steps().size()));
        }
        SimStep step = t.steps().get(p - 1);
        String head = step.round() == 0 ? ViewText.get("timeline.fault", String.valueOf(p))
                : ViewText.get("timeline.round", String.valueOf(step.round()));
        String sentence = step.events().isEmpty() ? ViewText.get("timeline.nothingHappened") : step.events().get(step.events().size() - 1).because();
        return ViewText.get("timeline.caption", head, String.valueOf(p), String.valueOf(t.steps().size()), sentence);
    }

    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper(this, "note", "");
    private java.util.Map<Integer, String> stepNotes = java.util.Map.of();

    /** Notes of the current scenario by step (1 = first); the one of the current step is {@link #noteProperty()}. */
    public void setStepNotes(java.util.Map<Integer, String> notes) {
        stepNotes = java.util.Map.copyOf(notes);
        note.set(trace.get() == null ? "" : stepNotes.getOrDefault(position.get(), ""));
    }

    /** The note on the step shown now, or "" (none, or before the first step). */
    public ReadOnlyStringProperty noteProperty() {
        return note.getReadOnlyProperty();
    }

    /** The next step; looping while playing, the end is followed by the start (position 0) and playing goes on. */
    public void stepForward() {
        boolean wrap = loop.get() && playing.get() && position.get() >= length.get();
        seek(wrap ? 0 : position.get() + 1);
    }

    public void stepBack() {
        playing.set(false);
        seek(position.get() - 1);
    }

    public void toStart() {
        playing.set(false);
        seek(0);
    }

    public void toEnd() {
        seek(length.get());
    }

    /** Play/pause; playing from the end starts again from the beginning. */
    public void togglePlay() {
        if (trace.get() == null) {
            return;
        }
        if (!playing.get() && position.get() >= length.get()) {
            seek(0);
        }
        playing.set(!playing.get() && length.get() > 0);
    }

    /** Sets the speed, clamped to 0.5–4×. */
    public void setSpeed(double value) {
        speed.set(Math.max(MIN_SPEED, Math.min(MAX_SPEED, value)));
    }

    /** Seconds between two steps at the current speed. */
    public double secondsPerStep() {
        return 1 / (BASE_STEPS_PER_SECOND * speed.get());
    }

    public ReadOnlyObjectProperty<SimTrace> traceProperty() { return trace.getReadOnlyProperty(); }
    public ReadOnlyIntegerProperty positionProperty() { return position.getReadOnlyProperty(); }
    public ReadOnlyIntegerProperty lengthProperty() { return length.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<SimState> stateProperty() { return state.getReadOnlyProperty(); }
    public ReadOnlyStringProperty captionProperty() { return caption.getReadOnlyProperty(); }
    public BooleanProperty playingProperty() { return playing; }
    public BooleanProperty loopProperty() { return loop; }
    public DoubleProperty speedProperty() { return speed; }
    public ObservableList<EventRow> log() { return readOnlyLog; }
}
