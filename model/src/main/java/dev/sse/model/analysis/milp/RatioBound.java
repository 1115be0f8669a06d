package dev.sse.model.analysis.milp;

import dev.sse.model.analysis.exact.Fraction;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * A proven lower bound on the margin's ratio min cost/profit from one unfinished Dinkelbach step (issue 20).
 *
 * <p>The step minimises g·cost − num·profit over coalitions with profit ≥ 1 and proves it ≥ b (b ≤ 0). A coalition
 * A with ratio ρ below num/g then has ρ ≥ num/g + b/(g·P), P = profit(A). With only P ≥ 1 this is (num + b)/g,
 * which on large networks is below zero (measured: γ* "proven ≥ −100%" on every insecure 1,900 × 42 network).
 * Here P is bounded from below by the coalition's cost: A pays at least K = max over its chains of their cheapest
 * cover's proven lower bound (the argument of {@link AttackModel#addCoverCuts()}), so ρ ≥ K/P, and every chain of A
 * has a cover bound ≤ K, so P ≤ Π(K), the profit of all such chains. For each candidate K (one per chain) the
 * smaller of the two bounds is largest where K/P meets num/g + b/(g·P), at P* = (K·g − b)/num, clamped to
 * [1, Π(K)]; the answer is the smallest over K, and never above num/g (A may reach num/g exactly).
 *
 * <p>All values are in the step's scaled units (cost/gc, profit/gp, both integers); exact rationals throughout.
 */
public final class RatioBound {

    private RatioBound() {
    }

    /**
     * A joint bound on the chains a coalition can attack for a given cost ({@link SplitCover}): an upper bound on
     * the profit of any coalition A ⊆ S whose joint cost bound H(A) is ≤ k, where H(P) = min{H(A) : profit(A) ≥ P}
     * is convex with H(0) = 0 (so H(P)/P never decreases) and cost(A) ≥ H(A).
     */
    @FunctionalInterface
    public interface Cap {
        Fraction profitAtMost(boolean[] inS, long k);
    }

    /** No joint bound: only the chains' own profits cap P. */
    public static final Cap NONE = (inS, k) -> null;

    /**
     * @param num   the step's numerator (the step minimises g·cost − num·profit)
     * @param g     the step's denominator, &gt; 0
     * @param b     the step's proven lower bound (values above 0 count as 0)
     * @param cover per chain, a proven lower bound on the cost of any coalition attacking it (scaled cost units)
     * @param profit per chain, its profit (scaled profit units; negative counts as 0)
     * @return a proven lower bound on min cost/profit over coalitions with profit ≥ 1, at least 0
     */
    public static Fraction lower(long num, long g, long b, long[] cover, long[] profit) {
        return lower(num, g, b, cover, profit, NONE);
    }

    /**
     * As {@link #lower(long, long, long, long[], long[])}, with P also capped by {@code cap} at K: a coalition of
     * profit P above the cap pays ≥ H(P) ≥ P·K/cap (H(P)/P never decreases), so its ratio is ≥ K/cap, the value
     * of the K/P bound at P = cap; capping P at cap before the two bounds meet is therefore still a lower bound.
     */
    public static Fraction lower(long num, long g, long b, long[] cover, long[] profit, Cap cap) {
        if (num <= 0) {
            return Fraction.ZERO;
        }
        long bound = Math.min(0, b);
        Fraction best = Fraction.of(num, g);
        if (bound == 0) {
            return best;
        }
        Fraction found = smallest(cover, profit, cap,
                (kc, reach) -> atK(num, g, bound, kc, reach));
        best = found == null ? best : Fraction.min(best, found);
        return best.compareTo(Fraction.ZERO) < 0 ? Fraction.ZERO : best;
    }

    /**
     * A proven lower bound on min cost/profit from a proven bound {@code netBound} on the best attack's profit − cost
     * (instance units): every coalition A has cost ≥ P − netBound (P = profit(A)), so ρ ≥ 1 − netBound/P, and, as in
     * {@link #lower}, ρ ≥ K/P with P ≤ Π(K); the two meet at P* = K + netBound. At least 0.
     *
     * @param netBound proven upper bound on the best profit − cost (negative counts as 0)
     * @param cover    per chain, a proven lower bound on the cost of any coalition attacking it
     * @param profit   per chain, its profit (negative counts as 0)
     */
    public static Fraction fromNetBound(long netBound, long[] cover, long[] profit) {
        return fromNetBound(netBound, cover, profit, NONE);
    }

