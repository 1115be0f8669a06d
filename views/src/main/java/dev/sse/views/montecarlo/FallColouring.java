package dev.sse.views.montecarlo;

import dev.sse.model.montecarlo.ChainRisk;
import dev.sse.model.montecarlo.MonteCarloResult;
import dev.sse.model.network.graph.NodeRef;
import dev.sse.views.graph.RiskState;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Colours each chain of a graph by its Monte Carlo probability of falling, on the risk palette: at least
 * {@value #COMPROMISED} → compromised, at least {@value #ATTACKABLE} → attackable, above 0 → at risk, never → healthy.
 * Validators keep whatever state they have.
 */
final class FallColouring {

    static final double COMPROMISED = 0.1;
    static final double ATTACKABLE = 0.01;

    private FallColouring() {
    }

    /** {@code base} with every chain of {@code r} recoloured by its fall probability. */
    static Map<NodeRef, RiskState> states(MonteCarloResult r, Map<NodeRef, RiskState> base) {
        Map<NodeRef, RiskState> out = new LinkedHashMap<>(base);
        for (ChainRisk c : r.chainRisks()) {
            out.put(NodeRef.chain(c.id()), of(c.fall()));
        }
        return out;
    }

    static RiskState of(double fall) {
        return fall >= COMPROMISED ? RiskState.COMPROMISED : fall >= ATTACKABLE ? RiskState.ATTACKABLE
                : fall > 0 ? RiskState.AT_RISK : RiskState.HEALTHY;
    }
}
