package dev.sse.model.analysis.exact;

import java.util.Arrays;

/**
 * The last exact way for {@link SubsetSum} to hit T' on hundreds of items whose weights are too fine for a core
 * (issue 20: the relay chain of kusama-era-1827, 899 validators of 3.4·10^11 to 2.6·10^12 units, was "best cover
 * found, not proven minimal" 1,469 KSM above T). A subset summing to exactly T' is optimal, T' being a lower bound;
 * with hundreds of items such subsets abound, and here one is reached from a fill by exchanges.
 *
 * <p>The fill takes items spread evenly over the sorted weights until Σ ≥ T', leaving an excess E = Σ − T' ≥ 0.
 * Then it forms, on either side (chosen, not chosen; at most {@value #POOL} items each, spread evenly), every
 * move of none, one or two items ({@link Moves}). <b>One exchange:</b> the chosen move a and unchosen move b with
 * a − b in [0, E] and largest, found by one merge of the sorted move sums, is made; on kusama-era-1827 it takes E
 * from 5.7·10^10 to 1,484 units. <b>Two exchanges</b> ({@link TwoExchanges}) with disjoint items whose differences
 * add up to what is left end the search. Deterministic (no randomness), one pass (about 12 ms of CPU on 1,000 items
 * when nothing is found); null when no exact hit is found, and the caller keeps its bounded search. Every answer is checked to sum to T' exactly. A T' no subset can sum to (after a stake drag) is told
 * apart first ({@link OddResidues}).
 */
final class PairSwaps {

    /** Items per side whose moves are formed (about 33,000 moves a side). */
    static final int POOL = 256;
    /**
     * Exchanges of small difference gathered for the two-exchange search. Measured on 20 random tables each of 100 to
     * 3,000 weights: 2^14 in one pass hits as often as 2^13 in three passes (one exchange, then two, again on what is
     * left), at a third of the CPU when nothing is found (11 against 30 ms on 1,000 lognormal weights).
     */
    static final int SMALL = 1 << 14;
    /** Candidate pairs of exchanges checked for disjoint items. */
    private static final int TRIES = 256;

    private PairSwaps() {
    }

    /**
     * @param v      weights &gt; 0 whose total is below 2^61
     * @param target T' &gt; 0 with Σv ≥ T'
     * @return chosen items (by position in {@code v}) summing to exactly {@code target}, or null
     */
    static boolean[] hit(long[] v, long target) {
        int n = v.length;
        long total = 0;
        for (long x : v) {
            if (x <= 0 || total >= 1L << 61) {
                return null;
            }
            total += x;
        }
        if (total < target || target <= 0 || !OddResidues.mayHit(v, target)) {
            return null;
        }
        int[] order = ascending(v);
        boolean[] chosen = fill(v, order, target, total);
        long excess = -target;
        for (int i = 0; i < n; i++) {
            excess += chosen[i] ? v[i] : 0;
        }
        if (excess > 0) {
            excess -= Moves.exchangeBest(new Moves(v, order, chosen, true, POOL),
                    new Moves(v, order, chosen, false, POOL), excess, chosen);
        }
        if (excess > 0) {
            excess -= TwoExchanges.make(new Moves(v, order, chosen, true, POOL),
                    new Moves(v, order, chosen, false, POOL), excess, chosen, SMALL, TRIES);
        }
        long sum = 0;
        for (int i = 0; i < n; i++) {
            sum += chosen[i] ? v[i] : 0;
        }
        return excess == 0 && sum == target ? chosen : null;
    }

    /** Positions sorted by weight ascending, ties by position. */
    private static int[] ascending(long[] v) {
        Integer[] order = new Integer[v.length];
        for (int i = 0; i < v.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> v[a] != v[b] ? Long.compare(v[a], v[b]) : Integer.compare(a, b));
        return Arrays.stream(order).mapToInt(Integer::intValue).toArray();
    }

    /**
     * A fill with Σ ≥ target whose chosen and unchosen items both spread over the whole range of weights: every
     * item in turn (ascending) while the share taken stays at most target/total, then the smallest left out until
     * Σ ≥ target.
     */
    private static boolean[] fill(long[] v, int[] order, long target, long total) {
        boolean[] chosen = new boolean[v.length];
        double share = (double) target / total;
        double owed = 0;
        long sum = 0;
        for (int j : order) {
            owed += share;
            if (owed >= 1 && sum + v[j] <= target) {
                owed -= 1;
                chosen[j] = true;
                sum += v[j];
            }
        }
        for (int k = 0; k < order.length && sum < target; k++) {
            int j = order[k];
            if (!chosen[j]) {
                chosen[j] = true;
                sum += v[j];
            }
        }
        return chosen;
    }
}
