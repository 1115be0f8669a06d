package dev.sse.model.analysis.milp;

import dev.sse.model.analysis.exact.Fraction;
import dev.sse.model.analysis.exact.Instance;
import dev.sse.model.analysis.exact.Outcomes;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * min cost(B)/π(A) over attacking coalitions with π(A) &gt; 0 (the margin γ* = that − 1) by Dinkelbach's
 * method on the exact MILP (solvers.md, "Margin γ*").
 *
 * <p>Start: the best single-chain coalition "all of N(s)". Step with incumbent ratio r = N/D: minimise
 * D·cost − N·profit subject to profit ≥ 1 unit. A negative optimum is a coalition with a smaller ratio (the
 * new incumbent); a proven optimum ≥ 0 proves r minimal. When D·Σσ + N·Σπ would not fit in 64 bits, the
 * step uses r rounded down to a grid λ = ⌊r·G⌋/G (G as large as fits): a negative optimum still improves
 * strictly, a non-negative one proves the ratio ≥ λ, and the result is exact only if λ = r. Otherwise
 * the answer is the incumbent with {@code exact = false} and the proven lower bound.
 */
public final class MilpRatio {

    private static final long FIT = 4_000_000_000_000_000_000L;

    private MilpRatio() {
    }

    public static Outcomes.Ratio solve(Instance inst, IlpBackend backend, double seconds) {
        long deadline = System.nanoTime() + (long) (seconds * 1e9);
        long[] inc = start(inst);
        if (inc == null) {
            return new Outcomes.Ratio(0, 0, true, Fraction.ZERO, "none");
        }
        long costUb = inst.totalStake();
        long profitUb = 0;
        for (int s = 0; s < inst.chainCount(); s++) {
            profitUb += inst.profit(s);
        }
        AttackModel am = AttackModel.of(inst);
        am.model.atLeast(am.profit, 1);
        Fraction lower = Fraction.ZERO;
        for (int step = 0; step < 60; step++) {
            Fraction r = Fraction.of(inc[0], inc[1]);
            long g;
            long num;
            if (fits(inc[1], costUb, inc[0], profitUb)) {
                g = inc[1];
                num = inc[0];
            } else {
                g = Math.max(1, FIT / 2 / Math.max(1, costUb + (inc[0] / Math.max(1, inc[1]) + 1) * profitUb));
                num = r.floorTimes(g);
            }
            LinExpr obj = new LinExpr().addAll(am.cost, g).addAll(am.profit, -num);
            am.model.objective(obj, false);
            double left = (deadline - System.nanoTime()) / 1e9;
            if (left <= 0.02) {
                break;
            }
            IlpResult res = backend.solve(am.model, left);
            if (!res.hasSolution()) {
                break;
            }
            long val = IlpModel.eval(obj, res.values());
            if (val < 0) {
                long cost = IlpModel.eval(am.cost, res.values());
                long profit = IlpModel.eval(am.profit, res.values());
                verify(inst, am, res.values(), cost, profit);
                inc = new long[] {cost, profit};
                am.model.hint(res.values());
                continue;
            }
            boolean proven = res.status() == IlpResult.Status.OPTIMAL && backend instanceof CpSatBackend;
            if (proven) {
                Fraction lambda = Fraction.of(num, g);
                boolean exact = lambda.compareTo(r) == 0;
                return new Outcomes.Ratio(inc[0], inc[1], exact, exact ? r : lambda, backend.name());
            }
            if (!Double.isNaN(res.bound())) {
                // D·cost − N·profit ≥ bound for every coalition and profit ≥ 1 ⇒ ratio ≥ (N + min(bound,0))/D
                long b = (long) Math.floor(Math.min(res.bound(), 0));
                lower = max(lower, Fraction.of(Math.max(0, num + b), g));
            }
            break;
        }
        return new Outcomes.Ratio(inc[0], inc[1], false, lower, backend.name());
    }

    private static Fraction max(Fraction a, Fraction b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static boolean fits(long d, long costUb, long n, long profitUb) {
        BigInteger t = BigInteger.valueOf(d).multiply(BigInteger.valueOf(costUb))
                .add(BigInteger.valueOf(n).multiply(BigInteger.valueOf(profitUb)));
        return t.compareTo(BigInteger.valueOf(FIT)) <= 0;
    }

    /** The cheapest "whole N(s)" coalition over chains with π_s &gt; 0, as {cost, profit}. */
    static long[] start(Instance inst) {
        long[] best = null;
        for (int s = 0; s < inst.chainCount(); s++) {
            if (inst.profit(s) <= 0) {
                continue;
            }
            List<Integer> b = new ArrayList<>();
            for (int v : inst.members(s)) {
                b.add(v);
            }
            Instance.Evaluation e = inst.evaluate(List.of(s), b);
            if (best == null || BigInteger.valueOf(e.cost()).multiply(BigInteger.valueOf(best[1]))
                    .compareTo(BigInteger.valueOf(best[0]).multiply(BigInteger.valueOf(e.profit()))) < 0) {
                best = new long[] {e.cost(), e.profit()};
            }
        }
        return best;
    }

    private static void verify(Instance inst, AttackModel am, long[] values, long cost, long profit) {
        boolean[][] ab = am.decode(values);
        List<Integer> a = new ArrayList<>();
        List<Integer> b = new ArrayList<>();
        for (int s = 0; s < ab[0].length; s++) {
            if (ab[0][s]) {
                a.add(s);
            }
        }
        for (int v = 0; v < ab[1].length; v++) {
            if (ab[1][v]) {
                b.add(v);
            }
        }
        Instance.Evaluation e = inst.evaluate(a, b);
        if (e == null || e.cost() != cost || e.profit() != profit) {
            throw new IllegalStateException("MILP coalition failed exact re-verification");
        }
    }
}
