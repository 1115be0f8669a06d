package dev.sse.views.inspector;

import dev.sse.model.analysis.AnalysisResult;
import dev.sse.model.analysis.ChainMetrics;
import dev.sse.model.format.Screen;
import dev.sse.model.analysis.ValidatorPower;
import dev.sse.model.network.Allocation;
import dev.sse.model.network.Chain;
import dev.sse.model.network.Network;
import dev.sse.model.network.Validator;
import dev.sse.model.network.graph.NodeRef;
import dev.sse.views.common.ViewText;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The selected node's figures, each with one line of "why". Every number comes from the network or
 * from the analysis result; nothing is computed here but formatting.
 */
public final class InspectorViewModel {

    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", ViewText.get("inspector.nothingSelected"));
    private final ReadOnlyStringWrapper subtitle = new ReadOnlyStringWrapper(this, "subtitle",
            ViewText.get("inspector.hint"));
    private final ObservableList<InspectorRow> rows = FXCollections.observableArrayList();
    // one wrapper for the lifetime of the view model: it listens to rows only weakly, so a wrapper made per
    // call (and the view's listener on it) would be garbage-collected and the inspector would stop updating
    private final ObservableList<InspectorRow> readOnlyRows = FXCollections.unmodifiableObservableList(rows);

    /**
     * Shows {@code node} as the window shows it ({@link dev.sse.views.graph.Shown}): the network on screen with its
     * analysis, so during playback a slashed validator shows the stake it has left and a chain its figures as they
     * stand at that step, labelled "at step k/n"; a fallen chain or a removed validator says so first.
     */
    public void show(dev.sse.views.graph.Shown shown, NodeRef node) {
        if (shown == null) {
            show(null, node, null);
            return;
        }
        show(shown.network(), node, shown.analysis());
        if (shown.early()) {
            rows.add(0, early(shown.analysis()));
        }
        dev.sse.views.graph.Shown.Step step = shown.atStep();
        if (step == null) {
            return;
        }
        String at = ViewText.get("inspector.atStep", step.k(), step.n());
        subtitle.set(subtitle.get().isEmpty() ? at : ViewText.get("inspector.subtitle.atStep", subtitle.get(), at));
        if (node != null && shown.step() != null) {
            boolean down = node.isChain() && shown.step().fallenChains().contains(node.id());
            boolean out = !node.isChain() && shown.step().removedValidators().contains(node.id());
            if (down || out) {
                String key = down ? (shown.step().compromisedChains().contains(node.id()) ? "inspector.state.compromised"
                        : "inspector.state.fallen") : "inspector.state.removed";
                rows.add(0, new InspectorRow(ViewText.get("inspector.state"), ViewText.get(key), at, null));
            }
        }
    }

    /**
     * The proven interval of an early answer of the anytime analysis (issue 20): the best attack's net gain found (a
     * verified coalition) and its proven bound, and the margin found with its proven lower end.
     */
    static InspectorRow early(AnalysisResult r) {
        String unit = r.valueUnit();
        String found = Screen.amountDown(r.bestAttack() == null ? 0 : r.bestAttack().profit() - r.bestAttack().cost(), unit);
        String value = r.bestAttackBound() == null ? ViewText.get("inspector.analysis.early.noBound", found)
                : ViewText.get("inspector.analysis.early", found, Screen.amountUp(r.bestAttackBound(), unit));
        String margin = r.margin().value() == null ? "—" : Screen.percent(r.margin().value());
        String lower = r.margin().lowerBound() == null ? ""
                : ViewText.get("inspector.analysis.early.lower", Screen.percentDown(r.margin().lowerBound()));
        return row("inspector.analysis", value, ViewText.get("inspector.analysis.early.why", margin, lower));
    }

    /** Shows {@code node} of {@code network}; {@code analysis} may be null while it is being computed. */
    public void show(Network network, NodeRef node, AnalysisResult analysis) {
        List<InspectorRow> next = new ArrayList<>();
        if (network == null || node == null) {
            title.set(ViewText.get("inspector.nothingSelected"));
            subtitle.set(network == null ? "" : ViewText.get("inspector.hint.network", network.name()));
        } else if (node.isChain()) {
            network.chain(node.id()).ifPresent(c -> chain(network, c, analysis, next));
        } else {
            network.validator(node.id()).ifPresent(v -> validator(network, v, analysis, next));
        }
        rows.setAll(next);
    }

