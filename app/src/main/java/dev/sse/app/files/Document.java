package dev.sse.app.files;

import dev.sse.model.io.json.NetworkCodec;
import dev.sse.model.network.Network;
import dev.sse.model.session.Observable;
import java.io.IOException;
import dev.sse.model.simulation.fault.Fault;
import java.nio.file.Path;
import java.util.List;

/**
 * The open network: its current state (edited through commands), where it came from, and what was
 * last saved. Unsaved changes are decided by content: undoing back to the saved state is clean.
 */
public final class Document {

    private final Observable<Network> network;
    private final Observable<List<Fault>> faults = new Observable<>(List.of());
    private Network saved;
    private Path file;
    private String displayName;

    public Document(Network network, Path file, String displayName) {
        this.network = new Observable<>(network);
        this.saved = network;
        this.file = file;
        this.displayName = displayName;
    }

    /** The current network; commands set it, views subscribe to it. */
    public Observable<Network> network() {
        return network;
    }

    /** Faults injected in this session, in order; the simulation replays them on the current network. */
    public Observable<List<Fault>> faults() {
        return faults;
    }

    /** The file it is saved to, or null for a bundled sample or a new network. */
    public Path file() {
        return file;
    }

    public String displayName() {
        return displayName;
    }

    public boolean isDirty() {
        return !network.get().equals(saved);
    }

    /** Saves atomically to {@code target} (temporary file beside it, then rename) and remembers it. */
    public void saveTo(Path target) throws IOException {
        Network current = network.get();
        NetworkCodec.write(current, target);
        saved = current;
        file = target;
        displayName = target.getFileName().toString();
    }

    /** Forgets unsaved changes: the saved state becomes current again. */
    public void revert() {
        network.set(saved);
    }
}
