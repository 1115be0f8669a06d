package dev.sse.model.io.graph;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the nodes, edges and attribute values of a GraphML file (keys by {@code attr.name}, values in {@code <data>})
 * or a GEXF file (1.3, 1.2draft: attributes by {@code title}, values in {@code <attvalue>}), by local names, so the
 * namespace version does not matter. The first {@code <graph>} is read; nested graphs are flattened.
 */
final class XmlGraphReader {

    private final Map<String, String> keys = new HashMap<>();
    private final Map<String, XmlGraph.Value> graph = new LinkedHashMap<>();
    private final List<XmlGraph.Element> nodes = new ArrayList<>();
    private final List<XmlGraph.Element> edges = new ArrayList<>();
    private String attributeClass = "node";
    private XmlGraph.At graphAt = new XmlGraph.At(1, 1);
    private Pending current;

    private record Pending(String id, String label, String source, String target, XmlGraph.At at,
                           Map<String, XmlGraph.Value> values) {
    }

    private XmlGraphReader() {
    }

    /** Reads the document {@code r} stands at the start of; {@code gexf} picks the dialect. */
    static XmlGraph read(XMLStreamReader r, boolean gexf) throws XMLStreamException {
        XmlGraphReader g = new XmlGraphReader();
        while (r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                g.start(r, gexf);
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                g.end(r.getLocalName());
            }
        }
        return new XmlGraph(g.graph, g.nodes, g.edges, g.graphAt);
    }

    private void start(XMLStreamReader r, boolean gexf) throws XMLStreamException {
        XmlGraph.At at = XmlGraph.At.of(r.getLocation());
        switch (r.getLocalName()) {
            case "key" -> keys.put(attr(r, "id"), attr(r, "attr.name") == null ? attr(r, "id") : attr(r, "attr.name"));
            case "attributes" -> attributeClass = String.valueOf(attr(r, "class"));
            case "attribute" -> keys.put(attributeClass + "/" + attr(r, "id"), attr(r, "title"));
            case "graph" -> graphAt = nodes.isEmpty() ? at : graphAt;
            case "node" -> current = new Pending(attr(r, "id"), attr(r, "label"), null, null, at, new LinkedHashMap<>());
            case "edge" -> current = new Pending(attr(r, "id"), attr(r, "label"), attr(r, "source"), attr(r, "target"),
                    at, new LinkedHashMap<>());
            case "data" -> {
                String key = attr(r, "key");
                String text = XmlInput.text(r);
                (current == null ? graph : current.values()).put(keys.getOrDefault(key, key), new XmlGraph.Value(text, at));
            }
            case "attvalue" -> {
                if (current != null) {
                    String kind = current.source() == null ? "node" : "edge";
                    String key = attr(r, "for");
                    current.values().put(keys.getOrDefault(kind + "/" + key, key), new XmlGraph.Value(attr(r, "value"), at));
                }
            }
            case "description" -> {
                if (gexf && current == null) {
                    graph.put(GraphTable.NETWORK + "name", new XmlGraph.Value(XmlInput.text(r).strip(), at));
                }
            }
            default -> { }
        }
    }

    private void end(String name) {
        if (current != null && (name.equals("node") || name.equals("edge"))) {
            XmlGraph.Element e = new XmlGraph.Element(current.id(), current.label(), current.source(), current.target(),
                    current.at(), current.values());
            (current.source() == null && name.equals("node") ? nodes : edges).add(e);
            current = null;
        }
    }

    private static String attr(XMLStreamReader r, String name) {
        for (int i = 0; i < r.getAttributeCount(); i++) {
            if (r.getAttributeLocalName(i).equals(name)) {
                return r.getAttributeValue(i);
            }
        }
        return null;
    }
}
