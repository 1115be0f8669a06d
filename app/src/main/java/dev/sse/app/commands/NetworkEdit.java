package dev.sse.app.commands;

import dev.sse.model.network.Network;
import dev.sse.model.session.Observable;

/**
 * An edit of the network as a pair of immutable states: the previous network is the memento, so
 * undo needs no bookkeeping. A continuous stake drag becomes one of these, committed on release.
 */
public final class NetworkEdit implements Command {

    private final String name;
    private final Observable<Network> target;
    private final Network before;
    private final Network after;

    public NetworkEdit(String name, Observable<Network> target, Network before, Network after) {
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
