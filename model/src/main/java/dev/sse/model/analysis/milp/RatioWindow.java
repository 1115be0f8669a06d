package dev.sse.model.analysis.milp;

import java.math.BigInteger;

/**
 * The exact last Dinkelbach step when the exact one does not fit 64-bit coefficients (issue 20).
 *
 * <p>The exact last step minimises d·cost − n·profit at the incumbent ratio r = n/d; on real-size networks
 * d·Σσ is ~10^22 and does not fit ({@link MilpRatio}), so that step runs at a grid value num/g ≤ r instead.
 * Two steps that do fit bracket r instead of hitting it: one at λ = num/g ≤ r proven to have optimum V_lo and
 * one at μ = num'/g' &gt; r with proven optimum V_hi. A coalition of cost c and profit p with c/p &lt; r then has
 * V_lo ≤ g·c − num·p &lt; p·F_lo/d (F_lo = g·n − num·d) and V_hi ≤ g'·c − num'·p &lt; −p·F_hi/d
 * (F_hi = num'·d − g'·n), so V_lo·d/F_lo &lt; p &lt; −V_hi·d/F_hi; no such p exists when
 * V_lo·F_hi + V_hi·F_lo ≥ 0, i.e. r is minimal. When the incumbent is the optimum of both steps, their values are
 * p·F_lo/d and −p·F_hi/d and the test holds with equality. The steps' slopes are the best rational
 * approximations of r from below and above with denominators ≤ the grid's limit (found on the Stern–Brocot tree;
 * Graham, Knuth, Patashnik, <i>Concrete Mathematics</i>, §4.5), so only a coalition within ~1/g'² of r can take
 * the incumbent's place as an optimum.
 */
public final class RatioWindow {

    private RatioWindow() {
    }

    /** A solved step at num/g above the incumbent ratio: its result and its objective's value there. */
    record Step(IlpResult result, long num, long g, long value) {
    }

    /**
     * The step just above r = n/d on {@code am}'s model: minimise g'·cost − num'·profit with num'/g' the best
     * approximation of r from above with g' ≤ g; null when none fits 64 bits ({@link MilpRatio#fits}).
     *
     * @param ratio  {n, d, g}: the incumbent ratio in the steps' units and the grid's largest denominator
     * @param bounds {cost upper bound, profit upper bound} in the steps' units
     */
    static Step above(AttackModel am, IlpBackend backend, LinExpr cost, LinExpr profit, long[] ratio, long[] bounds,
            double budget) {
        long[] bracket = bracket(ratio[0], ratio[1], ratio[2]);
        long g = bracket[3];
        long num = bracket[2];
        if (g == 0 || !MilpRatio.fits(g, bounds[0], num, bounds[1])) {
            return null;
        }
        LinExpr objective = new LinExpr().addAll(cost, g).addAll(profit, -num);
        am.model.objective(objective, false);
        IlpResult res = backend.solve(am.model, budget);
        return new Step(res, num, g, res.hasSolution() ? IlpModel.eval(objective, res.values()) : 0);
    }

    /**
     * The best approximations of n/d from below and from above with denominators ≤ {@code gmax}:
     * {lowNum, lowDen, highNum, highDen}, lowNum/lowDen ≤ n/d ≤ highNum/highDen; highDen is 0 (the fraction 1/0)
     * when no fraction above n/d has a denominator ≤ gmax.
     */
    public static long[] bracket(long n, long d, long gmax) {
        BigInteger bn = BigInteger.valueOf(n);
        BigInteger bd = BigInteger.valueOf(d);
        long a = 0;
        long b = 1;
        long c = 1;
        long e = 0;
        while (true) {
            boolean moved = false;
            // lower end: the largest k with (a + k·c)/(b + k·e) ≤ n/d, i.e. k·(c·d − n·e) ≤ n·b − a·d
            BigInteger room = bn.multiply(BigInteger.valueOf(b)).subtract(BigInteger.valueOf(a).multiply(bd));
            BigInteger step = BigInteger.valueOf(c).multiply(bd).subtract(bn.multiply(BigInteger.valueOf(e)));
            if (room.signum() == 0 || step.signum() == 0) {
                break; // an end is n/d itself
            }
            long k = limit(room.divide(step), e == 0 ? Long.MAX_VALUE : (gmax - b) / e);
            if (k > 0) {
                a += k * c;
                b += k * e;
                moved = true;
                room = bn.multiply(BigInteger.valueOf(b)).subtract(BigInteger.valueOf(a).multiply(bd));
                if (room.signum() == 0) {
                    break;
                }
            }
            // upper end: the largest k with (c + k·a)/(e + k·b) ≥ n/d, i.e. k·(n·b − a·d) ≤ c·d − n·e
            long j = limit(step.divide(room), (gmax - e) / b);
            if (j > 0) {
                c += j * a;
                e += j * b;
                moved = true;
            }
            if (!moved) {
                break;
            }
        }
        return new long[] {a, b, c, e};
    }

    private static long limit(BigInteger k, long max) {
        return Math.max(0, k.min(BigInteger.valueOf(max)).longValueExact());
    }

    /**
     * Whether steps at num/g ≤ n/d (proven optimum {@code low}) and num'/g' ≥ n/d (proven optimum {@code high})
     * leave no coalition with a ratio strictly below n/d (see the class comment).
     */
    public static boolean closes(long n, long d, long num, long g, long low, long numHigh, long gHigh, long high) {
        BigInteger bn = BigInteger.valueOf(n);
        BigInteger bd = BigInteger.valueOf(d);
        BigInteger fLow = BigInteger.valueOf(g).multiply(bn).subtract(BigInteger.valueOf(num).multiply(bd));
        BigInteger fHigh = BigInteger.valueOf(numHigh).multiply(bd).subtract(BigInteger.valueOf(gHigh).multiply(bn));
        if (fLow.signum() < 0 || fHigh.signum() < 0) {
            throw new IllegalArgumentException("the steps do not bracket n/d");
        }
        if (fLow.signum() == 0) {
            return low >= 0;
        }
        if (fHigh.signum() == 0) {
            return high >= 0;
        }
        return BigInteger.valueOf(low).multiply(fHigh).add(BigInteger.valueOf(high).multiply(fLow)).signum() >= 0;
    }
}
