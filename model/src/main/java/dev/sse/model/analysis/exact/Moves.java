package dev.sse.model.analysis.exact;

import java.util.Arrays;

/**
 * One side of a fill for {@link PairSwaps} (the chosen items, or the others): every move of none, one or two of its
 * items (at most {@code pool} of them, spread evenly over the side's sorted weights), with the moves' sums, and the
 * exchanges between the two sides. An exchange gives up the chosen move a and takes the unchosen move b: Σ changes
 * by b − a, and the excess E by its difference d = a − b. Two exchanges at once: {@link TwoExchanges}.
 */
final class Moves {

    private final long[] sums;
    private final int[] first;
    private final int[] second;
    /** The moves' sums, ascending. */
    final long[] sorted;

    Moves(long[] v, int[] order, boolean[] chosen, boolean side, int pool) {
        int count = 0;
        for (int j : order) {
            count += chosen[j] == side ? 1 : 0;
        }
        int[] items = new int[Math.min(count, pool)];
        for (int k = 0, seen = 0; k < order.length; k++) {
            int j = order[k];
            if (chosen[j] == side) {
                // the seen-th of count, kept when it starts a new share of count/items.length (evenly spread)
                if ((long) seen * items.length / count != ((long) seen + 1) * items.length / count) {
                    items[(int) ((long) seen * items.length / count)] = j;
                }
                seen++;
            }
        }
        int m = items.length;
        int size = 1 + m + m * (m - 1) / 2;
        sums = new long[size];
        first = new int[size];
        second = new int[size];
        first[0] = -1;
        second[0] = -1;
        int at = 1;
        for (int a = 0; a < m; a++) {
            sums[at] = v[items[a]];
            first[at] = items[a];
            second[at++] = -1;
            for (int b = a + 1; b < m; b++) {
                sums[at] = v[items[a]] + v[items[b]];
                first[at] = items[a];
                second[at++] = items[b];
            }
        }
        sorted = sums.clone();
        Arrays.sort(sorted);
    }

    /**
     * Makes the exchange with the largest difference in [0, excess] (one merge of the sorted sums).
     *
     * @return its difference (0: none found, nothing changed)
     */
    static long exchangeBest(Moves in, Moves out, long excess, boolean[] chosen) {
        long best = 0;
        long bestA = 0;
        long bestB = 0;
        int k = 0;
        long[] b = out.sorted;
        for (long a : in.sorted) {
            while (k < b.length && b[k] < a - excess) {
                k++;
            }
            if (k == b.length) {
                break;
            }
            if (b[k] <= a && a - b[k] > best) {
                best = a - b[k];
                bestA = a;
                bestB = b[k];
            }
        }
        if (best > 0) {
            in.apply(in.find(bestA), chosen);
            out.apply(out.find(bestB), chosen);
        }
        return best;
    }

    /** Two moves of this side with sums s and t and no item in common, or null. */
    int[] disjoint(long s, long t) {
        int[] withS = new int[8];
        int[] withT = new int[8];
        int ns = 0;
        int nt = 0;
        for (int k = 0; k < sums.length && (ns < 8 || nt < 8); k++) {
            if (sums[k] == s && ns < 8) {
                withS[ns++] = k;
            }
            if (sums[k] == t && nt < 8) {
                withT[nt++] = k;
            }
        }
        for (int i = 0; i < ns; i++) {
            for (int j = 0; j < nt; j++) {
                if (withS[i] != withT[j] && apart(withS[i], withT[j])) {
                    return new int[] {withS[i], withT[j]};
                }
            }
        }
        return null;
    }

    /** Whether moves p and q share no item (-1 marks no item). */
    private boolean apart(int p, int q) {
        for (int x : new int[] {first[p], second[p]}) {
            if (x >= 0 && (x == first[q] || x == second[q])) {
                return false;
            }
        }
        return true;
    }

    /** The first move with sum s. */
    private int find(long s) {
        for (int k = 0; k < sums.length; k++) {
            if (sums[k] == s) {
                return k;
            }
        }
        throw new IllegalStateException("no move sums to " + s);
    }

    /** Moves the move's items to the other side. */
    void apply(int k, boolean[] chosen) {
        if (first[k] >= 0) {
            chosen[first[k]] = !chosen[first[k]];
        }
        if (second[k] >= 0) {
            chosen[second[k]] = !chosen[second[k]];
        }
    }
}
