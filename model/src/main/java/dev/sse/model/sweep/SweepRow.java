package dev.sse.model.sweep;

import dev.sse.model.analysis.Attack;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The analysis at one point of a sweep.
 *
 * @param value          the parameter's value
 * @param secure         no valid attack found ({@link dev.sse.model.analysis.AnalysisResult#secure()})
 * @param secureExact    {@code secure} is proven
 * @param margin         network margin γ* (null when no coalition has profit &gt; 0)
 * @param marginExact    γ* is proven minimal
 * @param marginProven   proven lower bound on γ* (equals {@code margin} when exact), or null
 * @param shockBudget    ψ of the worst-case loss at this point
 * @param worstCaseLoss  worst-case loss after a shock of ψ, fraction of all stake
 * @param worstExact     the worst-case loss is proven maximal
 * @param drBound        Durvasula–Roughgarden bound (1 + 1/γ)·ψ with γ the proven margin (γ* when exact, else its
 *                       proven lower bound) when γ &gt; 0; else null (no bound)
 * @param worstShock     the shocked validators D of the worst case
 * @param worstAttack    the valid attack after the shock, or null
 * @param chainMargins   chain id → security margin (null when π = 0), in file order
 * @param captures       adversary-fraction sweeps: chain id → backing capture probability (parachains only);
 *                       else empty
 * @param scenarioLoss   with a scenario: fraction of all stake lost; else null
 * @param scenarioFallen with a scenario: chains fallen; else null
 */
public record SweepRow(double value, boolean secure, boolean secureExact, Double margin, boolean marginExact,
                       Double marginProven,                       double shockBudget, Double worstCaseLoss, boolean worstExact, Double drBound,
                       List<String> worstShock, Attack worstAttack, Map<String, Double> chainMargins,
                       Map<String, Double> captures, Double scenarioLoss, List<String> scenarioFallen) {

    /** Secure (proven), insecure, or no attack found (not proven): the one verdict, as analyze derives it. */
    public dev.sse.model.analysis.Verdict verdict() {
        return dev.sse.model.analysis.Verdict.of(secure, secureExact);
    }

    /** The same row with another DR bound. */
    public SweepRow withDrBound(Double bound) {
        return new SweepRow(value, secure, secureExact, margin, marginExact, marginProven, shockBudget, worstCaseLoss,
                worstExact, bound, worstShock, worstAttack, chainMargins, captures, scenarioLoss, scenarioFallen);
    }

    public SweepRow {
        worstShock = List.copyOf(worstShock);
        chainMargins = Collections.unmodifiableMap(new LinkedHashMap<>(chainMargins));
        captures = Collections.unmodifiableMap(new LinkedHashMap<>(captures));
        scenarioFallen = scenarioFallen == null ? null : List.copyOf(scenarioFallen);
    }
}
