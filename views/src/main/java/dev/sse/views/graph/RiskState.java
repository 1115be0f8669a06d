package dev.sse.views.graph;

import dev.sse.model.analysis.AnalysisResult;
import dev.sse.model.analysis.ChainMetrics;
import dev.sse.model.network.graph.NodeRef;
import java.util.HashMap;
import java.util.Map;

/**
 * A node's state on the risk palette, shown as a CSS pseudo-class of the same name. Derived from the
 * analysis (chains) and the simulation (validators, fallen chains), never computed here.
 */
public enum RiskState {
    HEALTHY("healthy"),
    AT_RISK("at-risk"),
    ATTACKABLE("attackable"),
    COMPROMISED("compromised"),
    SLASHED("slashed"),
    JAILED("jailed");

    /** Margin below which a chain is shown "at risk" (issue: margin &lt; 0.1). */
    public static final double AT_RISK_MARGIN = 0.1;

    private final String pseudoClass;

    RiskState(String pseudoClass) {
        this.pseudoClass = pseudoClass;
    }

    public String pseudoClass() {
        return pseudoClass;
    }

    /**
     * States during playback of a simulation: fallen or compromised chains are compromised, removed
     * validators (jailed, tombstoned, chilled) are jailed, validators with less stake than before the
     * faults are slashed; everything else keeps its state from the analysis ({@code base}).
     */
    public static Map<NodeRef, RiskState> during(dev.sse.model.simulation.SimState before,
                                                 dev.sse.model.simulation.SimState now, Map<NodeRef, RiskState> base) {
        Map<NodeRef, RiskState> states = new HashMap<>(base);
        now.fallenChains().forEach(c -> states.put(NodeRef.chain(c), COMPROMISED));
        now.compromisedChains().forEach(c -> states.put(NodeRef.chain(c), COMPROMISED));
        for (var v : now.network().validators()) {
            NodeRef ref = NodeRef.validator(v.id());
            double was = before.network().validator(v.id()).map(x -> before.network().valueOf(x)).orElse(0.0);
            if (now.removedValidators().contains(v.id())) {
                states.put(ref, JAILED);
            } else if (now.network().valueOf(v) < was) {
                states.put(ref, SLASHED);
            }
        }
        return states;
    }

    /**
     * Chain states from an analysis: in the best attack or with a negative margin → attackable;
     * margin below {@link #AT_RISK_MARGIN} → at risk; otherwise healthy. Validators in the best
     * attack are marked attackable too.
     */
    public static Map<NodeRef, RiskState> of(AnalysisResult analysis) {
        Map<NodeRef, RiskState> states = new HashMap<>();
        if (analysis == null) {
            return states;
        }
        for (ChainMetrics m : analysis.chains().values()) {
            Double margin = m.securityMargin();
            RiskState s = margin == null || margin >= AT_RISK_MARGIN ? HEALTHY : margin < 0 ? ATTACKABLE : AT_RISK;
            states.put(NodeRef.chain(m.id()), s);
        }
        if (analysis.bestAttack() != null) {
            analysis.bestAttack().chains().forEach(c -> states.put(NodeRef.chain(c), ATTACKABLE));
            analysis.bestAttack().validators().forEach(v -> states.put(NodeRef.validator(v), ATTACKABLE));
        }
        return states;
    }
}
