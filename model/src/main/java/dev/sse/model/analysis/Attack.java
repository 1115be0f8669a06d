package dev.sse.model.analysis;

import java.util.List;

/**
 * A coalition (A, B) of Durvasula–Roughgarden: B attacks every chain of A, i.e. for each s ∈ A
 * Σ_{v∈B∩N(s)} a(v,s) ≥ α_s·Σ_{v∈N(s)} a(v,s). Valid when profit &gt; cost.
 *
 * @param chains     A, chain ids sorted
 * @param validators B, validator ids sorted
 * @param cost       Σ_{v∈B} min(σ_v, Σ_{s∈A} a(v,s)) in the network's value unit (pooled stake loses its
 *                   whole value, unique stake what it put at risk on A)
 * @param profit     Σ_{s∈A} π_s in the value unit
 */
public record Attack(List<String> chains, List<String> validators, double cost, double profit) {

    public Attack {
        chains = List.copyOf(chains);
        validators = List.copyOf(validators);
    }

    /** profit − cost. */
    public double net() {
        return profit - cost;
    }
}
