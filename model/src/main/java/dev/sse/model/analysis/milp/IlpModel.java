package dev.sse.model.analysis.milp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A small, solver-neutral integer linear program with 64-bit integer coefficients: integer variables
 * with bounds, rows lo ≤ Σ coef·var ≤ hi, one linear objective and an optional solution hint.
 * Backends ({@link CpSatBackend}, {@link OjAlgoBackend}) translate it on every solve, so callers may add
 * rows and tighten bounds between solves (used by the lexicographic tie-breaks).
 */
public final class IlpModel {

    /** One row lo ≤ Σ coefs[i]·x[vars[i]] ≤ hi. */
    public record Row(int[] vars, long[] coefs, long lo, long hi) {
    }

    final List<long[]> bounds = new ArrayList<>();
    final List<String> names = new ArrayList<>();
    final List<Row> rows = new ArrayList<>();
    int[] objVars = new int[0];
    long[] objCoefs = new long[0];
    boolean maximize = true;
    long[] hint;

    /** Adds an integer variable lb ≤ x ≤ ub; returns its index. */
    public int var(long lb, long ub, String name) {
        bounds.add(new long[] {lb, ub});
        names.add(name);
        return bounds.size() - 1;
    }

    public int bool(String name) {
        return var(0, 1, name);
    }

    public int size() {
        return bounds.size();
    }

    public void fix(int var, long value) {
        bounds.set(var, new long[] {value, value});
    }

    public long lower(int var) {
        return bounds.get(var)[0];
    }

    public long upper(int var) {
        return bounds.get(var)[1];
    }

    public void row(LinExpr e, long lo, long hi) {
        rows.add(new Row(e.vars(), e.coefs(), lo == Long.MIN_VALUE ? lo : lo - e.constant(),
                hi == Long.MAX_VALUE ? hi : hi - e.constant()));
    }

    public void atLeast(LinExpr e, long lo) {
        row(e, lo, Long.MAX_VALUE);
    }

    public void atMost(LinExpr e, long hi) {
        row(e, Long.MIN_VALUE, hi);
    }

    public void equal(LinExpr e, long value) {
        row(e, value, value);
    }

    /** Sets the objective (its constant is ignored: callers evaluate objectives exactly themselves). */
    public void objective(LinExpr e, boolean maximize) {
        this.objVars = e.vars();
        this.objCoefs = e.coefs();
        this.maximize = maximize;
    }

    public void hint(long[] values) {
        this.hint = values == null ? null : values.clone();
    }

    /** An independent copy (bounds, rows, objective, hint), e.g. to solve beside this model on another thread. */
    public IlpModel copy() {
        IlpModel c = new IlpModel();
        bounds.forEach(b -> c.bounds.add(b.clone()));
        c.names.addAll(names);
        c.rows.addAll(rows); // rows are never changed once added
        c.objVars = objVars;
        c.objCoefs = objCoefs;
        c.maximize = maximize;
        c.hint(hint);
        return c;
    }

    /** Σ coef·value of an expression at a solution, exactly. */
    public static long eval(LinExpr e, long[] values) {
        long sum = e.constant();
        int[] v = e.vars();
        long[] c = e.coefs();
        for (int i = 0; i < v.length; i++) {
            sum = Math.addExact(sum, Math.multiplyExact(c[i], values[v[i]]));
        }
        return sum;
    }

    /** Whether a full assignment satisfies every bound and row (exact). */
    public boolean feasible(long[] values) {
        for (int i = 0; i < values.length; i++) {
            if (values[i] < bounds.get(i)[0] || values[i] > bounds.get(i)[1]) {
                return false;
            }
        }
        for (Row r : rows) {
            long sum = 0;
            for (int i = 0; i < r.vars.length; i++) {
                sum += r.coefs[i] * values[r.vars[i]];
            }
            if (sum < r.lo || sum > r.hi) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return "IlpModel[" + bounds.size() + " vars, " + rows.size() + " rows, objective "
                + Arrays.toString(objCoefs).length() + " chars]";
    }
}
