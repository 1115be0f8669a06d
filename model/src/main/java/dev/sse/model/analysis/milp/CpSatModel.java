package dev.sse.model.analysis.milp;

import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpModelProto;
import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.util.Domain;

/**
 * The CP-SAT model built from an {@link IlpModel}, kept by {@link CpSatBackend} so that the next solve of the same
 * model with only its variables' bounds changed reuses it instead of building it again (issue 20: on a pooled 350 × 25
 * network the best attack's tie-break asks CP-SAT ~220 feasibility questions of one 400-row model, each fixing one more
 * variable, and building the model took more of each question's ~10 ms than CP-SAT's answer). A model is reused only
 * when its rows, objective and hint are as when it was built (the same row count, the same objective arrays, no hint),
 * and every changed bound is written the way {@link CpModel#newIntVar} writes it, so the protocol buffer CP-SAT
 * receives is the one a fresh build gives (CpSatModelTest) and the solve's answer cannot differ.
 */
final class CpSatModel {

    private final IlpModel source;
    private final int rows;
    private final int[] objVars;
    private final long[] objCoefs;
    private final boolean maximize;
    private final boolean hinted;
    private final long[][] bounds;
    final CpModel model = new CpModel();
    final IntVar[] x;

    private CpSatModel(IlpModel source) {
        this.source = source;
        this.rows = source.rows.size();
        this.objVars = source.objVars;
        this.objCoefs = source.objCoefs;
        this.maximize = source.maximize;
        this.hinted = source.hint != null;
        this.x = new IntVar[source.size()];
        this.bounds = new long[x.length][];
        for (int i = 0; i < x.length; i++) {
            bounds[i] = source.bounds.get(i).clone();
            x[i] = model.newIntVar(bounds[i][0], bounds[i][1], source.names.get(i));
        }
        for (IlpModel.Row r : source.rows) {
            model.addLinearConstraint(expr(x, r.vars(), r.coefs()), r.lo(), r.hi());
        }
        LinearExpr obj = expr(x, objVars, objCoefs);
        if (maximize) {
            model.maximize(obj);
        } else {
            model.minimize(obj);
        }
        if (hinted) {
            for (int i = 0; i < x.length; i++) {
                model.addHint(x[i], source.hint[i]);
            }
        }
    }

    /** The CP-SAT model of {@code m}: {@code last} with its bounds brought up to date when it can be, else a new one. */
    static CpSatModel of(IlpModel m, CpSatModel last) {
        if (last == null || !last.reusableFor(m)) {
            return new CpSatModel(m);
        }
        CpModelProto.Builder proto = last.model.getBuilder();
        for (int i = 0; i < last.x.length; i++) {
            long[] b = m.bounds.get(i);
            if (b[0] != last.bounds[i][0] || b[1] != last.bounds[i][1]) {
                last.bounds[i] = b.clone();
                proto.getVariablesBuilder(i).clearDomain();
                for (long d : new Domain(b[0], b[1]).flattenedIntervals()) {
                    proto.getVariablesBuilder(i).addDomain(d);
                }
            }
        }
        return last;
    }

    private boolean reusableFor(IlpModel m) {
        return m == source && m.size() == x.length && m.rows.size() == rows && m.objVars == objVars
                && m.objCoefs == objCoefs && m.maximize == maximize && !hinted && m.hint == null;
    }

    private static LinearExpr expr(IntVar[] x, int[] vars, long[] coefs) {
        IntVar[] vs = new IntVar[vars.length];
        for (int i = 0; i < vars.length; i++) {
            vs[i] = x[vars[i]];
        }
        return LinearExpr.weightedSum(vs, coefs);
    }
}
