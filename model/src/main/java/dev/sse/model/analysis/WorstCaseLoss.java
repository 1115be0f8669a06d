package dev.sse.model.analysis;

import java.util.List;

/**
 * Worst-case stake loss for a shock budget ψ (domain.md §1.1, §8 step 5): max over validator sets D with
 * σ(D) ≤ ψ·σ(V) of (σ(D) + the largest cost of a valid attack on G↓D) / σ(V). One attack suffices
 * (Corollary 1: a cascade's union is itself a valid attack).
 *
 * @param budget ψ
 * @param loss   the loss as a fraction of σ(V)
 * @param shock  D, validator ids sorted
 * @param attack the valid attack on G↓D, or null when the shock leaves none
 * @param exact  true when proven maximal
 * @param bound  proven upper bound on {@code loss} (equals it when exact)
 * @param why    one line with the numbers
 */
public record WorstCaseLoss(double budget, double loss, List<String> shock, Attack attack, boolean exact,
                           double bound, String why) {
    public WorstCaseLoss {
        shock = List.copyOf(shock);
    }
}
