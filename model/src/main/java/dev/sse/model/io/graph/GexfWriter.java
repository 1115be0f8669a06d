package dev.sse.model.io.graph;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.Writer;
import java.util.List;

/**
 * Writes a {@link GraphTable} as GEXF 1.3 (https://gexf.net/1.3, gephi/gexf {@code specs/1.3/gexf.rnc}): static,
 * directed; node and edge attributes declared in {@code <attributes>} with ids {@code 0…}; each drawn node carries
 * {@code viz:color}, {@code viz:position} and {@code viz:size} ({@code http://gexf.net/1.3/viz}) as on screen, y
 * flipped (Gephi's y grows upwards). Written with the JDK's StAX writer: jgrapht-io's {@code GEXFExporter} writes
 * 1.2draft without {@code viz}.
 */
final class GexfWriter {

    static final String NS = "http://gexf.net/1.3";
    static final String VIZ = "http://gexf.net/1.3/viz";

    private GexfWriter() {
    }

    static void write(GraphTable table, Writer out) throws XMLStreamException {
        XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
        x.writeStartDocument("UTF-8", "1.0");
        x.writeCharacters("\n");
        x.setDefaultNamespace(NS);
        x.setPrefix("viz", VIZ);
        x.writeStartElement(NS, "gexf");
        x.writeDefaultNamespace(NS);
        x.writeNamespace("viz", VIZ);
        x.writeAttribute("version", "1.3");
        x.writeStartElement(NS, "meta");
        text(x, "creator", "Shared Security Explorer");
        Object name = table.graph().get(GraphTable.NETWORK + "name");
        text(x, "description", name == null ? "" : name.toString());
        x.writeEndElement();
        x.writeStartElement(NS, "graph");
        x.writeAttribute("mode", "static");
        x.writeAttribute("defaultedgetype", "directed");
        declare(x, "node", table.nodeColumns());
        declare(x, "edge", table.edgeColumns());
        rows(x, "node", table.nodes(), table.nodeColumns());
        rows(x, "edge", table.edges(), table.edgeColumns());
        x.writeEndElement();
        x.writeEndElement();
        x.writeCharacters("\n");
        x.writeEndDocument();
        x.flush();
    }

    private static void text(XMLStreamWriter x, String element, String text) throws XMLStreamException {
        x.writeStartElement(NS, element);
        x.writeCharacters(text);
        x.writeEndElement();
    }

    private static void declare(XMLStreamWriter x, String kind, List<GraphTable.Column> columns) throws XMLStreamException {
        x.writeStartElement(NS, "attributes");
        x.writeAttribute("class", kind);
        for (int i = 0; i < columns.size(); i++) {
            x.writeEmptyElement(NS, "attribute");
            x.writeAttribute("id", kind.charAt(0) + String.valueOf(i));
            x.writeAttribute("title", columns.get(i).name());
            x.writeAttribute("type", switch (columns.get(i).type()) {
                case DOUBLE -> "double";
                case INTEGER -> "integer";
                case STRING -> "string";
            });
        }
        x.writeEndElement();
    }

    /** {@code <nodes>} or {@code <edges>}: a node has its label and position, an edge its source and target. */
    private static void rows(XMLStreamWriter x, String kind, List<GraphTable.Row> rows, List<GraphTable.Column> columns)
            throws XMLStreamException {
        x.writeStartElement(NS, kind + "s");
        for (GraphTable.Row r : rows) {
            x.writeCharacters("\n");
            x.writeStartElement(NS, kind);
            x.writeAttribute("id", r.id());
            if (r.source() == null) {
                x.writeAttribute("label", r.label());
            } else {
                x.writeAttribute("source", r.source());
                x.writeAttribute("target", r.target());
            }
            values(x, r, columns);
            if (r.source() == null) {
                viz(x, r);
            }
            x.writeEndElement();
        }
        x.writeEndElement();
    }

    private static void values(XMLStreamWriter x, GraphTable.Row row, List<GraphTable.Column> columns)
            throws XMLStreamException {
        x.writeStartElement(NS, "attvalues");
        for (int i = 0; i < columns.size(); i++) {
            Object v = row.values().get(columns.get(i).name());
            if (v != null) {
                x.writeEmptyElement(NS, "attvalue");
                x.writeAttribute("for", (row.source() == null ? "n" : "e") + i);
                x.writeAttribute("value", Text.of(v));
            }
        }
        x.writeEndElement();
    }

    private static void viz(XMLStreamWriter x, GraphTable.Row n) throws XMLStreamException {
        if (!(n.values().get("x") instanceof Double px) || !(n.values().get("y") instanceof Double py)) {
            return;
        }
        int rgb = Integer.parseInt(String.valueOf(n.values().get("color")).substring(1), 16);
        x.writeEmptyElement(VIZ, "color");
        x.writeAttribute("r", String.valueOf(rgb >> 16 & 0xFF));
        x.writeAttribute("g", String.valueOf(rgb >> 8 & 0xFF));
        x.writeAttribute("b", String.valueOf(rgb & 0xFF));
        x.writeEmptyElement(VIZ, "position");
        x.writeAttribute("x", Text.of(px));
        x.writeAttribute("y", Text.of(-py));
        x.writeAttribute("z", "0");
        x.writeEmptyElement(VIZ, "size");
        x.writeAttribute("value", Text.of((Double) n.values().get("size")));
    }
}