    /** As {@link #fromNetBound(long, long[], long[])}, with P also capped by {@code cap} (see {@link #lower}). */
    public static Fraction fromNetBound(long netBound, long[] cover, long[] profit, Cap cap) {
        BigInteger u = BigInteger.valueOf(Math.max(0, netBound));
        Fraction best = smallest(cover, profit, cap, (kc, hi) -> {
            BigInteger k = BigInteger.valueOf(kc);
            Fraction p = clamp(new Fraction(k.add(u), BigInteger.ONE), Fraction.ONE, Fraction.max(hi, Fraction.ONE));
            Fraction byCost = new Fraction(k.multiply(p.den()), p.num());
            Fraction byNet = new Fraction(p.num().subtract(u.multiply(p.den())), p.num());
            return byCost.compareTo(byNet) >= 0 ? byCost : byNet;
        });
        return best == null || best.compareTo(Fraction.ZERO) < 0 ? Fraction.ZERO : best;
    }

    /** A candidate K: Π(K), the chains S with a cover bound ≤ K, and its bound with Π(K) alone. */
    private record Candidate(long k, Fraction reach, boolean[] inS, Fraction loose) {
    }

    /** A candidate K's bound given K and the cap on P (the chains' profit Π(K), or lower with a joint bound). */
    private interface AtK {
        Fraction bound(long kc, Fraction reach);
    }

    /**
     * The smallest over the candidates K (one per distinct chain cover bound, chains in ascending order of it) of
     * {@code atK}(K, P's cap), null when no chain has a profit. Both callers' bounds never decrease as P's cap falls
     * (below the meeting point the bound is K/P), so a candidate's bound with Π(K) alone is a lower bound on its
     * bound with {@code cap}: candidates are refined with the cap (a {@link SplitCover} LP per chain of S, the
     * costly part: 120 ms on stress's 2,000 × 50 for every K) in ascending order of that lower bound, and the rest
     * are skipped once it reaches the smallest refined bound. The answer is the same as refining every K.
     */
    private static Fraction smallest(long[] cover, long[] profit, Cap cap, AtK atK) {
        Integer[] order = new Integer[cover.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, (i, j) -> Long.compare(Math.max(0, cover[i]), Math.max(0, cover[j])));
        List<Candidate> candidates = new ArrayList<>();
        BigInteger reach = BigInteger.ZERO;
        boolean[] inS = new boolean[cover.length];
        for (int k = 0; k < order.length; k++) {
            int s = order[k];
            inS[s] = true;
            reach = reach.add(BigInteger.valueOf(Math.max(0, profit[s])));
            long kc = Math.max(0, cover[s]);
            if (k + 1 < order.length && Math.max(0, cover[order[k + 1]]) == kc) {
                continue; // chains with the same cover bound share one candidate K
            }
            if (reach.signum() == 0) {
                continue; // no coalition with profit ≥ 1 has its costliest chain here
            }
            Fraction whole = new Fraction(reach, BigInteger.ONE);
            candidates.add(new Candidate(kc, whole, inS.clone(), atK.bound(kc, whole)));
        }
        candidates.sort(Comparator.comparing(Candidate::loose));
        Fraction best = null;
        for (Candidate c : candidates) {
            if (best != null && c.loose().compareTo(best) >= 0) {
                break;
            }
            Fraction capped = capped(c.reach(), cap.profitAtMost(c.inS(), c.k()));
            Fraction here = capped == c.reach() ? c.loose() : atK.bound(c.k(), capped);
            best = best == null ? here : Fraction.min(best, here);
        }
        return best;
    }

    private static Fraction capped(Fraction reach, Fraction cap) {
        return cap == null ? reach : Fraction.min(reach, cap);
    }

    /** min over P ∈ [1, max(1, reach)] of max(K/P, (num·P + b)/(g·P)). */
    private static Fraction atK(long num, long g, long b, long kc, Fraction reach) {
        BigInteger n = BigInteger.valueOf(num);
        BigInteger gg = BigInteger.valueOf(g);
        BigInteger k = BigInteger.valueOf(kc);
        // P* = (K·g − b)/num; both bounds are equal there
        Fraction star = new Fraction(k.multiply(gg).subtract(BigInteger.valueOf(b)), n);
        Fraction p = clamp(star, Fraction.ONE, Fraction.max(reach, Fraction.ONE));
        Fraction byCost = new Fraction(k.multiply(p.den()), p.num());
        // (num·P + b)/(g·P) = (num·p + b·q)/(g·p) for P = p/q
        Fraction byStep = new Fraction(n.multiply(p.num()).add(BigInteger.valueOf(b).multiply(p.den())),
                gg.multiply(p.num()));
        return byCost.compareTo(byStep) >= 0 ? byCost : byStep;
    }

    private static Fraction clamp(Fraction x, Fraction lo, Fraction hi) {
        return x.compareTo(lo) < 0 ? lo : x.compareTo(hi) > 0 ? hi : x;
    }


}
