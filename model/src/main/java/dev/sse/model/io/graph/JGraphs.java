package dev.sse.model.io.graph;

import org.jgrapht.Graph;
import org.jgrapht.graph.DirectedPseudograph;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.DefaultAttribute;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The {@link GraphTable} as a jgrapht graph and jgrapht-io attributes, for the jgrapht exporters. */
final class JGraphs {

    private JGraphs() {
    }

    /** Rows as vertices and edges, in table order (jgrapht keeps insertion order). */
    static Graph<GraphTable.Row, GraphTable.Row> graph(GraphTable table) {
        Graph<GraphTable.Row, GraphTable.Row> g = new DirectedPseudograph<>(null, null, false);
        Map<String, GraphTable.Row> byId = new HashMap<>();
        table.nodes().forEach(n -> {
            g.addVertex(n);
            byId.put(n.id(), n);
        });
        table.edges().forEach(e -> g.addEdge(byId.get(e.source()), byId.get(e.target()), e));
        return g;
    }

    /** A row's values as typed attributes, numbers written plain ({@link Text#of}). */
    static Map<String, Attribute> attributes(Map<String, Object> values, List<GraphTable.Column> columns) {
        Map<String, Attribute> out = new LinkedHashMap<>();
        for (GraphTable.Column c : columns) {
            Object v = values.get(c.name());
            if (v != null) {
                out.put(c.name(), new DefaultAttribute<>(Text.of(v), type(c.type())));
            }
        }
        return out;
    }

    static AttributeType type(GraphTable.Type type) {
        return switch (type) {
            case DOUBLE -> AttributeType.DOUBLE;
            case INTEGER -> AttributeType.INT;
            case STRING -> AttributeType.STRING;
        };
    }
}
