package dev.sse.app.commands;

import dev.sse.model.session.Observable;

/**
 * An edit as a pair of immutable states (a network, a fault list): the previous state is the memento,
 * so undo needs no bookkeeping. A continuous stake drag becomes one of these, committed on release.
 *
 * @param <T> the immutable state's type
 */
public final class StateEdit<T> implements Command {

    private final String name;
    private final Observable<T> target;
    private final T before;
    private final T after;

    public StateEdit(String name, Observable<T> target, T before, T after) {
        this.name = name;
        this.target = target;
        this.before = before;
        this.after = after;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void execute() {
        target.set(after);
    }

    @Override
    public void undo() {
        target.set(before);
    }
}
