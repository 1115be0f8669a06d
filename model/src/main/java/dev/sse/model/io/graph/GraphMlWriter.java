package dev.sse.model.io.graph;

import org.jgrapht.nio.graphml.GraphMLExporter;
import org.jgrapht.nio.graphml.GraphMLExporter.AttributeCategory;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a {@link GraphTable} as GraphML 1.0 with typed {@code <key>}s ({@code attr.name}, {@code attr.type}) through
 * jgrapht-io's {@link GraphMLExporter}: Cytoscape shows every key as a column ({@code name} is its label column),
 * yEd and Gephi read it too. Graph-level keys carry the rest of format v1 (assets, bridges, scenarios, notes).
 */
final class GraphMlWriter {

    private GraphMlWriter() {
    }

    static void write(GraphTable table, Writer out) throws IOException {
        GraphMLExporter<GraphTable.Row, GraphTable.Row> exporter = new GraphMLExporter<>(GraphTable.Row::id);
        exporter.setEdgeIdProvider(GraphTable.Row::id);
        // jgrapht-io keeps one key per name: a name both nodes and edges have (element, value) is one key "for=all"
        Map<String, GraphTable.Type> edgeTypes = new HashMap<>();
        table.edgeColumns().forEach(c -> edgeTypes.put(c.name(), c.type()));
        table.graphColumn().forEach(c -> exporter.registerAttribute(c.name(), AttributeCategory.GRAPH, JGraphs.type(c.type())));
        for (GraphTable.Column c : table.nodeColumns()) {
            GraphTable.Type edge = edgeTypes.remove(c.name());
            GraphTable.Type type = edge == null || edge == c.type() ? c.type() : GraphTable.Type.STRING;
            exporter.registerAttribute(c.name(), edge == null ? AttributeCategory.NODE : AttributeCategory.ALL,
                    JGraphs.type(type));
        }
        edgeTypes.forEach((name, type) -> exporter.registerAttribute(name, AttributeCategory.EDGE, JGraphs.type(type)));
        exporter.setVertexAttributeProvider(r -> JGraphs.attributes(r.values(), table.nodeColumns()));
        exporter.setEdgeAttributeProvider(r -> JGraphs.attributes(r.values(), table.edgeColumns()));
        StringWriter text = new StringWriter();
        exporter.exportGraph(JGraphs.graph(table), text);
        out.write(withGraphData(text.toString(), table));
    }

    /**
     * jgrapht-io declares the graph-level keys but writes no graph {@code <data>} (1.5.3): they are added here, first
     * in {@code <graph>} as the schema wants them, under the key ids jgrapht-io gave.
     */
    private static String withGraphData(String graphml, GraphTable table) {
        StringBuilder data = new StringBuilder();
        Matcher keys = KEY.matcher(graphml);
        Map<String, String> ids = new HashMap<>();
        while (keys.find()) {
            ids.put(keys.group(2), keys.group(1));
        }
        table.graph().forEach((name, value) -> data.append("\n        <data key=\"").append(ids.get(name)).append("\">")
                .append(escape(Text.of(value))).append("</data>"));
        int graph = graphml.indexOf('>', graphml.indexOf("<graph ")) + 1;
        return graphml.substring(0, graph) + data + graphml.substring(graph);
    }

    private static final Pattern KEY = Pattern.compile("<key id=\"([^\"]+)\" for=\"graph\" attr.name=\"([^\"]+)\"");

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
