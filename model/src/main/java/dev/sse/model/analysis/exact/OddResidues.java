package dev.sse.model.analysis.exact;

/**
 * A divisibility test every subset sum passes, so that {@link PairSwaps} does not look for an exact hit of T' that
 * cannot exist. A stake drag scales one validator of a table of whole units (the kusama sample: 1,000 stakes, all
 * multiples of 20 units but the dragged one): the gcd is then 1, yet every subset sums to a multiple of 20 plus,
 * or not, the dragged stake's residue, and a T' of any other residue is no subset sum. The exchanges cannot know
 * that; they searched for 12–30 ms per preview and found nothing (docs/performance.md, "The 899-validator cover of kusama-era-1827").
 *
 * <p>Candidate divisors h are the gcds of three items at spread positions, {@value #TRIPLES} triples; when all but
 * at most {@value #ODD} items are multiples of h, the residues mod h of the subsets of those odd items are all the
 * residues a subset sum can have. The test never rejects a reachable T' (whatever h is tried).
 */
final class OddResidues {

    /** Triples of items whose gcd is tried as h. */
    static final int TRIPLES = 8;
    /** Most items off the multiples of h whose subsets are enumerated (2^12 residues). */
    static final int ODD = 12;

    private OddResidues() {
    }

    /** False only when no subset of {@code v} (all &gt; 0) can sum to exactly {@code target}. */
    static boolean mayHit(long[] v, long target) {
        int n = v.length;
        int spread = 3 * TRIPLES;
        for (int k = 0; k < TRIPLES && n >= spread; k++) {
            long h = SubsetSum.gcd(SubsetSum.gcd(v[3 * k * n / spread], v[(3 * k + 1) * n / spread]),
                    v[(3 * k + 2) * n / spread]);
            if (h > 1 && !residueReachable(v, target % h, h)) {
                return false;
            }
        }
        return true;
    }

    /** Whether some subset of the items off the multiples of h sums to {@code want} mod h (true when too many). */
    private static boolean residueReachable(long[] v, long want, long h) {
        long[] odd = new long[ODD];
        int m = 0;
        for (long x : v) {
            if (x % h != 0) {
                if (m == ODD) {
                    return true;
                }
                odd[m++] = x % h;
            }
        }
        long[] sums = new long[1 << m];
        for (int mask = 0; mask < sums.length; mask++) {
            if (mask > 0) {
                long s = sums[mask & (mask - 1)] + odd[Integer.numberOfTrailingZeros(mask)];
                sums[mask] = s >= h ? s - h : s;
            }
            if (sums[mask] == want) {
                return true;
            }
        }
        return false;
    }
}
