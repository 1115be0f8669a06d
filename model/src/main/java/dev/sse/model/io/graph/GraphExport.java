package dev.sse.model.io.graph;

import dev.sse.model.analysis.AnalysisResult;
import dev.sse.model.io.files.AtomicFiles;
import dev.sse.model.network.Network;

import javax.xml.stream.XMLStreamException;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Exports a network, its analysis and its drawing as GraphML, GEXF 1.3 or DOT (issue 23): each node and edge
 * carries its element ({@code chain}, {@code validator}, {@code allocation}, {@code securedBy}), its format v1 fields
 * (kind, stake, amount, …) and the analysis figures as attributes ({@link GraphTables}). Deterministic: the same
 * network, analysis and drawing give the same bytes.
 */
public final class GraphExport {

    private GraphExport() {
    }

    /** The file's text. */
    public static String write(GraphFormat format, Network network, AnalysisResult analysis, Drawing drawing) {
        GraphTable table = GraphTables.of(network, analysis, drawing);
        StringWriter out = new StringWriter();
        switch (format) {
            case GRAPHML -> {
                try {
                    GraphMlWriter.write(table, out);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e); // a StringWriter does not fail
                }
            }
            case DOT -> DotWriter.write(table, out);
            case GEXF -> {
                try {
                    GexfWriter.write(table, out);
                } catch (XMLStreamException e) {
                    throw new IllegalStateException("GEXF writer failed: " + e.getMessage(), e);
                }
            }
        }
        return out.toString();
    }

    /** Writes the file atomically ({@link AtomicFiles#write}). */
    public static void write(GraphFormat format, Network network, AnalysisResult analysis, Drawing drawing, Path file)
            throws IOException {
        AtomicFiles.write(file, write(format, network, analysis, drawing).getBytes(StandardCharsets.UTF_8));
    }
}
