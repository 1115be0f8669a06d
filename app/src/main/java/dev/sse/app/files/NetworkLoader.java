package dev.sse.app.files;

import dev.sse.model.io.graph.GraphFormat;
import dev.sse.model.io.graph.GraphImport;
import dev.sse.model.io.json.NetworkCodec;
import dev.sse.model.io.json.NetworkFormatException;
import dev.sse.model.network.Network;
import dev.sse.samples.SampleNetworks;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** Reads networks from files and from the bundled samples, always through the one codec. */
public final class NetworkLoader {

    private NetworkLoader() {
    }

    /** A file the user named: format v1, or a GraphML or GEXF file by its extension ({@link GraphImport}). */
    public static Network load(Path file) throws IOException, NetworkFormatException {
        return isGraphFile(file) ? GraphImport.read(file) : NetworkCodec.read(file);
    }

    /**
     * True for a {@code .graphml} or {@code .gexf} file: it opens as a new, untitled document (saving writes format
     * v1 JSON, never over the graph file).
     */
    public static boolean isGraphFile(Path file) {
        Path name = file.getFileName();
        return name != null && GraphFormat.ofFileName(name.toString()).filter(GraphFormat::readable).isPresent();
    }

    /** A bundled sample by id (classpath resource). */
    public static Network loadSample(String id) throws NetworkFormatException {
        SampleNetworks.Sample sample = SampleNetworks.byId(id)
                .orElseThrow(() -> new IllegalArgumentException("no bundled sample '" + id + "'; known: "
                        + String.join(", ", SampleNetworks.all().stream().map(SampleNetworks.Sample::id).toList())));
        try (InputStream in = sample.open()) {
            return NetworkCodec.read(sample.file(), in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
