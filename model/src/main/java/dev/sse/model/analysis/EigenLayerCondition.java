package dev.sse.model.analysis;

import java.util.Map;

/**
 * Claim 1 of Durvasula–Roughgarden ("EigenLayer condition", sufficient for security): for every validator v,
 * Σ_{s∋v} π_s / (α_s · Σ_{u∈N(s)} a(u,s)) ≤ 1. Checked exactly in rationals.
 *
 * @param holds true when every validator's sum is ≤ 1
 * @param sums  validator id → its sum (file order; validators on no chain have 0; +∞ when a chain with
 *              π &gt; 0 has no securing stake, written as null in JSON)
 * @param why   one line: the worst validator and its sum
 */
public record EigenLayerCondition(boolean holds, Map<String, Double> sums, String why) {
}
