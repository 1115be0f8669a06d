package dev.sse.model.compare;

import dev.sse.model.analysis.economics.SixPoints;
import java.util.Set;

/**
 * One of the seed's six points of comparison for one chain, both sides: security source, capital cost
 * (annual security cost; lower is better), sovereignty, time to finality (lower is better), cross-chain
 * trust (the weakest bridge's cost of corruption; higher is better) and economic attack cost (cost of
 * corruption; higher is better). Qualitative points (source, sovereignty) have no difference and no better
 * side. Values come from {@link SixPoints}; nothing is recomputed here.
 *
 * @param key        one of {@link SixPoints#KEYS}
 * @param label      human label
 * @param left       the left side's row, or null when the chain is not there
 * @param right      the right side's row, or null
 * @param difference right − left for numeric points with both values, else null
 * @param better     which side is better on this point
 */
public record SixPointDelta(String key, String label, SixPoints.Row left, SixPoints.Row right, Double difference,
                            Safer better) {

    private static final Set<String> LOWER_IS_BETTER = Set.of("capitalCost", "timeToFinality");
    private static final Set<String> HIGHER_IS_BETTER = Set.of("crossChainTrust", "economicAttackCost");

    /** Pairs two rows of the same key (either may be null). */
    public static SixPointDelta of(String key, SixPoints.Row left, SixPoints.Row right) {
        SixPoints.Row any = left != null ? left : right;
        String label = any == null ? key : any.label();
        Double l = left == null ? null : left.value();
        Double r = right == null ? null : right.value();
        boolean comparable = LOWER_IS_BETTER.contains(key) || HIGHER_IS_BETTER.contains(key);
        Double difference = !comparable || l == null || r == null ? null : r - l;
        return new SixPointDelta(key, label, left, right, difference, better(key, l, r));
    }

    static Safer better(String key, Double l, Double r) {
        if (l == null || r == null || !(LOWER_IS_BETTER.contains(key) || HIGHER_IS_BETTER.contains(key))) {
            return Safer.UNKNOWN;
        }
        int c = Double.compare(l, r);
        if (c == 0) {
            return Safer.SAME;
        }
        boolean leftHigher = c > 0;
        return leftHigher == HIGHER_IS_BETTER.contains(key) ? Safer.LEFT : Safer.RIGHT;
    }

    /** A row's cell text, or a dash when the side lacks the chain. */
    public static String text(SixPoints.Row row) {
        return row == null ? "—" : row.text();
    }
}
