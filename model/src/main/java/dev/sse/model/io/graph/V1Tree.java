package dev.sse.model.io.graph;

import dev.sse.model.io.json.FormatFields;
import dev.sse.model.io.json.PlainJson;
import dev.sse.model.io.json.Problem;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A read graph file as a format v1 document: nodes whose {@code element} is {@code chain} or {@code validator} (or
 * whose id starts {@code chain:} / {@code validator:}) become {@code chains[]} and {@code validators[]} with the
 * attributes named as their fields; allocation edges (validator → chain) become {@code allocations[]}; graph-level
 * values become top-level fields. Remembers where each v1 element came from to {@link #locate} the reader's problems.
 * The document is plain Maps and Lists written by the one JSON writer ({@link PlainJson}, issue 21).
 */
final class V1Tree {

    /** Fields whose attribute text is a number in format v1. */
    private static final Set<String> NUMBERS = Set.of("stake", "amount", "profitFromCorruption", "attackThreshold",
            "finalitySeconds", "adversaryFraction");
    /** Fields whose attribute text is a JSON object or array. */
    private static final Set<String> JSON = Set.of("security", "slashing", "governance", "securityCost",
            "externalSecurity", "dataAvailability", "holdings", "provenance", "assumptions", "assets", "bridges", "scenarios", "annotations");
    private static final Pattern PATH = Pattern.compile("^\\$\\.(chains|validators|allocations|\\w+)(?:\\[(\\d+)])?(?:\\.(\\w+))?");

    private final String file;
    private final XmlGraph graph;
    private final Map<String, Object> root = new LinkedHashMap<>();
    private final Map<String, List<XmlGraph.Element>> sources = new HashMap<>();
    private final List<Problem> problems = new ArrayList<>();

    private V1Tree(String file, XmlGraph graph) {
        this.file = file;
        this.graph = graph;
    }

    static V1Tree of(String file, XmlGraph graph) {
        V1Tree t = new V1Tree(file, graph);
        t.build();
        return t;
    }

    List<Problem> problems() {
        return problems;
    }

    String json() {
        return PlainJson.write(root);
    }

    private void build() {
        root.put("format", "shared-security-network");
        root.put("version", 1);
        for (String field : FormatFields.NETWORK) {
            XmlGraph.Value v = graph.graph().get(GraphTable.NETWORK + field);
            if (v != null && !Set.of("format", "version", "validators", "chains", "allocations").contains(field)) {
                put(root, field, v, "graph");
            }
        }
        if (!root.containsKey("name")) { // a graph made elsewhere: named after its file, as format v1 needs a name
            root.put("name", file.replaceFirst("\\.[^.]*$", ""));
        }
        List<Object> chains = array(root, "chains");
        List<Object> validators = array(root, "validators");
        List<Object> allocations = array(root, "allocations");
        Map<String, String> chainIds = new HashMap<>();
        Map<String, String> validatorIds = new HashMap<>();
        Map<String, Map<String, Object>> chainById = new HashMap<>();
        Map<String, Double> prices = new LinkedHashMap<>();
        for (XmlGraph.Element n : graph.nodes()) {
            String element = element(n);
            if (element == null) {
                problem(n.at(), "node '" + n.id() + "'", "missing attribute 'element' (chain or validator), and the id"
                        + " does not start with 'chain:' or 'validator:'");
                continue;
            }
            boolean chain = element.equals("chain");
            String prefix = chain ? GraphTable.CHAIN : GraphTable.VALIDATOR;
            String id = n.id() != null && n.id().startsWith(prefix) ? n.id().substring(prefix.length()) : n.id();
            Map<String, Object> o = object(chain ? chains : validators);
            sources.computeIfAbsent(chain ? "chains" : "validators", k -> new ArrayList<>()).add(n);
            o.put("id", id);
            String name = n.text("name") != null ? n.text("name") : n.label();
            if (name != null && !name.isEmpty()) {
                o.put("name", name);
            }
            for (String field : chain ? FormatFields.CHAIN : FormatFields.VALIDATOR) {
                if (!field.equals("id") && !field.equals("name") && n.values().containsKey(field)) {
                    put(o, field, n.values().get(field), "node '" + n.id() + "'");
                }
            }
            String asset = n.text("asset");
            if (asset != null && n.text("assetPriceUsd") != null) {
                prices.putIfAbsent(asset, number(n.text("assetPriceUsd")));
            }
            (chain ? chainIds : validatorIds).put(n.id(), id);
            if (chain) {
                chainById.put(n.id(), o);
            }
        }
        if (!root.containsKey("assets") && !prices.isEmpty()) {
            List<Object> assets = array(root, "assets");
            prices.forEach((symbol, price) -> {
                Map<String, Object> asset = object(assets);
                asset.put("symbol", symbol);
                asset.put("priceUsd", price);
            });
        }
        for (XmlGraph.Element e : graph.edges()) {
            String element = e.text(GraphTable.ELEMENT);
            if ("securedBy".equals(element) && chainById.containsKey(e.source()) && chainIds.containsKey(e.target())) {
                chainById.get(e.source()).putIfAbsent("securedBy", chainIds.get(e.target()));
            } else if (element == null || element.equals("allocation")) {
                allocation(e, element != null, validatorIds, chainIds, allocations);
            }
        }
    }

    private void allocation(XmlGraph.Element e, boolean declared, Map<String, String> validatorIds,
                            Map<String, String> chainIds, List<Object> allocations) {
        String validator = validatorIds.get(e.source());
        String chain = chainIds.get(e.target());
        if (validator == null || chain == null) {
            if (declared) {
                problem(e.at(), "edge '" + e.id() + "'", "an allocation runs from a validator node to a chain node, got '"
                        + e.source() + "' → '" + e.target() + "'");
            }
            return;
        }
        Map<String, Object> a = object(allocations);
        a.put("validator", validator);
        a.put("chain", chain);
        sources.computeIfAbsent("allocations", k -> new ArrayList<>()).add(e);
        if (e.values().containsKey("amount") && !e.text("amount").isBlank()) {
            put(a, "amount", e.values().get("amount"), "edge '" + e.id() + "'");
        }
    }

    private static String element(XmlGraph.Element n) {
        String e = n.text(GraphTable.ELEMENT);
        if (e != null && (e.equals("chain") || e.equals("validator"))) {
            return e;
        }
        String id = String.valueOf(n.id());
        return e == null && id.startsWith(GraphTable.CHAIN) ? "chain"
                : e == null && id.startsWith(GraphTable.VALIDATOR) ? "validator" : null;
    }

    /** A value as its v1 JSON: numbers where v1 has numbers (text the reader then rejects when it is none), objects parsed. */
    private void put(Map<String, Object> o, String field, XmlGraph.Value v, String where) {
        String text = v.text().strip();
        if (text.isEmpty()) {
            return;
        }
        if (NUMBERS.contains(field)) {
            try {
                o.put(field, new BigDecimal(text));
            } catch (NumberFormatException e) {
                o.put(field, text);
            }
        } else if (JSON.contains(field)) {
            Optional<Object> parsed = PlainJson.parse(text);
            if (parsed.isPresent()) {
                o.put(field, parsed.get());
            } else {
                problem(v.at(), where, "attribute '" + field + "' must hold format v1 JSON, got " + text);
            }
        } else {
            o.put(field, v.text());
        }
    }

    private static List<Object> array(Map<String, Object> parent, String field) {
        List<Object> list = new ArrayList<>();
        parent.put(field, list);
        return list;
    }

    private static Map<String, Object> object(List<Object> parent) {
        Map<String, Object> map = new LinkedHashMap<>();
        parent.add(map);
        return map;
    }

    private static Double number(String text) {
        try {
            return Double.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private void problem(XmlGraph.At at, String path, String message) {
        problems.add(new Problem(file, at.line(), at.column(), path, message));
    }

    /** The reader's problem at the line and column of the XML it came from; the v1 path and message kept. */
    Problem locate(Problem p) {
        Matcher m = PATH.matcher(p.path());
        XmlGraph.At at = graph.at();
        if (m.find()) {
            List<XmlGraph.Element> from = sources.get(m.group(1));
            if (from != null && m.group(2) != null && Integer.parseInt(m.group(2)) < from.size()) {
                XmlGraph.Element e = from.get(Integer.parseInt(m.group(2)));
                at = m.group(3) == null ? e.at() : e.at(m.group(3));
            } else if (graph.graph().containsKey(GraphTable.NETWORK + m.group(1))) {
                at = graph.graph().get(GraphTable.NETWORK + m.group(1)).at();
            }
        }
        return new Problem(file, at.line(), at.column(), p.path(), p.message());
    }
}
