package dev.sse.model.analysis.milp;

import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;
import java.util.Arrays;

/**
 * The LP relaxation of an {@link IlpModel} by GLOP (OR-Tools' simplex, in the native jar CP-SAT comes in): every
 * variable's value and reduced cost, as a guide for {@link CoreSearch}; never a bound or an answer. Each row and the
 * objective are divided by their largest coefficient first (GLOP reported ABNORMAL on the unscaled 1,900 × 42 model's
 * 5e11 coefficients; scaled, it solves it in 0.06 s). A simplex has no clock, so the guide is the same on every run.
 */
final class LpGuide {

    /** An LP value this close to 0 or 1 counts as integral. */
    static final double EPS = 1e-6;

    private final double[] value;
    private final double[] reducedCost;

    private LpGuide(double[] value, double[] reducedCost) {
        this.value = value;
        this.reducedCost = reducedCost;
    }

    /** The relaxation's optimum, or null when CP-SAT's natives are missing or GLOP does not report an optimum. */
    static LpGuide solve(IlpModel model) {
        if (!CpSatBackend.available()) {
            return null;
        }
        MPSolver lp = MPSolver.createSolver("GLOP");
        if (lp == null) {
            return null;
        }
        try {
            MPVariable[] x = new MPVariable[model.size()];
            for (int i = 0; i < x.length; i++) {
                x[i] = lp.makeNumVar(model.lower(i), model.upper(i), "x" + i);
            }
            for (IlpModel.Row r : model.rows) {
                double scale = largest(r.coefs());
                MPConstraint c = lp.makeConstraint(r.lo() == Long.MIN_VALUE ? -MPSolver.infinity() : r.lo() / scale,
                        r.hi() == Long.MAX_VALUE ? MPSolver.infinity() : r.hi() / scale);
                for (int i = 0; i < r.vars().length; i++) {
                    c.setCoefficient(x[r.vars()[i]], c.getCoefficient(x[r.vars()[i]]) + r.coefs()[i] / scale);
                }
            }
            MPObjective obj = lp.objective();
            double scale = largest(model.objCoefs);
            for (int i = 0; i < model.objVars.length; i++) {
                MPVariable v = x[model.objVars[i]];
                obj.setCoefficient(v, obj.getCoefficient(v) + model.objCoefs[i] / scale);
            }
            if (model.maximize) {
                obj.setMaximization();
            } else {
                obj.setMinimization();
            }
            if (lp.solve() != MPSolver.ResultStatus.OPTIMAL) {
                return null;
            }
            double[] value = new double[x.length];
            double[] rc = new double[x.length];
            for (int i = 0; i < x.length; i++) {
                value[i] = x[i].solutionValue();
                rc[i] = x[i].reducedCost() * scale;
            }
            return new LpGuide(value, rc);
        } finally {
            lp.delete();
        }
    }

    private static double largest(long[] coefs) {
        long m = 1;
        for (long c : coefs) {
            m = Math.max(m, Math.abs(c));
        }
        return m;
    }

    double value(int var) {
        return value[var];
    }

    /**
     * Per validator, whether it is among the {@code count} whose variable's reduced cost per unit of stake is smallest
     * in absolute value (ties by index): the ones whose LP decision is least certain.
     *
     * @param x     each validator's variable
     * @param stake each validator's stake
     */
    boolean[] loosest(int[] x, long[] stake, int count) {
        Integer[] order = new Integer[x.length];
        double[] key = new double[x.length];
        for (int v = 0; v < x.length; v++) {
            order[v] = v;
            key[v] = Math.abs(reducedCost[x[v]]) / Math.max(1, stake[v]);
        }
        Arrays.sort(order, (a, b) -> key[a] != key[b] ? Double.compare(key[a], key[b]) : Integer.compare(a, b));
        boolean[] loose = new boolean[x.length];
        for (int i = 0; i < Math.min(count, order.length); i++) {
            loose[order[i]] = true;
        }
        return loose;
    }
}
