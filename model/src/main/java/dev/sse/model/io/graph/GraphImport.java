package dev.sse.model.io.graph;

import dev.sse.model.io.json.FileAccess;
import dev.sse.model.io.json.NetworkCodec;
import dev.sse.model.io.json.NetworkFormatException;
import dev.sse.model.io.json.Problem;
import dev.sse.model.network.Network;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a GraphML or GEXF file back into a network (issue 23). Attributes named as format v1 fields become those
 * fields ({@link V1Tree}), and the result goes through the one network reader ({@link NetworkCodec}), so a graph file
 * is valid exactly when its network would be; each of the reader's problems is moved to the line and column of the
 * XML node, edge or value it came from and keeps its v1 path ({@code g.graphml:14:5: $.validators[2].stake: must be a
 * number …}). Attributes of other names (the analysis figures, a tool's own columns) are ignored.
 */
public final class GraphImport {

    private GraphImport() {
    }

    /** Reads {@code file}; problems name it by its file name. */
    public static Network read(Path file) throws IOException, NetworkFormatException {
        Path real = FileAccess.resolve(file);
        if (Files.isDirectory(real)) {
            throw new FileSystemException(file.toString(), null, "is a directory");
        }
        if (Files.exists(real) && !Files.isRegularFile(real)) {
            throw new FileSystemException(file.toString(), null, "is not a regular file");
        }
        try (InputStream in = Files.newInputStream(real)) {
            Path name = file.getFileName();
            return read(name == null ? file.toString() : name.toString(), in);
        }
    }

    /** Reads a GraphML or GEXF document (told apart by its root element). The stream is not closed. */
    public static Network read(String sourceName, InputStream in) throws NetworkFormatException {
        XmlGraph graph;
        try {
            XMLStreamReader r = XmlInput.open(in);
            while (r.hasNext() && r.next() != XMLStreamConstants.START_ELEMENT) {
                // prolog
            }
            if (!r.isStartElement() || !(r.getLocalName().equals("graphml") || r.getLocalName().equals("gexf"))) {
                XmlGraph.At at = XmlGraph.At.of(r.getLocation());
                throw new NetworkFormatException(List.of(new Problem(sourceName, at.line(), at.column(), "$",
                        "not a GraphML or GEXF file: the root element must be <graphml> or <gexf>"
                                + (r.isStartElement() ? ", got <" + r.getLocalName() + ">" : ""))));
            }
            graph = XmlGraphReader.read(r, r.getLocalName().equals("gexf"));
        } catch (XMLStreamException e) {
            XmlGraph.At at = XmlGraph.At.of(e.getLocation());
            throw new NetworkFormatException(List.of(new Problem(sourceName, at.line(), at.column(), "$",
                    "not well-formed XML: " + XmlInput.reason(e))));
        }
        V1Tree tree = V1Tree.of(sourceName, graph);
        if (!tree.problems().isEmpty()) {
            throw new NetworkFormatException(tree.problems());
        }
        try {
            return NetworkCodec.readString(sourceName, tree.json());
        } catch (NetworkFormatException e) {
            List<Problem> moved = new ArrayList<>();
            e.problems().forEach(p -> moved.add(tree.locate(p)));
            throw new NetworkFormatException(moved);
        }
    }
}
