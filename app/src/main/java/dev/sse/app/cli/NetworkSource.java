package dev.sse.app.cli;

import dev.sse.model.io.json.NetworkCodec;
import dev.sse.model.io.json.NetworkFormatException;
import dev.sse.model.network.Network;
import dev.sse.samples.SampleNetworks;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * The NETWORK argument of {@code sweep} and {@code report}: a network file, or the id of a bundled sample
 * (e.g. {@code cosmos-hub-ics}) when no file of that name exists.
 */
final class NetworkSource {

    private NetworkSource() {
    }

    static Network load(String arg) throws IOException, NetworkFormatException {
        Path file = Path.of(arg);
        if (Files.exists(file)) {
            return NetworkCodec.read(file);
        }
        var sample = SampleNetworks.byId(arg);
        if (sample.isPresent()) {
            try (InputStream in = sample.get().open()) {
                return NetworkCodec.read(sample.get().file(), in);
            }
        }
        throw new NoSuchFileException(arg, null, "no such file, and no bundled sample of that id");
    }

    /** The file to read stored scenarios from positions in, when the argument is a file. */
    static Path fileOrNull(String arg) {
        Path file = Path.of(arg);
        return Files.exists(file) ? file : null;
    }
}
