package dev.sse.model.analysis;

/**
 * The network's security margin γ* = min over attacking coalitions (A, B) with π(A) &gt; 0 of
 * cost(B)/π(A) − 1 (domain.md §1.1; γ* ≥ 0 ⇔ secure). Coalitions with π(A) = 0 are excluded: their
 * ratio is +∞ (or 0/0) and they can never be valid attacks.
 *
 * @param value      γ* (the best coalition found), or null when no coalition has π(A) &gt; 0
 * @param exact      true when proven minimal
 * @param lowerBound proven lower bound on γ* (equals {@code value} when exact; null when value is null)
 * @param why        one line with the numbers
 */
public record Margin(Double value, boolean exact, Double lowerBound, String why) {
}
