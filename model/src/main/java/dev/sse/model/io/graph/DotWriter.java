package dev.sse.model.io.graph;

import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.dot.DOTExporter;

import java.io.Writer;
import java.util.Map;

/**
 * Writes a {@link GraphTable} as Graphviz DOT through jgrapht-io's {@link DOTExporter}: every attribute of the table,
 * plus {@code label}, and, when drawn, {@code pos} in points ({@code "x,y!"}, y up as Graphviz wants it, so
 * {@code neato -n} draws the window's picture), {@code width} and {@code fillcolor}. Ids are quoted.
 */
final class DotWriter {

    private DotWriter() {
    }

    static void write(GraphTable table, Writer out) {
        DOTExporter<GraphTable.Row, GraphTable.Row> exporter = new DOTExporter<>(r -> quote(r.id()));
        exporter.setGraphIdProvider(() -> "network");
        exporter.setVertexAttributeProvider(r -> {
            Map<String, Attribute> a = JGraphs.attributes(r.values(), table.nodeColumns());
            a.put("label", DefaultAttribute.createAttribute(r.label()));
            if (r.values().get("x") instanceof Double x && r.values().get("y") instanceof Double y
                    && r.values().get("size") instanceof Double size) {
                a.put("pos", DefaultAttribute.createAttribute(Text.of(x) + "," + Text.of(-y) + "!"));
                a.put("width", DefaultAttribute.createAttribute(Text.of(2 * size / 72.0)));
                a.put("shape", DefaultAttribute.createAttribute(r.id().startsWith(GraphTable.CHAIN) ? "box" : "ellipse"));
                a.put("style", DefaultAttribute.createAttribute("filled"));
                a.put("fillcolor", DefaultAttribute.createAttribute(String.valueOf(r.values().get("color"))));
            }
            return a;
        });
        exporter.setEdgeAttributeProvider(r -> JGraphs.attributes(r.values(), table.edgeColumns()));
        exporter.exportGraph(JGraphs.graph(table), out);
    }

    /** A DOT double-quoted id: backslashes and quotes escaped. */
    static String quote(String id) {
        return '"' + id.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
