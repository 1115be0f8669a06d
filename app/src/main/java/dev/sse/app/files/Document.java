package dev.sse.app.files;

import dev.sse.app.i18n.Messages;
import dev.sse.model.io.json.NetworkCodec;
import dev.sse.model.io.json.NetworkFormatException;
import dev.sse.model.io.json.ScenarioCodec;
import dev.sse.model.network.Network;
import dev.sse.model.network.Settings;
import dev.sse.model.session.Observable;
import java.io.IOException;
import dev.sse.model.simulation.CascadePolicy;
import dev.sse.model.simulation.Scenario;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The open network and the faults injected into it (both edited through commands), where it came from, and what
 * was last saved. Unsaved changes are decided by content: undoing back to the saved state is clean. The faults are
 * the user's work too: Save stores them in the network file as the scenario {@value #SCENARIO_KEY}
 * (docs/scenario-format.md), and opening a file that has it puts them back in force.
 */
public final class Document {

    /** The key under {@code "scenarios"} that holds the document's own faults. */
    public static final String SCENARIO_KEY = "explorer";
    /** Seed of the explorer's own scenario: the same faults replay identically (GUI = CLI). */
    public static final long DEFAULT_SEED = 7;
    private static final Scenario NO_FAULTS = new Scenario(SCENARIO_KEY, List.of(), CascadePolicy.GREEDY, DEFAULT_SEED);
    private static final Logger LOG = Logger.getLogger(Document.class.getName());

    private final Observable<Network> network;
    private final Observable<Scenario> scenario;
    private Network saved;
    private Scenario savedScenario;
    private Path file;
    private String displayName;
    private final String sampleId;

    public Document(Network network, Path file, String displayName) {
        this(network, network, file, displayName, null);
    }

    private Document(Network current, Network saved, Path file, String displayName, String sampleId) {
        this.network = new Observable<>(current);
        this.scenario = new Observable<>(storedScenario(current));
        this.saved = saved;
        this.savedScenario = saved == null ? NO_FAULTS : storedScenario(saved);
        this.file = file;
        this.displayName = displayName;
        this.sampleId = sampleId;
    }

    /** A bundled sample: no file until it is saved. */
    public static Document ofSample(Network network, String sampleId) {
        return new Document(network, network, null, Messages.get("document.sample", sampleId), sampleId);
    }

    /**
     * Work restored after a crash: {@code current} is the recovered network (its faults stored as by Save),
     * {@code saved} what its origin holds now (the file's content or the sample), or null when that cannot be
     * read — then it stays unsaved until saved and there is nothing to revert to.
     */
    public static Document restored(Network current, Network saved, Path file, String displayName, String sampleId) {
        return new Document(current, saved, file, displayName, sampleId);
    }

    /** The current network; commands set it, views subscribe to it. */
    public Observable<Network> network() {
        return network;
    }

    /**
     * The scenario of this session: injected faults in order, cascade policy and seed; the simulation
     * replays it on the current network. Commands replace it whole, so undo covers every fault.
     */
    public Observable<Scenario> scenario() {
        return scenario;
    }

    /**
     * Puts a scenario in force that is not the user's work (a guided tour's step): it does not make the
     * document unsaved, and Save does not write it unless the user adds to it.
     */
    public void showScenario(Scenario shown) {
        boolean clean = scenario.get().equals(savedScenario);
        if (clean) {
            savedScenario = shown;
        }
        scenario.set(shown);
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

    /** Unsaved: the network or the injected faults differ from what was last saved (or nothing was). */
    public boolean isDirty() {
        return saved == null || !network.get().equals(saved) || !scenario.get().equals(savedScenario);
    }

    /**
     * The network as Save writes it: the current network with the faults in force stored under
     * {@value #SCENARIO_KEY} (left as it is when they are what the network already stores there).
     */
    public Network withScenario() {
        Network current = network.get();
        Scenario now = scenario.get();
        boolean stored = current.scenarios().containsKey(SCENARIO_KEY);
        if (now.equals(storedScenario(current)) && (stored || now.faults().isEmpty())) {
            return current;
        }
        return current.toBuilder().scenario(SCENARIO_KEY, ScenarioCodec.toSettings(now)).build();
    }

    /** Saves atomically to {@code target} (temporary file beside it, then rename) and remembers it. */
    public void saveTo(Path target) throws IOException {
        Network current = network.get();
        Scenario faults = scenario.get();
        NetworkCodec.write(withScenario(), target);
        saved = current;
        savedScenario = faults;
        file = target;
        displayName = target.getFileName().toString();
    }

    /** Forgets unsaved changes: the saved network and faults become current again (nothing to do when unknown). */
    public void revert() {
        if (saved != null) {
            network.set(saved);
            scenario.set(savedScenario);
        }
    }

    /** The faults a network stores under {@value #SCENARIO_KEY}, or none when it stores none or they do not fit it. */
    static Scenario storedScenario(Network network) {
        Settings settings = network.scenarios().get(SCENARIO_KEY);
        if (settings == null) {
            return NO_FAULTS;
        }
        try {
            Scenario s = ScenarioCodec.fromSettings(SCENARIO_KEY, settings, network);
            return new Scenario(s.name(), s.faults(), s.policy(), settings.has("seed") ? s.seed() : DEFAULT_SEED);
        } catch (NetworkFormatException e) {
            LOG.log(Level.INFO, "the stored scenario '" + SCENARIO_KEY + "' does not fit the network; opened without faults", e);
            return NO_FAULTS;
        }
    }
}
