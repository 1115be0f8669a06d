package dev.sse.views.inspector;

import dev.sse.model.analysis.AnalysisResult;
import dev.sse.model.analysis.ChainMetrics;
import dev.sse.model.analysis.Money;
import dev.sse.model.analysis.ValidatorPower;
import dev.sse.model.network.Allocation;
import dev.sse.model.network.Chain;
import dev.sse.model.network.Network;
import dev.sse.model.network.Validator;
import dev.sse.model.network.graph.NodeRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The selected node's figures, each with one line of "why". Every number comes from the network or
 * from the analysis result; nothing is computed here but formatting.
 */
public final class InspectorViewModel {

    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "Nothing selected");
    private final ReadOnlyStringWrapper subtitle = new ReadOnlyStringWrapper(this, "subtitle",
            "Click a chain or a validator to see its figures.");
    private final ObservableList<InspectorRow> rows = FXCollections.observableArrayList();
    // one wrapper for the lifetime of the view model: it listens to rows only weakly, so a wrapper made per
    // call (and the view's listener on it) would be garbage-collected and the inspector would stop updating
    private final ObservableList<InspectorRow> readOnlyRows = FXCollections.unmodifiableObservableList(rows);

    /** Shows {@code node} of {@code network}; {@code analysis} may be null while it is being computed. */
    public void show(Network network, NodeRef node, AnalysisResult analysis) {
        List<InspectorRow> next = new ArrayList<>();
        if (network == null || node == null) {
            title.set("Nothing selected");
            subtitle.set(network == null ? "" : network.name() + ": click a chain or a validator to see its figures.");
        } else if (node.isChain()) {
            network.chain(node.id()).ifPresent(c -> chain(network, c, analysis, next));
        } else {
            network.validator(node.id()).ifPresent(v -> validator(network, v, analysis, next));
        }
        rows.setAll(next);
    }

    private void chain(Network n, Chain c, AnalysisResult analysis, List<InspectorRow> out) {
        String unit = unit(n);
        title.set(c.name());
        subtitle.set(c.kind().json() + (c.securedBy() == null ? "" : ", secured by " + c.securedBy()));
        ChainMetrics m = analysis == null ? null : analysis.chains().get(c.id());
        if (m == null) {
            out.add(new InspectorRow("Profit from corruption", Money.of(c.profitFromCorruption(), unit), "π from the network file"));
            out.add(new InspectorRow("Attack threshold", pct(c.attackThreshold()), "α: share of securing stake needed"));
            out.add(new InspectorRow("Analysis", "running…", ""));
            return;
        }
        out.add(new InspectorRow("Securing stake", Money.of(m.securingStake(), unit), m.why().getOrDefault("securingStake", "")));
        out.add(new InspectorRow("Cost of corruption", Money.of(m.costOfCorruption(), unit) + (m.costExact() ? "" : " (bound)"),
                m.why().getOrDefault("costOfCorruption", "")));
        out.add(new InspectorRow("Profit from corruption", Money.of(m.profitFromCorruption(), unit),
                m.why().getOrDefault("profitFromCorruption", "")));
        out.add(new InspectorRow("Security margin", m.securityMargin() == null ? "—" : Money.pct(m.securityMargin()),
                m.why().getOrDefault("securityMargin", "")));
        out.add(new InspectorRow("Attack threshold", pct(c.attackThreshold()), "α: share of its securing stake an attacker needs"));
        out.add(new InspectorRow("Nakamoto coefficient", Integer.toString(m.nakamotoCoefficient()),
                m.why().getOrDefault("nakamotoCoefficient", "")));
        out.add(new InspectorRow("Isolated cost of corruption", Money.of(m.isolatedCostOfCorruption(), unit),
                m.why().getOrDefault("isolatedCostOfCorruption", "")));
        out.add(new InspectorRow("Blast radius", m.blastRadius().isEmpty() ? "none" : m.blastRadius().size() + " chains",
                m.why().getOrDefault("blastRadius", "")));
        out.add(new InspectorRow("Validator set", m.validatorSet().size() + " validators", topPowers(m.validatorSet())));
        if (m.backingCaptureProbability() != null) {
            out.add(new InspectorRow("Backing capture probability", sci(m.backingCaptureProbability()),
                    m.why().getOrDefault("backingCaptureProbability", "")));
        }
        if (m.invalidBlockEscapeProbability() != null) {
            out.add(new InspectorRow("Invalid block escapes approval", sci(m.invalidBlockEscapeProbability()),
                    m.why().getOrDefault("invalidBlockEscapeProbability", "")));
        }
        if (m.exitWindowRisk() != null) {
            String days = m.exitWindowDays() == null || m.exitWindowDays().isInfinite() ? "unlimited"
                    : Money.fmt(m.exitWindowDays()) + " days";
            out.add(new InspectorRow("Exit window", days + " (" + m.exitWindowRisk() + ")",
                    m.why().getOrDefault("exitWindowDays", "")));
        }
    }

    private void validator(Network n, Validator v, AnalysisResult analysis, List<InspectorRow> out) {
        String unit = unit(n);
        title.set(v.name());
        subtitle.set("validator" + (v.operator() == null ? "" : " run by " + v.operator()));
        String asset = v.asset() == null ? "" : " " + v.asset();
        out.add(new InspectorRow("Stake", Money.fmt(v.stake()) + asset,
                "bonded stake" + (v.asset() == null ? "" : " at " + Money.fmt(n.priceOf(v)) + " USD/" + v.asset())));
        out.add(new InspectorRow("Stake value", Money.of(n.valueOf(v), unit), "σ = stake × price"));
        for (Allocation a : n.allocationsOf(v.id())) {
            out.add(new InspectorRow("Secures " + a.chain(), Money.of(n.valueOf(a), unit),
                    a.isPooled() ? "pooled: the whole stake backs this chain" : "unique stake allocated to this chain"));
        }
        if (analysis != null && analysis.eigenLayerCondition().sums().containsKey(v.id())) {
            double sum = analysis.eigenLayerCondition().sums().get(v.id());
            out.add(new InspectorRow("EigenLayer condition", Money.fmt(sum) + (sum <= 1 ? " ≤ 1 holds" : " > 1 fails"),
                    "Σ π_s / (α_s · Σ a(u,s)) over the chains it secures"));
        }
    }

    private static String unit(Network n) {
        return n.assets().isEmpty() ? "" : "USD";
    }

    private static String pct(double fraction) {
        return String.format(Locale.ROOT, "%.2f%%", fraction * 100);
    }

    private static String sci(double p) {
        return p == 0 ? "0" : String.format(Locale.ROOT, "%.3g", p);
    }

    private static String topPowers(List<ValidatorPower> set) {
        StringBuilder sb = new StringBuilder("after shaping; top: ");
        set.stream().limit(3).forEach(p -> sb.append(p.id()).append(' ').append(Money.fmt(p.power())).append(", "));
        return set.isEmpty() ? "no validators" : sb.substring(0, sb.length() - 2);
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty subtitleProperty() {
        return subtitle.getReadOnlyProperty();
    }

    public ObservableList<InspectorRow> rows() {
        return readOnlyRows;
    }
}
