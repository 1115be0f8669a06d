package dev.sse.model.analysis.milp;

import dev.sse.model.analysis.exact.Instance;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The validator tie-break's run of "no" answers, asked in one solve ({@link MilpBestAttack}). Walking validators in id
 * order, each one that {@link JoinBound} cannot rule out needs a feasibility solve "can it join an optimal attack?".
 * This asks once whether any of those ahead (up to the next one the incumbent holds, whose answer is yes) can join:
 * Σ x_v ≥ 1 over them, on a copy of the model so its rows stay as built ({@link CpSatModel} reuses a model by its
 * rows). Infeasible proves every one of them "no" with the decided variables as they are, and while the answers are
 * "no" nothing decided changes, so each later question would be this one narrowed (issue 20: on pooled 350 × 25 the
 * 206 such solves left after {@link JoinBound} were all infeasible, 0.3–0.5 s of a 2.3 s run). Feasible rules out
 * nothing, and they are asked one by one as before.
 */
final class JoinRun {

    private JoinRun() {
    }

    /**
     * @param slack      C* − cost of the decided prefix
     * @param ruledOut   set to true at the positions proven "no"
     * @param infeasible answers whether a question model is proven infeasible (false also when the budget ran out)
     * @return the last position the question covered
     */
    static int ruleOut(Instance inst, AttackModel am, Integer[] order, int from, boolean[] inA, List<Integer> prefix,
                       long slack, JoinBound bound, long[] incumbent, boolean[] ruledOut, Predicate<IlpModel> infeasible) {
        List<Integer> run = new ArrayList<>();
        int last = from;
        for (int j = from; j < order.length && incumbent[am.x[order[j]]] == 0; j++) {
            last = j;
            long kappa = inst.validatorCost(order[j], inA);
            if (kappa <= slack && !bound.cannotJoin(order[j], j, prefix, slack - kappa)) {
                run.add(j);
            }
        }
        if (run.size() < 2) {
            return last;
        }
        LinExpr any = new LinExpr();
        run.forEach(j -> any.add(am.x[order[j]], 1));
        IlpModel question = am.model.copy();
        question.atLeast(any, 1);
        if (infeasible.test(question)) {
            run.forEach(j -> ruledOut[j] = true);
        }
        return last;
    }
}
