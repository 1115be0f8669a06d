package dev.sse.app.cli;

import dev.sse.app.files.NetworkLoader;
import dev.sse.model.io.json.FileAccess;
import dev.sse.model.io.json.NetworkCodec;
import dev.sse.model.io.json.NetworkFormatException;
import dev.sse.model.io.json.ScenarioCodec;
import dev.sse.model.io.json.UserText;
import dev.sse.model.network.Network;
import dev.sse.model.network.Settings;
import dev.sse.model.simulation.Scenario;
import dev.sse.samples.SampleNetworks;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * The NETWORK argument of {@code sweep}, {@code montecarlo}, {@code report} and {@code export}: a network file (read
 * as every file is, {@link NetworkLoader#load}), or the id of a bundled sample
 * (e.g. {@code cosmos-hub-ics}) when no file of that name exists.
 */
public final class NetworkSource {

    private NetworkSource() {
    }

    static Network load(String arg) throws IOException, NetworkFormatException {
        Path file = fileOrNull(arg);
        if (file != null) {
            return NetworkLoader.load(file); // format v1, or GraphML/GEXF by extension, as every command reads a file
        }
        var sample = SampleNetworks.byId(arg);
        if (sample.isPresent()) {
            try (InputStream in = sample.get().open()) {
                return NetworkCodec.read(sample.get().file(), in);
            }
        }
        throw new NoSuchFileException(arg, null, "no such file, and no bundled sample of that id");
    }

    /**
     * Why {@code arg} cannot be opened, in one line ("file:line:column: $.path: what was expected", "no such
     * file, and no bundled sample of that id"), or null when it can. Lets the window's benchmark modes fail
     * like the commands instead of waiting on an error dialog nobody will close.
     */
    public static String problem(String arg) {
        try {
            load(arg);
            return null;
        } catch (IOException | NetworkFormatException e) {
            return UserText.escape(describe(arg, e));
        }
    }

    /**
     * One line for a failure of {@link #load}: the first problem of a bad file (and how many more), or why
     * {@code arg} is unreadable ("cannot read ARG: is a directory").
     */
    static String describe(Object arg, Exception e) {
        if (e instanceof NetworkFormatException f) {
            int more = f.problems().size() - 1;
            return f.problems().get(0) + (more > 0 ? " (and " + more + " more)" : "");
        }
        if (e instanceof NoSuchFileException n && n.getReason() != null) {
            return n.getFile() + ": " + n.getReason();
        }
        return CliSupport.cannotRead(e instanceof FileSystemException f && f.getFile() != null ? f.getFile() : arg, e);
    }

    /**
     * The scenario {@code name} that the network {@code arg} stores ({@code stored}), checked against {@code against}
     * when not null: from the file, so its problems name their line and column, or from the settings of a sample.
     */
    static Scenario stored(String arg, String name, Settings stored, Network against)
            throws IOException, NetworkFormatException {
        Path file = fileOrNull(arg);
        return file != null ? ScenarioCodec.readStored(file, name, against) : ScenarioCodec.fromSettings(name, stored, against);
    }

    /**
     * The settings of the scenario {@code name} that {@code net} (read from {@code arg}) stores; a name it does not
     * store is one line naming those it has (simulate and sweep used to word it two ways).
     */
    static Settings storedSettings(String arg, String name, Network net) {
        Settings stored = net.scenarios().get(name);
        if (stored == null) {
            throw new IllegalArgumentException("--scenario-name: no scenario named '" + name + "' in " + arg
                    + (net.scenarios().isEmpty() ? "" : "; it has: " + String.join(", ", net.scenarios().keySet())));
        }
        return stored;
    }

    /**
     * The file {@code arg} names (a name that was not UTF-8 mapped back to its file), or null when nothing of
     * that name exists or the name cannot be a path here.
     */
    static Path fileOrNull(String arg) {
        try {
            Path file = FileAccess.resolve(Path.of(arg));
            return Files.exists(file, LinkOption.NOFOLLOW_LINKS) || Files.exists(file) ? file : null;
        } catch (InvalidPathException e) {
            return null;
        }
    }
}
