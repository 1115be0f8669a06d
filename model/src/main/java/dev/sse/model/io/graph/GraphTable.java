package dev.sse.model.io.graph;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The network as the graph tools see it: typed attribute columns and rows of nodes and edges, the one table the
 * GraphML, GEXF and DOT writers share ({@link GraphTables#of} builds it). Attribute names are format v1 field names
 * ({@code kind}, {@code stake}, {@code amount}, …, objects as their JSON text), then the analysis figures and the
 * drawing; {@link GraphImport} maps the v1 names back and ignores the rest.
 *
 * @param graph       graph-level values by column (GraphML only: GEXF 1.3 has no graph attributes)
 * @param graphColumn the graph-level columns, in order
 * @param nodeColumns node columns, in order
 * @param nodes       chains (file order), then validators (file order)
 * @param edgeColumns edge columns, in order
 * @param edges       allocations (file order), then securedBy links (consumer → provider)
 */
public record GraphTable(List<Column> graphColumn, Map<String, Object> graph, List<Column> nodeColumns, List<Row> nodes,
                         List<Column> edgeColumns, List<Row> edges) {

    /** Node id prefix of a chain: {@code chain:relay} (chain and validator ids may coincide in format v1). */
    public static final String CHAIN = "chain:";
    /** Node id prefix of a validator: {@code validator:v1}. */
    public static final String VALIDATOR = "validator:";
    /**
     * Prefix of the graph-level columns ({@code network.name}, {@code network.assets}, …): GraphML keys are
     * named apart from the node keys ({@code name}), which jgrapht-io would otherwise merge into one.
     */
    public static final String NETWORK = "network.";
    /** The column naming what a row is: {@code chain}, {@code validator}, {@code allocation}, {@code securedBy}. */
    public static final String ELEMENT = "element";

    public GraphTable {
        graphColumn = List.copyOf(graphColumn);
        graph = Collections.unmodifiableMap(new LinkedHashMap<>(graph));
        nodeColumns = List.copyOf(nodeColumns);
        nodes = List.copyOf(nodes);
        edgeColumns = List.copyOf(edgeColumns);
        edges = List.copyOf(edges);
    }

    /** The type a column declares; values are {@link String}, {@link Double} or {@link Integer} accordingly. */
    public enum Type { STRING, DOUBLE, INTEGER }

    /** One attribute column. */
    public record Column(String name, Type type) {
    }

    /**
     * A node ({@code source} and {@code target} null) or an edge.
     *
     * @param values by column name; a column without a value is absent
     */
    public record Row(String id, String label, String source, String target, Map<String, Object> values) {
        public Row {
            values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        }

        /** The row's value of {@code column} as written in a file: numbers plain ({@link Text#of}). */
        public String text(String column) {
            return Text.of(values.get(column));
        }
    }

    /** Collects columns in first-seen order; a column seen with two types becomes a string column. */
    static final class Columns {
        private final Map<String, Type> types = new LinkedHashMap<>();

        void put(Map<String, Object> row, String name, Object value) {
            if (value == null) {
                return;
            }
            Type type = value instanceof Double ? Type.DOUBLE : value instanceof Integer ? Type.INTEGER : Type.STRING;
            types.merge(name, type, (a, b) -> a == b ? a : Type.STRING);
            row.put(name, value);
        }

        List<Column> list() {
            List<Column> out = new ArrayList<>();
            types.forEach((k, v) -> out.add(new Column(k, v)));
            return out;
        }
    }
}