    /** Each figure's glossary entry (app/.../i18n/messages.properties, glossary.*), by the figure's label key. */
    private static final Map<String, String> TERMS = Map.ofEntries(
            Map.entry("inspector.securingStake", "stake"), Map.entry("inspector.cost", "cost-of-corruption"),
            Map.entry("inspector.profit", "profit-from-corruption"), Map.entry("inspector.margin", "security-margin"),
            Map.entry("inspector.slashableCost", "cost-of-corruption"), Map.entry("inspector.slashableMargin", "security-margin"),
            Map.entry("inspector.threshold", "attack-threshold"), Map.entry("inspector.nakamoto", "nakamoto-coefficient"),
            Map.entry("inspector.isolatedCost", "sovereignty"), Map.entry("inspector.blastRadius", "blast-radius"),
            Map.entry("inspector.validatorSet", "unified-validator-set"), Map.entry("inspector.backingCapture", "backing"),
            Map.entry("inspector.invalidBlockEscape", "approval-checking"), Map.entry("inspector.exitWindow", "exit-window"),
            Map.entry("inspector.stake", "stake"), Map.entry("inspector.stakeValue", "stake"),
            Map.entry("inspector.eigenLayer", "restaking"));

    /** Every glossary key an inspector figure links to (the app checks each has a glossary entry). */
    public static java.util.Set<String> glossaryTerms() {
        return java.util.Set.copyOf(TERMS.values());
    }

    /** A figure labelled by the bundle key {@code labelKey}, linked to its glossary entry when it has one. */
    private static InspectorRow row(String labelKey, String value, String why) {
        return new InspectorRow(ViewText.get(labelKey), value, why, TERMS.get(labelKey));
    }

    private void chain(Network n, Chain c, AnalysisResult analysis, List<InspectorRow> out) {
        String unit = unit(n);
        title.set(c.name());
        subtitle.set(c.securedBy() == null ? ViewText.kind(c.kind())
                : ViewText.get("inspector.chain.securedBy", ViewText.kind(c.kind()), chainName(n, c.securedBy())));
        ChainMetrics m = analysis == null ? null : analysis.chains().get(c.id());
        if (m == null) {
            out.add(row("inspector.profit", Screen.amount(c.profitFromCorruption(), unit), ViewText.get("inspector.why.profitFromFile")));
            out.add(row("inspector.threshold", Screen.percent(c.attackThreshold()), ViewText.get("inspector.why.thresholdNeeded")));
            out.add(row("inspector.analysis", ViewText.get("inspector.analysis.running"), ""));
            return;
        }
        out.add(row("inspector.securingStake", Screen.amount(m.securingStake(), unit), m.why(ChainMetrics.Metric.SECURING_STAKE)));
        out.add(row("inspector.cost", m.costExact() ? Screen.amount(m.costOfCorruption(), unit)
                : ViewText.get("inspector.bound", Screen.amountUp(m.costOfCorruption(), unit)),
                m.why(ChainMetrics.Metric.COST_OF_CORRUPTION)));
        out.add(row("inspector.profit", Screen.amount(m.profitFromCorruption(), unit),
                m.why(ChainMetrics.Metric.PROFIT_FROM_CORRUPTION)));
        out.add(row("inspector.margin", m.securityMargin() == null ? "—" : Screen.percent(m.securityMargin()),
                m.why(ChainMetrics.Metric.SECURITY_MARGIN)));
        out.add(row("inspector.slashableCost", Screen.amount(m.slashableCostOfCorruption(), unit),
                m.why(ChainMetrics.Metric.SLASHABLE_COST_OF_CORRUPTION)));
        out.add(row("inspector.slashableMargin", m.slashableMargin() == null ? "—" : Screen.percent(m.slashableMargin()),
                m.why(ChainMetrics.Metric.SLASHABLE_MARGIN)));
        out.add(row("inspector.threshold", Screen.percent(c.attackThreshold()), ViewText.get("inspector.why.threshold")));
        out.add(row("inspector.nakamoto", Integer.toString(m.nakamotoCoefficient()),
                m.why(ChainMetrics.Metric.NAKAMOTO_COEFFICIENT)));
        out.add(row("inspector.isolatedCost", Screen.amount(m.isolatedCostOfCorruption(), unit),
                m.why(ChainMetrics.Metric.ISOLATED_COST_OF_CORRUPTION)));
        out.add(row("inspector.blastRadius", m.blastRadius().isEmpty() ? ViewText.get("inspector.none")
                : m.blastRadius().size() == 1 ? ViewText.get("inspector.chains.one") : ViewText.get("inspector.chains", m.blastRadius().size()),
                m.why(ChainMetrics.Metric.BLAST_RADIUS)));
        out.add(new InspectorRow(ViewText.get("inspector.validatorSet"),
                m.validatorSet().size() == 1 ? ViewText.get("inspector.validators.one")
                        : ViewText.get("inspector.validators", m.validatorSet().size()), topPowers(n, m.validatorSet(), powerShaped(n, c), unit)));
        if (m.backingCaptureProbability() != null) {
            out.add(row("inspector.backingCapture", Screen.decimal(m.backingCaptureProbability()),
                    m.why(ChainMetrics.Metric.BACKING_CAPTURE_PROBABILITY)));
        }
        if (m.invalidBlockEscapeProbability() != null) {
            out.add(row("inspector.invalidBlockEscape", Screen.decimal(m.invalidBlockEscapeProbability()),
                    m.why(ChainMetrics.Metric.INVALID_BLOCK_ESCAPE_PROBABILITY)));
        }
        if (m.exitWindowRisk() != null) {
            String days = m.exitWindowDays() == null || m.exitWindowDays().isInfinite() ? ViewText.get("inspector.exit.unlimited")
                    : ViewText.get("inspector.exit.days", Screen.decimal(m.exitWindowDays()));
            out.add(row("inspector.exitWindow", ViewText.get("inspector.exit.value", days, m.exitWindowRisk()),
                    m.why(ChainMetrics.Metric.EXIT_WINDOW_DAYS)));
        }
        if (c.dataAvailability() != null) {
            out.add(row("inspector.dataAvailability", c.dataAvailability().shown(n),
                    m.why(ChainMetrics.Metric.DATA_AVAILABILITY)));
        }
    }

