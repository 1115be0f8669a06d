package dev.sse.app.files;

import dev.sse.app.i18n.Messages;
import dev.sse.model.io.json.NetworkCodec;
import dev.sse.model.network.Network;
import dev.sse.model.session.Observable;
import java.io.IOException;
import dev.sse.model.simulation.CascadePolicy;
import dev.sse.model.simulation.Scenario;
import java.nio.file.Path;
import java.util.List;

/**
 * The open network: its current state (edited through commands), where it came from, and what was
 * last saved. Unsaved changes are decided by content: undoing back to the saved state is clean.
 */
public final class Document {

    private final Observable<Network> network;
    private final Observable<Scenario> scenario = new Observable<>(
            new Scenario("explorer", List.of(), CascadePolicy.GREEDY, DEFAULT_SEED));
    private Network saved;
    private Path file;
    private String displayName;
    private final String sampleId;

    public Document(Network network, Path file, String displayName) {
        this(network, network, file, displayName, null);
    }

    private Document(Network current, Network saved, Path file, String displayName, String sampleId) {
        this.network = new Observable<>(current);
        this.saved = saved;
        this.file = file;
        this.displayName = displayName;
        this.sampleId = sampleId;
    }

    /** A bundled sample: no file until it is saved. */
    public static Document ofSample(Network network, String sampleId) {
        return new Document(network, network, null, Messages.get("document.sample", sampleId), sampleId);
    }

    /**
     * Work restored after a crash: {@code current} is the recovered network, {@code saved} what its origin
     * holds now (the file's content or the sample), or null when that cannot be read — then it stays
     * unsaved until saved and there is nothing to revert to.
     */
    public static Document restored(Network current, Network saved, Path file, String displayName, String sampleId) {
        return new Document(current, saved, file, displayName, sampleId);
    }

    /** The current network; commands set it, views subscribe to it. */
    public Observable<Network> network() {
        return network;
    }

    /** Seed of the explorer's own scenario: the same faults replay identically (GUI = CLI). */
    public static final long DEFAULT_SEED = 7;

    /**
     * The scenario of this session: injected faults in order, cascade policy and seed; the simulation
     * replays it on the current network. Commands replace it whole, so undo covers every fault.
     */
    public Observable<Scenario> scenario() {
        return scenario;
    }

    /** The file it is saved to, or null for a bundled sample or a new network. */
    public Path file() {
        return file;
    }

    public String displayName() {
        return displayName;
    }

    /** The bundled sample it was opened from, or null. */
    public String sampleId() {
        return sampleId;
    }

    public boolean isDirty() {
        return saved == null || !network.get().equals(saved);
    }

    /** Saves atomically to {@code target} (temporary file beside it, then rename) and remembers it. */
    public void saveTo(Path target) throws IOException {
        Network current = network.get();
        NetworkCodec.write(current, target);
        saved = current;
        file = target;
        displayName = target.getFileName().toString();
    }

    /** Forgets unsaved changes: the saved state becomes current again (nothing to do when it is unknown). */
    public void revert() {
        if (saved != null) {
            network.set(saved);
        }
    }
}
