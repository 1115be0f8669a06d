package dev.sse.model.analysis.milp;

import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;
import java.util.Arrays;

/**
 * The LP relaxation of an {@link IlpModel} by GLOP (OR-Tools' simplex, in the native jar CP-SAT comes in): every
 * variable's value and reduced cost, as a guide for {@link CoreSearch}; never a bound or an answer. Each row and the
 * objective are divided by their largest coefficient first ({@link MpSolverBackend#translate}; scaled, GLOP solves the
 * pinned 1,900 × 42 model in 0.05 s). A simplex has no clock, so the guide is the same on every run.
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
            MPVariable[] x = MpSolverBackend.translate(lp, model, true, true);
            if (lp.solve() != MPSolver.ResultStatus.OPTIMAL) {
                return null;
            }
            // the objective's scale, undone for the reduced costs: only their order is used, but near-ties order by their
            // rounding (left scaled, 1,900 × 42 × 1 ended on 2.7504 B, bound 2.7732 B, not 2.7519 / 2.7755 B)
            double unit = MpSolverBackend.largest(model.objCoefs);
            double[] value = new double[x.length];
            double[] rc = new double[x.length];
            for (int i = 0; i < x.length; i++) {
                value[i] = x[i].solutionValue();
                rc[i] = x[i].reducedCost() * unit;
            }
            return new LpGuide(value, rc);
        } finally {
            lp.delete();
        }
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
