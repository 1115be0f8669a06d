package dev.sse.model.io.graph;

import dev.sse.model.analysis.AnalysisResult;
import dev.sse.model.analysis.ChainMetrics;
import dev.sse.model.io.json.FormatFields;
import dev.sse.model.io.json.NetworkCodec;
import dev.sse.model.io.json.PlainJson;
import dev.sse.model.network.Allocation;
import dev.sse.model.network.Chain;
import dev.sse.model.network.Network;
import dev.sse.model.network.Validator;
import dev.sse.model.network.graph.NodeRef;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds the {@link GraphTable} of a network. The v1 attributes come from the network's own format v1 text
 * ({@link NetworkCodec#write}), so every field the file has is carried, named and written as in the file; the
 * analysis figures are {@link ChainMetrics}' (the numbers {@code analyze --csv} prints). The text is read back as plain
 * Maps and Lists through the one located JSON reader ({@link PlainJson}, issue 21).
 */
public final class GraphTables {

    /** Top-level v1 fields that are not graph attributes: the format marker and the three arrays. */
    private static final Set<String> NOT_GRAPH = Set.of("format", "version", "validators", "chains", "allocations");

    private GraphTables() {
    }

    /** The table of {@code network}; {@code analysis} may be null (no figures), {@code drawing} {@link Drawing#NONE}. */
    public static GraphTable of(Network network, AnalysisResult analysis, Drawing drawing) {
        Map<?, ?> root = (Map<?, ?>) PlainJson.parse(NetworkCodec.write(network))
                .orElseThrow(() -> new IllegalStateException("the network writer wrote JSON its reader rejects"));
        GraphTable.Columns graphCols = new GraphTable.Columns();
        Map<String, Object> graph = new LinkedHashMap<>();
        for (String field : FormatFields.NETWORK) {
            if (!NOT_GRAPH.contains(field) && root.containsKey(field)) {
                graphCols.put(graph, GraphTable.NETWORK + field, value(root.get(field)));
            }
        }
        GraphTable.Columns nodeCols = new GraphTable.Columns();
        List<GraphTable.Row> nodes = new ArrayList<>();
        for (int i = 0; i < network.chains().size(); i++) {
            Chain c = network.chains().get(i);
            Map<String, Object> row = v1Row(nodeCols, "chain", ((List<?>) root.get("chains")).get(i), FormatFields.CHAIN, c.name());
            c.assetSymbol().flatMap(network::asset).ifPresent(a -> nodeCols.put(row, "assetPriceUsd", a.priceUsd()));
            ChainMetrics m = analysis == null ? null : analysis.chains().get(c.id());
            if (m != null) {
                nodeCols.put(row, "securingStake", m.securingStake());
                nodeCols.put(row, "costOfCorruption", m.costOfCorruption());
                nodeCols.put(row, "securityMargin", m.securityMargin());
                nodeCols.put(row, "nakamotoCoefficient", m.nakamotoCoefficient());
                nodeCols.put(row, "validatorCount", m.validatorSet().size());
                nodeCols.put(row, "blastRadius", String.join(" ", m.blastRadius()));
            }
            drawn(nodeCols, row, NodeRef.chain(c.id()), drawing);
            nodes.add(new GraphTable.Row(GraphTable.CHAIN + c.id(), c.name(), null, null, row));
        }
        for (int i = 0; i < network.validators().size(); i++) {
            Validator v = network.validators().get(i);
            Map<String, Object> row = v1Row(nodeCols, "validator", ((List<?>) root.get("validators")).get(i), FormatFields.VALIDATOR,
                    v.name());
            v.assetSymbol().flatMap(network::asset).ifPresent(a -> nodeCols.put(row, "assetPriceUsd", a.priceUsd()));
            nodeCols.put(row, "value", network.valueOf(v));
            nodeCols.put(row, "allocationCount", network.allocationsOf(v.id()).size());
            drawn(nodeCols, row, NodeRef.validator(v.id()), drawing);
            nodes.add(new GraphTable.Row(GraphTable.VALIDATOR + v.id(), v.name(), null, null, row));
        }
        GraphTable.Columns edgeCols = new GraphTable.Columns();
        List<GraphTable.Row> edges = new ArrayList<>();
        int n = 0;
        for (Allocation a : network.allocations()) {
            Map<String, Object> row = new LinkedHashMap<>();
            edgeCols.put(row, GraphTable.ELEMENT, "allocation");
            edgeCols.put(row, "amount", a.amount().isPresent() ? a.amount().getAsDouble() : null);
            edgeCols.put(row, "value", network.valueOf(a));
            edges.add(new GraphTable.Row("allocation:" + n++, null, GraphTable.VALIDATOR + a.validator(),
                    GraphTable.CHAIN + a.chain(), row));
        }
        for (Chain c : network.chains()) {
            if (c.securedBy() != null && network.chain(c.securedBy()).isPresent()) {
                Map<String, Object> row = new LinkedHashMap<>();
                edgeCols.put(row, GraphTable.ELEMENT, "securedBy");
                edges.add(new GraphTable.Row("securedBy:" + c.id(), null, GraphTable.CHAIN + c.id(),
                        GraphTable.CHAIN + c.securedBy(), row));
            }
        }
        return new GraphTable(graphCols.list(), graph, nodeCols.list(), nodes, edgeCols.list(), edges);
    }

    private static Map<String, Object> v1Row(GraphTable.Columns cols, String element, Object object,
                                             List<String> fields, String name) {
        Map<String, Object> row = new LinkedHashMap<>();
        Map<?, ?> fieldsOf = (Map<?, ?>) object;
        cols.put(row, GraphTable.ELEMENT, element);
        cols.put(row, "name", name);
        for (String field : fields) {
            if (!field.equals("id") && !field.equals("name") && fieldsOf.containsKey(field)) {
                cols.put(row, field, value(fieldsOf.get(field)));
            }
        }
        return row;
    }

    private static void drawn(GraphTable.Columns cols, Map<String, Object> row, NodeRef ref, Drawing drawing) {
        cols.put(row, "state", drawing.states().get(ref));
        Drawing.Viz viz = drawing.nodes().get(ref);
        if (viz != null) {
            cols.put(row, "x", viz.x());
            cols.put(row, "y", viz.y());
            cols.put(row, "size", viz.radius());
            cols.put(row, "color", viz.hex());
        }
    }

    /** A JSON value as an attribute: numbers as doubles, strings as they are, anything else as its JSON text. */
    private static Object value(Object node) {
        if (node instanceof Number n) {
            return n.doubleValue();
        }
        return node instanceof String s ? s : PlainJson.inline(node);
    }
}
