package dev.sse.app.commands;

/** One undoable step: an edit, a fault, a derived variant. */
public interface Command {

    /** What the Edit menu shows, e.g. "Undo change stake of v12". */
    String name();

    void execute();

    void undo();
}
