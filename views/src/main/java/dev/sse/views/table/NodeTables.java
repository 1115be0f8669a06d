package dev.sse.views.table;

import dev.sse.model.analysis.AnalysisResult;
import dev.sse.model.analysis.ChainMetrics;
import dev.sse.model.network.Allocation;
import dev.sse.model.network.Chain;
import dev.sse.model.network.Network;
import dev.sse.model.network.Validator;
import dev.sse.model.network.graph.NodeRef;
import dev.sse.views.graph.RiskState;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Builds the chain and validator tables from a network, its analysis ({@link ChainMetrics}: the figures the inspector
 * and {@code analyze --csv} show) and the states the graph draws ({@link RiskState}). Off the FX thread.
 */
public final class NodeTables {

    static final List<ColumnSpec> CHAIN_COLUMNS = columns("id:TEXT", "name:TEXT", "kind:TEXT", "state:TEXT",
            "securingStake:MONEY", "costOfCorruption:MONEY", "profitFromCorruption:MONEY", "securityMargin:PERCENT",
            "nakamotoCoefficient:COUNT", "validators:COUNT", "allocations:COUNT", "blastRadius:COUNT",
            "fallsWithIt:TEXT", "securedBy:TEXT");
    static final List<ColumnSpec> VALIDATOR_COLUMNS = columns("id:TEXT", "name:TEXT", "operator:TEXT", "asset:TEXT",
            "stake:NUMBER", "value:MONEY", "allocations:COUNT", "allocated:MONEY", "chains:TEXT", "state:TEXT");

    private NodeTables() {
    }

    private static List<ColumnSpec> columns(String... specs) {
        return Arrays.stream(specs).map(s -> s.split(":"))
                .map(p -> new ColumnSpec(p[0], ColumnSpec.Kind.valueOf(p[1]))).toList();
    }

    /** One row per chain, in file order; figures absent (null) without an analysis. */
    public static NodeTable chains(Network n, AnalysisResult analysis, Map<NodeRef, RiskState> states) {
        List<NodeRow> rows = new ArrayList<>(n.chains().size());
        for (Chain c : n.chains()) {
            NodeRef ref = NodeRef.chain(c.id());
            ChainMetrics m = analysis == null ? null : analysis.chains().get(c.id());
            RiskState s = states.get(ref);
            rows.add(NodeRow.of(ref, Arrays.asList(c.id(), c.name(), c.kind().json(), s == null ? null : s.pseudoClass(),
                    m == null ? null : m.securingStake(), m == null ? null : m.costOfCorruption(),
                    c.profitFromCorruption(), m == null ? null : m.securityMargin(),
                    m == null ? null : m.nakamotoCoefficient(), m == null ? null : m.validatorSet().size(),
                    n.allocationsTo(c.id()).size(), m == null ? null : m.blastRadius().size(),
                    m == null ? null : String.join(" ", m.blastRadius()), c.securedBy())));
        }
        return new NodeTable(CHAIN_COLUMNS, rows, n.valueUnit());
    }

    /** One row per validator, in file order. */
    public static NodeTable validators(Network n, Map<NodeRef, RiskState> states) {
        List<NodeRow> rows = new ArrayList<>(n.validators().size());
        for (Validator v : n.validators()) {
            NodeRef ref = NodeRef.validator(v.id());
            List<Allocation> allocations = n.allocationsOf(v.id());
            double allocated = allocations.stream().mapToDouble(n::valueOf).sum();
            RiskState s = states.get(ref);
            rows.add(NodeRow.of(ref, Arrays.asList(v.id(), v.name(), v.operator(), v.asset(), v.stake(), n.valueOf(v),
                    allocations.size(), allocated, String.join(" ", allocations.stream().map(Allocation::chain).toList()),
                    s == null ? null : s.pseudoClass())));
        }
        return new NodeTable(VALIDATOR_COLUMNS, rows, n.valueUnit());
    }
}
