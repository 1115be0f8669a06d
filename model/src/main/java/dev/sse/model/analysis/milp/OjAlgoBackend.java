package dev.sse.model.analysis.milp;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;
import org.ojalgo.optimisation.integer.IntegerStrategy;
import org.ojalgo.optimisation.integer.NodeKey;
import org.ojalgo.type.context.NumberContext;

/**
 * ojAlgo 57.1.0 (pure Java, floating point) on the integer model: the fallback when CP-SAT's natives
 * cannot load. Following solvers.md, every row and the objective are scaled to a largest coefficient of
 * 1 (ojAlgo returned wrong "OPTIMAL"s on raw USD amounts) and the gap tolerance is tightened to
 * {@code NumberContext.of(12, 14)}. ojAlgo reports no bound; its answers are re-verified exactly by the
 * callers, and its "optimal" is a floating-point claim, so results from it are never labelled proven
 * unless they are re-proved another way.
 *
 * <p>Deterministic (issue 17 item 5): one branch-and-bound worker (one node priority, so ojAlgo's
 * {@code ProcessingService} runs a single sequential search) stopped by a node count, {@link #NODES_PER_UNIT}
 * per budget unit, never by the clock. A solve that stops at its node limit charges its whole budget; one that
 * ends before charges {@link #PROVEN_WORK} (ojAlgo does not report its node count), so a loop of solves
 * still ends.
 */
public final class OjAlgoBackend implements IlpBackend {

    public static final String NAME = "ojalgo 57.1.0";
    /**
     * Branch-and-bound nodes per deterministic budget unit. ojAlgo has no deterministic clock; this is a rough match
     * only: eigenlayer-pooled's whole analysis at 1 unit took 9.5 s of CPU (5.3 s with the old 1-s wall limits, at
     * load 18), stress's at 0.2 units 6.6 s.
     */
    static final int NODES_PER_UNIT = 500;
    /** Work charged for a solve that ended before its node limit. */
    static final double PROVEN_WORK = 0.01;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public IlpResult solve(IlpModel model, double budget) {
        try {
            Optimisation.Options options = new Optimisation.Options();
            options.time_abort = Long.MAX_VALUE;
            options.time_suffice = Long.MAX_VALUE;
            options.iterations_abort = nodes(budget);
            options.integer(IntegerStrategy.newConfigurable().withGapTolerance(NumberContext.of(12, 14))
                    .withPriorityDefinitions(NodeKey.DEPTH_FIRST_SEARCH).withParallelism(() -> 1));
            ExpressionsBasedModel m = new ExpressionsBasedModel(options);
            Variable[] x = new Variable[model.size()];
            for (int i = 0; i < x.length; i++) {
                x[i] = m.addVariable(model.names.get(i)).lower(model.lower(i)).upper(model.upper(i)).integer(true);
            }
            int k = 0;
            for (IlpModel.Row r : model.rows) {
                double scale = maxAbs(r.coefs());
                if (scale == 0) {
                    continue;
                }
                Expression e = m.addExpression("r" + k++);
                for (int i = 0; i < r.vars().length; i++) {
                    e.set(x[r.vars()[i]], r.coefs()[i] / scale);
                }
                if (r.lo() != Long.MIN_VALUE) {
                    e.lower(r.lo() / scale);
                }
                if (r.hi() != Long.MAX_VALUE) {
                    e.upper(r.hi() / scale);
                }
            }
            double objScale = Math.max(1, maxAbs(model.objCoefs));
            Expression obj = m.addExpression("objective").weight(1);
            for (int i = 0; i < model.objVars.length; i++) {
                obj.set(x[model.objVars[i]], model.objCoefs[i] / objScale);
            }
            Optimisation.Result res = model.maximize ? m.maximise() : m.minimise();
            Optimisation.State st = res.getState();
            IlpResult.Status status = st == Optimisation.State.OPTIMAL ? IlpResult.Status.OPTIMAL
                    : st == Optimisation.State.INFEASIBLE ? IlpResult.Status.INFEASIBLE
                    : st.isFeasible() ? IlpResult.Status.FEASIBLE : IlpResult.Status.UNKNOWN;
            long[] values = null;
            if (st.isFeasible()) {
                values = new long[x.length];
                for (int i = 0; i < x.length; i++) {
                    values[i] = new BigDecimal(res.get(i).toString()).setScale(0, RoundingMode.HALF_EVEN).longValue();
                }
                if (!model.feasible(values)) {
                    status = IlpResult.Status.UNKNOWN;
                    values = null;
                }
            }
            double work = st == Optimisation.State.OPTIMAL || st == Optimisation.State.INFEASIBLE ? PROVEN_WORK : budget;
            return new IlpResult(status, values, Double.NaN, work);
        } catch (RuntimeException e) {
            return new IlpResult(IlpResult.Status.UNKNOWN, null, Double.NaN, budget);
        }
    }

    static int nodes(double budget) {
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, Math.ceil(budget * NODES_PER_UNIT)));
    }

    private static double maxAbs(long[] coefs) {
        double m = 0;
        for (long c : coefs) {
            m = Math.max(m, Math.abs((double) c));
        }
        return m;
    }
}
