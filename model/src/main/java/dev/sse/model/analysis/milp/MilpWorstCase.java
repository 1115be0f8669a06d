package dev.sse.model.analysis.milp;

import dev.sse.model.analysis.exact.Coalition;
import dev.sse.model.analysis.exact.Fraction;
import dev.sse.model.analysis.exact.Instance;
import dev.sse.model.analysis.exact.Outcomes;
import java.util.ArrayList;
import java.util.List;

/**
 * Worst-case loss for a shock budget ψ as one exact MILP (the bilevel "shock, then the worst valid attack on
 * what is left" collapses because the attacker's objective — the largest cost — is the shock's objective
 * too, and by Corollary 1 of Durvasula–Roughgarden one attack is as bad as any cascade):
 * <pre>
 *   max  Σ_v σ_v·d_v + Σ_v c_v
 *   s.t. Σ_v σ_v·d_v ≤ ⌊ψ·σ(V)⌋                          (shock budget; σ integer so exact)
 *        x_v + d_v ≤ 1                                   (shocked validators cannot attack)
 *        Σ q·w(v,s)·x_v + Σ p·w(v,s)·d_v ≥ p·C_s·y_s     (α_s = p/q against N(s) \ D, see AttackModel)
 *        Σ π_s·y_s − Σ c_v ≥ t,  y_s ≤ t,  t ∈ {0,1}      (an attack, if any, is valid: profit ≥ cost + 1 unit)
 * </pre>
 * with c_v the exact cost of AttackModel. t = 0 is the shock alone (no valid attack remains). The optimum,
 * divided by σ(V), is the loss. The returned attack is re-verified exactly on G↓D.
 */
public final class MilpWorstCase {

    private MilpWorstCase() {
    }

    public static Outcomes.Worst solve(Instance inst, Fraction psi, IlpBackend backend, double seconds) {
        AttackModel am;
        try {
            am = AttackModel.withShock(inst);
        } catch (ArithmeticException e) {
            // α·weights beyond 64 bits (a threshold with a long decimal expansion): no answer, proven ≤ everything
            return new Outcomes.Worst(0, List.of(), null, false, Long.MAX_VALUE, backend.name());
        }
        long budget = psi.floorTimes(inst.shockableStake());
        am.model.atMost(new LinExpr().addAll(am.shocked, 1), budget);
        int t = am.model.bool("t");
        am.model.atLeast(new LinExpr().addAll(am.profit, 1).addAll(am.cost, -1).add(t, -1), 0);
        for (int y : am.y) {
            am.model.atMost(new LinExpr().add(y, 1).add(t, -1), 0);
        }
        LinExpr obj = new LinExpr().addAll(am.shocked, 1).addAll(am.cost, 1);
        am.model.objective(obj, true);
        am.model.hint(new long[am.model.size()]);
        IlpResult r = backend.solve(am.model, seconds);
        if (!r.hasSolution()) {
            return new Outcomes.Worst(0, List.of(), null, false, Long.MAX_VALUE, backend.name());
        }
        long loss = IlpModel.eval(obj, r.values());
        boolean[][] abd = am.decode(r.values());
        List<Integer> shock = new ArrayList<>();
        List<Integer> a = new ArrayList<>();
        List<Integer> b = new ArrayList<>();
        for (int v = 0; v < abd[2].length; v++) {
            if (abd[2][v]) {
                shock.add(v);
            }
            if (abd[1][v]) {
                b.add(v);
            }
        }
        for (int s = 0; s < abd[0].length; s++) {
            if (abd[0][s]) {
                a.add(s);
            }
        }
        Coalition attack = verify(inst, abd[2], a, b, loss);
        boolean exact = r.status() == IlpResult.Status.OPTIMAL && backend instanceof CpSatBackend;
        long bound = exact ? loss : Double.isNaN(r.bound()) ? Long.MAX_VALUE : (long) Math.floor(r.bound());
        return new Outcomes.Worst(loss, shock, attack, exact, bound, backend.name());
    }

    /** Exact check of the attack on G↓D: thresholds against the remaining stake, profit &gt; cost. */
    static Coalition verify(Instance inst, boolean[] inD, List<Integer> a, List<Integer> b, long loss) {
        long shocked = 0;
        for (int v = 0; v < inD.length; v++) {
            if (inD[v]) {
                shocked += inst.stake(v);
            }
        }
        if (a.isEmpty()) {
            if (shocked != loss) {
                throw new IllegalStateException("worst-case solution failed exact re-verification");
            }
            return null;
        }
        boolean[] inA = new boolean[inst.chainCount()];
        a.forEach(s -> inA[s] = true);
        boolean[] inB = new boolean[inst.validatorCount()];
        b.forEach(v -> inB[v] = true);
        for (int s : a) {
            long inBw = 0;
            long remaining = 0;
            int[] mem = inst.members(s);
            for (int k = 0; k < mem.length; k++) {
                if (!inD[mem[k]]) {
                    remaining += inst.weights(s)[k];
                }
                if (inB[mem[k]]) {
                    inBw += inst.weights(s)[k];
                }
            }
            Fraction al = inst.alpha(s);
            if (java.math.BigInteger.valueOf(inBw).multiply(al.den())
                    .compareTo(al.num().multiply(java.math.BigInteger.valueOf(remaining))) < 0) {
                throw new IllegalStateException("worst-case attack misses a threshold on G↓D");
            }
        }
        long cost = 0;
        for (int v : b) {
            cost += inst.validatorCost(v, inA);
        }
        long profit = a.stream().mapToLong(inst::profit).sum();
        if (profit <= cost || shocked + cost != loss) {
            throw new IllegalStateException("worst-case attack failed exact re-verification");
        }
        return new Coalition(a, b, cost, profit);
    }
}
