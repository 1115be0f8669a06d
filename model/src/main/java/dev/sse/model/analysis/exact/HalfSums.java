package dev.sse.model.analysis.exact;

import java.util.Arrays;

/**
 * The meet in the middle {@link SubsetSum}'s core, {@link WideCore}, {@link SortedHalves} and {@link BranchHalves}
 * share: every subset sum of each half of a core, generated in ascending order, and the first pair (by mask) whose
 * sums add up to a given residue. Ascending lists meet in one linear pass, up one and down the other (Horowitz and
 * Sahni, J. ACM 21(2), 1974); until issue 20's fifth session the second half was hashed instead, one probe (a cache
 * miss in a 48 MB table for 40 items) per sum of the first, about 4× the time on 18-decimal covers.
 */
final class HalfSums {

    private final long[] cv;
    private final int h1;
    private final long[] sortedA;
    private final long[] sortedB;

    private HalfSums(long[] cv) {
        this.cv = cv;
        h1 = cv.length / 2;
        sortedA = sorted(cv, 0, h1);
        sortedB = sorted(cv, h1, cv.length - h1);
    }

    /** The halves cv[0 .. k/2) and cv[k/2 .. k) of a core of k items. */
    static HalfSums of(long[] cv) {
        return new HalfSums(cv);
    }

    /**
     * The pair a hash of the second half's sums (each sum to the least mask reaching it) would give when probed for
     * r − a(m1) by the first half's masks m1 = 0, 1, 2, …: the least m1 whose sum has a partner, and the least
     * second-half mask m2 summing to that partner.
     *
     * @return {m1, m2}, or null when no sum of the first half plus one of the second is r
     */
    int[] first(long r) {
        long[] hits = new long[4];
        int count = 0;
        int j = sortedB.length - 1;
        for (int i = 0; i < sortedA.length && j >= 0; i++) {
            long x = sortedA[i];
            if (i > 0 && x == sortedA[i - 1]) {
                continue;
            }
            while (j >= 0 && sortedB[j] > r - x) {
                j--;
            }
            if (j >= 0 && sortedB[j] == r - x) {
                if (count == hits.length) {
                    hits = Arrays.copyOf(hits, 2 * count);
                }
                hits[count++] = x; // ascending, as sortedA is
            }
        }
        if (count == 0) {
            return null;
        }
        long[] a = sums(cv, 0, h1);
        int m1 = 0;
        while (Arrays.binarySearch(hits, 0, count, a[m1]) < 0) {
            m1++;
        }
        long[] b = sums(cv, h1, cv.length - h1);
        int m2 = 0;
        while (b[m2] != r - a[m1]) {
            m2++;
        }
        return new int[] {m1, m2};
    }

    /** All 2^h subset sums of items cv[from..from+h), indexed by mask; the last is the total. */
    static long[] sums(long[] cv, int from, int h) {
        long[] s = new long[1 << h];
        for (int m = 1; m < s.length; m++) {
            s[m] = s[m & (m - 1)] + cv[from + Integer.numberOfTrailingZeros(m)];
        }
        return s;
    }

    /** Every subset sum of v[from .. from+count), ascending (equal sums each once per subset). */
    static long[] sorted(long[] v, int from, int count) {
        long[] s = new long[1 << count];
        int len = 1;
        for (int k = 0; k < count; k++) {
            long x = v[from + k];
            int i = len;
            int j = len;
            int p = 2 * len;
            // merge s[0..len) and s[0..len) + x into s[0..2len) from the back: p = i + j ≥ max(i, j) + 1 while
            // both are > 0, so no unread entry is overwritten; once i is 0 the rest is s[0..j), already in place
            while (i > 0) {
                if (j > 0 && s[j - 1] > s[i - 1] + x) {
                    s[--p] = s[--j];
                } else {
                    s[--p] = s[--i] + x;
                }
            }
            len *= 2;
        }
        return s;
    }

    /**
     * Whether {@code r} can be a subset sum of {@code ascending} (sorted, ascending) at all: a subset of j items sums
     * to between the j smallest and the j largest, so an r in none of these k + 1 bands is no subset sum. Near-uniform
     * weights (the kusama sample's 4,791 to 8,034 KSM, once a stake drag breaks their common divisor) leave wide gaps between the bands, where a
     * lookup of every half sum would find nothing.
     */
    static boolean inSomeBand(long[] ascending, long r) {
        long low = 0;
        long high = 0;
        for (int j = 0; j <= ascending.length; j++) {
            if (r >= low && r <= high) {
                return true;
            }
            if (j < ascending.length) {
                // saturating: a band past the long range only widens, so the answer stays on the safe side
                low = Math.min(low, Long.MAX_VALUE - ascending[j]) + ascending[j];
                high = Math.min(high, Long.MAX_VALUE - ascending[ascending.length - 1 - j])
                        + ascending[ascending.length - 1 - j];
            }
        }
        return false;
    }
}
