package dev.sse.model.analysis;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;

/**
 * Polkadot parachain odds (domain.md §2.2, simplified model [D]): n relay validators of which
 * m = ⌊adversaryFraction·n⌋ are malicious, sampled without replacement. Computed exactly with BigInteger
 * binomials and rounded once to a double. Check values: n=600, m=200: groups of 5 with ≥ 2 malicious
 * → 0.540; k = 30 approval checkers all malicious → 1.03e-15.
 */
public final class ParachainOdds {

    private ParachainOdds() {
    }

    /** P(X ≥ minVotes) for X ~ Hypergeometric(n, m, groupSize): a random backing group is captured. */
    public static double backingCapture(int n, int m, int groupSize, int minVotes) {
        if (groupSize > n || n <= 0) {
            return 0;
        }
        BigInteger favourable = BigInteger.ZERO;
        for (int x = Math.max(minVotes, 0); x <= Math.min(groupSize, m); x++) {
            favourable = favourable.add(binomial(m, x).multiply(binomial(n - m, groupSize - x)));
        }
        return ratio(favourable, binomial(n, groupSize));
    }

    /** C(m,k)/C(n,k): every one of k approval checkers is malicious, so an invalid block escapes. */
    public static double invalidBlockEscape(int n, int m, int k) {
        if (k > n || n <= 0) {
            return 0;
        }
        return ratio(binomial(m, k), binomial(n, k));
    }

    static BigInteger binomial(int n, int k) {
        if (k < 0 || k > n) {
            return BigInteger.ZERO;
        }
        BigInteger r = BigInteger.ONE;
        for (int i = 1; i <= Math.min(k, n - k); i++) {
            r = r.multiply(BigInteger.valueOf(n - Math.min(k, n - k) + i)).divide(BigInteger.valueOf(i));
        }
        return r;
    }

    private static double ratio(BigInteger a, BigInteger b) {
        return new BigDecimal(a).divide(new BigDecimal(b), MathContext.DECIMAL64).doubleValue();
    }
}
