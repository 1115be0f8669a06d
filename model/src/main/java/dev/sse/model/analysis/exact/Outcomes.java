package dev.sse.model.analysis.exact;

import java.util.List;

/** What the exact engines return, in instance units; {@code exact} = proven by the solver. */
public final class Outcomes {

    private Outcomes() {
    }

    /**
     * A best-attack search.
     *
     * @param attack   the best valid attack found (null: none found)
     * @param exact    true when optimality and the tie-break were proven
     * @param netBound proven upper bound on the best net (profit − cost), in units
     * @param solver   what answered ("brute force", "cp-sat 9.15.6755", …)
     */
    public record Attack(Coalition attack, boolean exact, long netBound, String solver) {
    }

    /**
     * A min-ratio search: min cost/profit over attacking coalitions with profit &gt; 0.
     *
     * @param cost       cost of the best coalition found (its ratio is the upper bound)
     * @param profit     its profit; 0 when no coalition has profit &gt; 0
     * @param exact      true when the ratio is proven minimal
     * @param lowerBound a proven lower bound of the ratio (equal to cost/profit when exact)
     * @param solver     what answered
     */
    public record Ratio(long cost, long profit, boolean exact, Fraction lowerBound, String solver) {
        public boolean exists() {
            return profit > 0;
        }
    }

    /**
     * A worst-case-loss search.
     *
     * @param loss      σ(D) + cost of the attack, in units
     * @param shock     D (instance indices)
     * @param attack    the valid attack on G↓D (null when none)
     * @param exact     true when proven maximal
     * @param bound     proven upper bound on {@code loss} in units
     * @param solver    what answered
     */
    public record Worst(long loss, List<Integer> shock, Coalition attack, boolean exact, long bound, String solver) {
    }
}
