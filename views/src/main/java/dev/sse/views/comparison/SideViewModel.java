package dev.sse.views.comparison;

import dev.sse.model.compare.Side;
import dev.sse.model.network.Network;
import dev.sse.model.network.graph.NodeRef;
import dev.sse.model.simulation.SimState;
import dev.sse.views.common.FxBridge;
import dev.sse.views.common.ViewText;
import dev.sse.views.graph.GraphViewModel;
import dev.sse.views.graph.RiskState;
import dev.sse.views.graph.layout.TiersLayout;
import dev.sse.views.timeline.TimelineViewModel;
import java.util.Map;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * One side of the comparison: its graph, its own timeline (driven in lockstep by the comparison) and the
 * engines' results for it. Playback frames come from the side's trace; risk states from its analysis.
 */
public final class SideViewModel {

    /** Layout seed of both sides, so a pair opens the same way every time. */
    public static final long LAYOUT_SEED = 42;

    private final GraphViewModel graph;
    private final TimelineViewModel timeline = new TimelineViewModel();
    private final ReadOnlyObjectWrapper<Network> network = new ReadOnlyObjectWrapper<>(this, "network");
    private final ReadOnlyObjectWrapper<Side> side = new ReadOnlyObjectWrapper<>(this, "side");
    private final ReadOnlyStringWrapper label = new ReadOnlyStringWrapper(this, "label", "");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");

    public SideViewModel(FxBridge bridge) {
        this.graph = new GraphViewModel(bridge);
        timeline.stateProperty().addListener((o, was, now) -> showState(now));
    }

    /** The side's verdict from the result's one derivation: "secure" only when proven (issue 18 item 5). */
    static String verdict(dev.sse.model.analysis.AnalysisResult a) {
        return ViewText.get(switch (a.verdict()) {
            case SECURE -> "comparison.side.secure";
            case INSECURE -> "comparison.side.insecure";
            case NO_ATTACK_FOUND -> "comparison.side.notProven";
        });
    }

    /** Shows a new network (laid out off the FX thread); results arrive later through {@link #showResults}. */
    void showNetwork(String name, Network next) {
        label.set(name);
        network.set(next);
        side.set(null);
        timeline.load(null);
        summary.set(ViewText.get("comparison.side.analysing", next.chains().size(),
                next.validators().size()));
        graph.show(next, new TiersLayout(), LAYOUT_SEED);
    }

    /** The engines' results for the network shown. */
    void showResults(Side result) {
        if (result.network() != network.get()) {
            return;
        }
        side.set(result);
        timeline.load(result.trace());
        graph.setStates(RiskState.of(result.analysis()));
        var a = result.analysis();
        String margin = a.margin() == null || a.margin().value() == null ? ViewText.get("comparison.side.na")
                : dev.sse.model.format.Screen.percent(a.margin().value()) + (a.margin().exact() ? "" : "*");
        java.util.List<String> parts = new java.util.ArrayList<>();
        parts.add(verdict(a));
        parts.add(ViewText.get("comparison.side.margin", margin));
        if (a.worstCaseLoss() != null) {
            parts.add(ViewText.get("comparison.side.worstCaseLoss", dev.sse.model.format.Screen.percent(a.worstCaseLoss().loss()),
                    dev.sse.model.format.Screen.percent(a.worstCaseLoss().budget())));
        }
        if (result.trace() != null) {
            parts.add(ViewText.get("comparison.side.scenario", dev.sse.model.format.Screen.percent(result.trace().lostFraction()),
                    String.valueOf(result.trace().fallenChains().size())));
        }
        if (!result.skipped().isEmpty()) {
            parts.add(ViewText.get("comparison.side.skipped", String.valueOf(result.skipped().size())));
        }
        summary.set(String.join(" · ", parts));
    }

    void failed(String message) {
        summary.set(ViewText.get("comparison.side.failed", message));
    }

    private void showState(SimState state) {
        Side s = side.get();
        if (s == null) {
            return;
        }
        Map<NodeRef, RiskState> base = RiskState.of(s.analysis());
        if (state == null || s.trace() == null) {
            graph.update(s.network(), null, 0);
            graph.setStates(base);
            return;
        }
        graph.update(state.network(), null, 0);
        graph.setStates(RiskState.during(s.trace().initial(), state, base));
    }

    public GraphViewModel graph() { return graph; }
    public TimelineViewModel timeline() { return timeline; }
    public ReadOnlyObjectProperty<Network> networkProperty() { return network.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<Side> sideProperty() { return side.getReadOnlyProperty(); }
    public ReadOnlyStringProperty labelProperty() { return label.getReadOnlyProperty(); }
    public ReadOnlyStringProperty summaryProperty() { return summary.getReadOnlyProperty(); }
}
