package dev.sse.model.analysis.milp;

import dev.sse.model.analysis.exact.Coalition;
import dev.sse.model.analysis.exact.Fraction;
import dev.sse.model.analysis.exact.Instance;

/**
 * The units of the margin's Dinkelbach steps ({@link MilpRatio}, {@link OpenSteps}): costs and profits are multiples
 * of their coefficients' gcds, so the steps weigh cost/gc and profit/gp, and the exact incumbent ratio fits 64 bits
 * far more often (e.g. 2-decimal ETH at 4,000 USD: gc = 40).
 *
 * @param cost     the model's cost divided by {@code gc}
 * @param profit   the model's profit divided by {@code gp}
 * @param costUb   an upper bound on any coalition's cost in these units
 * @param profitUb an upper bound on any coalition's profit in these units
 */
record StepUnits(LinExpr cost, LinExpr profit, long gc, long gp, long costUb, long profitUb) {

    static StepUnits of(Instance inst, AttackModel am) {
        long gc = gcd(am.cost.coefs());
        long gp = gcd(am.profit.coefs());
        long profitUb = 0;
        for (int s = 0; s < inst.chainCount(); s++) {
            profitUb += Math.max(0, inst.profit(s)) / gp;
        }
        return new StepUnits(scaled(am.cost, gc), scaled(am.profit, gp), gc, gp, inst.totalStake() / gc + 1, profitUb);
    }

    /** A ratio in these units as a ratio of the instance's (× gc/gp). */
    Fraction unscaled(Fraction r) {
        return new Fraction(r.num().multiply(java.math.BigInteger.valueOf(gc)),
                r.den().multiply(java.math.BigInteger.valueOf(gp)));
    }

    /**
     * The largest denominator g of a step g·cost − num·profit at a ratio below {@code ratio} (in these units) whose
     * coefficients still fit 64 bits ({@link MilpRatio#fits}).
     */
    long grid(long n, long d) {
        return Math.max(1, MilpRatio.FIT / 2 / Math.max(1, costUb + (n / Math.max(1, d) + 1) * profitUb));
    }

    static long gcd(long[] xs) {
        long g = 0;
        for (long x : xs) {
            long a = Math.abs(x);
            while (a != 0) {
                long t = g % a;
                g = a;
                a = t;
            }
        }
        return g == 0 ? 1 : g;
    }

    private static LinExpr scaled(LinExpr e, long divisor) {
        LinExpr out = new LinExpr();
        int[] v = e.vars();
        long[] c = e.coefs();
        for (int i = 0; i < v.length; i++) {
            out.add(v[i], c[i] / divisor);
        }
        return out;
    }

    /**
     * Re-evaluates a solution's coalition exactly ({@link AttackModel#coalition}); throws when its cost or profit
     * differs from the model's.
     */
    static void verify(AttackModel am, long[] values, long cost, long profit) {
        Coalition c = am.coalition(values);
        if (c == null || c.cost() != cost || c.profit() != profit) {
            throw new IllegalStateException("MILP coalition failed exact re-verification");
        }
    }
}
