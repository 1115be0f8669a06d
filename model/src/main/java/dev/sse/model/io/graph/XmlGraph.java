package dev.sse.model.io.graph;

import java.util.List;
import java.util.Map;

/**
 * A GraphML or GEXF file as read, before any meaning is given to it: attribute values by attribute name, each with
 * where it stands in the file, so that {@link GraphImport} can locate every problem on a line and column.
 *
 * @param graph  graph-level values by name (GraphML {@code <data>} of the graph; GEXF's meta description as {@code name})
 * @param nodes  in file order
 * @param edges  in file order
 * @param at     where the graph element starts
 */
record XmlGraph(Map<String, Value> graph, List<Element> nodes, List<Element> edges, At at) {

    /** A 1-based line and column. */
    record At(int line, int column) {
        static At of(javax.xml.stream.Location l) {
            return l == null ? new At(1, 1) : new At(Math.max(1, l.getLineNumber()), Math.max(1, l.getColumnNumber()));
        }
    }

    /** An attribute's text and where it was found. */
    record Value(String text, At at) {
    }

    /**
     * A node or an edge.
     *
     * @param label  GEXF's {@code label}, else null
     * @param source an edge's source id, null for a node
     * @param values by attribute name
     */
    record Element(String id, String label, String source, String target, At at, Map<String, Value> values) {

        /** The value of {@code name}'s text, or null. */
        String text(String name) {
            Value v = values.get(name);
            return v == null ? null : v.text();
        }

        /** Where {@code name}'s value stands, else where the element does. */
        At at(String name) {
            Value v = values.get(name);
            return v == null ? at : v.at();
        }
    }
}
