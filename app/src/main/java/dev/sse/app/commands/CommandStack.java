package dev.sse.app.commands;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Undo/redo for every edit and fault (after Scene Builder's {@code JobManager}): bounded stacks, a
 * revision counter for autosave, and a guard against pushing from inside a
 * command. Plain Java, used on the FX thread; tested without a toolkit.
 */
public final class CommandStack {

    /** Default bound on remembered steps. */
    public static final int DEFAULT_DEPTH = 200;

    private final int maxDepth;
    private final Deque<Command> undo = new ArrayDeque<>();
    private final Deque<Command> redo = new ArrayDeque<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private long revision;
    private boolean running;

    public CommandStack() {
        this(DEFAULT_DEPTH);
    }

    public CommandStack(int maxDepth) {
        this.maxDepth = maxDepth;
    }

    /** Executes a command and makes it undoable; clears the redo stack. */
    public void execute(Command command) {
        guard(() -> {
            command.execute();
            undo.push(command);
            while (undo.size() > maxDepth) {
                undo.removeLast();
            }
            redo.clear();
            revision++;
        });
    }

    public void undo() {
        if (!undo.isEmpty()) {
            guard(() -> {
                Command c = undo.pop();
                c.undo();
                redo.push(c);
                revision++;
            });
        }
    }

    public void redo() {
        if (!redo.isEmpty()) {
            guard(() -> {
                Command c = redo.pop();
                c.execute();
                undo.push(c);
                revision++;
            });
        }
    }

    /** Forgets history (a new document was opened). */
    public void clear() {
        undo.clear();
        redo.clear();
        revision = 0;
        fire();
    }

    private void guard(Runnable action) {
        if (running) {
            throw new IllegalStateException("a command may not push or pop commands while it runs");
        }
        running = true;
        try {
            action.run();
        } finally {
            running = false;
        }
        fire();
    }

    private void fire() {
        listeners.forEach(Runnable::run);
    }

    public boolean canUndo() {
        return !undo.isEmpty();
    }

    public boolean canRedo() {
        return !redo.isEmpty();
    }

    public Optional<String> undoName() {
        return Optional.ofNullable(undo.peek()).map(Command::name);
    }

    public Optional<String> redoName() {
        return Optional.ofNullable(redo.peek()).map(Command::name);
    }

    /**
     * Counts every change since the last {@link #clear()} (execute, undo and redo each add one), so
     * autosave knows when there is something new. Whether the document differs from its file is
     * decided by content, not by this counter.
     */
    public long revision() {
        return revision;
    }

    /** Called after every change of the stacks. */
    public void addListener(Runnable listener) {
        listeners.add(listener);
    }
}