    private void validator(Network n, Validator v, AnalysisResult analysis, List<InspectorRow> out) {
        String unit = unit(n);
        title.set(v.name());
        subtitle.set(v.operator() == null ? ViewText.get("inspector.validator") : ViewText.get("inspector.validator.runBy", v.operator()));
        // with its scale (14.4 M ATOM): three significant digits alone read as an exact 14400000
        out.add(row("inspector.stake", Screen.amount(v.stake(), v.asset() == null ? "" : v.asset()),
                v.asset() == null ? ViewText.get("inspector.why.bonded") : ViewText.get("inspector.why.bondedAt", Screen.decimal(n.priceOf(v)), v.asset())));
        out.add(row("inspector.stakeValue", Screen.amount(n.valueOf(v), unit), ViewText.get("inspector.why.stakeValue")));
        for (Allocation a : n.allocationsOf(v.id())) {
            out.add(new InspectorRow(ViewText.get("inspector.secures", chainName(n, a.chain())), Screen.amount(n.valueOf(a), unit),
                    a.isPooled() ? ViewText.get("inspector.why.pooled") : ViewText.get("inspector.why.unique")));
        }
        if (analysis != null && analysis.eigenLayerCondition().sums().containsKey(v.id())) {
            double sum = analysis.eigenLayerCondition().sums().get(v.id());
            out.add(new InspectorRow(ViewText.get("inspector.eigenLayer"),
                    ViewText.get(sum <= 1 ? "inspector.eigenLayer.holds" : "inspector.eigenLayer.fails", Screen.decimal(sum)),
                    ViewText.get("inspector.why.eigenLayer")));
        }
    }

    private static String unit(Network n) {
        return n.valueUnit();
    }

    private static String chainName(Network n, String id) {
        return n.chain(id).map(Chain::name).orElse(id);
    }

    /**
     * Whether the chain's weights are ICS powers (a {@code powerCap} on it or on the provider whose set it inherits,
     * SecuringSets' shaping) rather than values in the value unit.
     */
    private static boolean powerShaped(Network n, Chain c) {
        for (Chain at = c; at != null; at = at.securedBy() == null || !n.allocationsTo(at.id()).isEmpty() ? null
                : n.chain(at.securedBy()).orElse(null)) {
            if (at.icsShaping().powerCap() > 0) {
                return true;
            }
        }
        return false;
    }

    /** "top: V1 187 M USD, V2 150 M USD, V3 146 M USD": by name, each weight with its unit (ICS power when power-capped). */
    private static String topPowers(Network n, List<ValidatorPower> set, boolean power, String unit) {
        StringBuilder sb = new StringBuilder();
        set.stream().limit(3).forEach(p -> sb.append(n.validator(p.id()).map(Validator::name).orElse(p.id())).append(' ')
                .append(power ? ViewText.get("inspector.power", Screen.count(Math.round(p.power()))) : Screen.amount(p.power(), unit))
                .append(", "));
        return set.isEmpty() ? ViewText.get("inspector.why.noValidators") : ViewText.get("inspector.why.top", sb.substring(0, sb.length() - 2));
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
