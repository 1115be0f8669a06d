package dev.sse.model.analysis.milp;

import dev.sse.model.analysis.exact.Coalition;
import dev.sse.model.analysis.exact.CoverSolver;
import dev.sse.model.analysis.exact.Fraction;
import dev.sse.model.analysis.exact.Instance;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The exact MILP of coalitions (A, B) on an {@link Instance}, shared by the best attack, the margin and the
 * worst-case loss. All coefficients are integers in the instance's units, so an optimum is the exact optimum.
 *
 * <p>Variables: y_s = 1 iff s ∈ A; x_v = 1 iff v ∈ B; with a shock, d_v = 1 iff v ∈ D (x_v + d_v ≤ 1).
 * <ul>
 *   <li>Threshold, no shock: Σ_{v∈N(s)} w(v,s)·x_v − T_s·y_s ≥ 0.</li>
 *   <li>Threshold on G↓D (α_s = p/q): Σ_{v∈B} w ≥ α_s·Σ_{v∈N(s)\D} w ⇔
 *       Σ_v q·w(v,s)·x_v + Σ_v p·w(v,s)·d_v − p·C_s·y_s ≥ 0 (inactive when y_s = 0), exact without rounding.</li>
 *   <li>Canonical coalitions: x_v ≤ Σ_{s∋v} y_s (a validator joins only to attack one of its chains; others
 *       would add nothing and cost nothing).</li>
 *   <li>Cost c_v = min(σ_v, Σ_{s∈A} a(v,s)) when x_v = 1, encoded exactly (both directions), so the same
 *       expression serves maximising and minimising objectives:
 *     <ul>
 *       <li>one chain: c_v = min(σ_v, a(v,s))·x_v (x_v = 1 forces y_s = 1);</li>
 *       <li>pooled on every chain (a(v,s) ≥ σ_v): c_v = σ_v·x_v;</li>
 *       <li>never capped (Σ_s a(v,s) ≤ σ_v, unique stake): c_v = Σ_s a(v,s)·u_vs with u_vs = x_v ∧ y_s
 *           (u ≤ x, u ≤ y, u ≥ x + y − 1);</li>
 *       <li>otherwise: c_v = min(P, Q), P = σ_v·x_v, Q = Σ_s a(v,s)·u_vs, with a binary z_v:
 *           c ≤ P, c ≤ Q, c ≥ P − σ_v·z_v, c ≥ Q − Q̄·(1 − z_v) (Q̄ = Σ_s a(v,s)).</li>
 *     </ul></li>
 * </ul>
 * Profit = Σ_s π_s·y_s. Validity "profit &gt; cost" is "profit − cost ≥ 1 unit" (integers).
 */
public final class AttackModel {

    public final IlpModel model = new IlpModel();
    public final Instance inst;
    public final int[] x;
    public final int[] y;
    public final int[] d;
    public final LinExpr profit = new LinExpr();
    public final LinExpr cost = new LinExpr();
    public final LinExpr shocked = new LinExpr();
    private final LinExpr[] costOfValidator;

    private AttackModel(Instance inst, boolean withShock) {
        this.inst = inst;
        int n = inst.validatorCount();
        int m = inst.chainCount();
        x = new int[n];
        y = new int[m];
        costOfValidator = new LinExpr[n];
        d = withShock ? new int[n] : null;
        for (int s = 0; s < m; s++) {
            y[s] = model.bool("y" + s);
            profit.add(y[s], inst.profit(s));
        }
        for (int v = 0; v < n; v++) {
            x[v] = inst.chainsOf(v).length == 0 ? model.var(0, 0, "x" + v) : model.bool("x" + v);
            if (withShock) {
                // security from outside the file (an external block) is not stake a shock in the file can hit
                d[v] = inst.shockable(v) ? model.bool("d" + v) : model.var(0, 0, "d" + v);
                shocked.add(d[v], inst.stake(v));
                model.atMost(new LinExpr().add(x[v], 1).add(d[v], 1), 1);
            }
        }
        for (int s = 0; s < m; s++) {
            thresholdRow(s, withShock);
        }
        for (int v = 0; v < n; v++) {
            if (inst.chainsOf(v).length > 0) {
                LinExpr canonical = new LinExpr().add(x[v], 1);
                for (int s : inst.chainsOf(v)) {
                    canonical.add(y[s], -1);
                }
                model.atMost(canonical, 0);
                costOf(v);
            }
        }
    }

    /** The model without a shock (best attack, margin, tie-breaks). */
    public static AttackModel of(Instance inst) {
        return new AttackModel(inst, false);
    }

    /** The model with shock variables d_v (worst-case loss). Throws ArithmeticException on 64-bit overflow. */
    public static AttackModel withShock(Instance inst) {
        return new AttackModel(inst, true);
    }

    private void thresholdRow(int s, boolean withShock) {
        int[] mem = inst.members(s);
        long[] w = inst.weights(s);
        LinExpr row = new LinExpr();
        if (!withShock) {
            for (int k = 0; k < mem.length; k++) {
                row.add(x[mem[k]], w[k]);
            }
            row.add(y[s], -inst.threshold(s));
        } else {
            Fraction a = inst.alpha(s);
            long p = a.num().longValueExact();
            long q = a.den().longValueExact();
            for (int k = 0; k < mem.length; k++) {
                row.add(x[mem[k]], Math.multiplyExact(q, w[k]));
                row.add(d[mem[k]], Math.multiplyExact(p, w[k]));
            }
            row.add(y[s], -Math.multiplyExact(p, inst.total(s)));
            BigInteger check = BigInteger.valueOf(q).add(BigInteger.valueOf(p)).multiply(BigInteger.valueOf(inst.total(s)));
            check.longValueExact();
        }
        model.atLeast(row, 0);
    }

    private void costOf(int v) {
        LinExpr own = new LinExpr();
        costOf(v, own);
        costOfValidator[v] = own;
        cost.addAll(own, 1);
    }

    private void costOf(int v, LinExpr cost) {
        int[] chains = inst.chainsOf(v);
        long[] amounts = inst.amountsOf(v);
        long sigma = inst.stake(v);
        if (chains.length == 1) {
            cost.add(x[v], Math.min(sigma, amounts[0]));
            return;
        }
        if (inst.pooledEverywhere(v)) {
            cost.add(x[v], sigma);
            return;
        }
        LinExpr q = new LinExpr();
        long qMax = 0;
        for (int k = 0; k < chains.length; k++) {
            int u = model.bool("u" + v + "_" + chains[k]);
            model.atMost(new LinExpr().add(u, 1).add(x[v], -1), 0);
            model.atMost(new LinExpr().add(u, 1).add(y[chains[k]], -1), 0);
            model.atLeast(new LinExpr().add(u, 1).add(x[v], -1).add(y[chains[k]], -1), -1);
            q.add(u, amounts[k]);
            qMax = Math.addExact(qMax, amounts[k]);
        }
        if (inst.neverCapped(v)) {
            cost.addAll(q, 1);
            return;
        }
        int c = model.var(0, sigma, "c" + v);
        int z = model.bool("z" + v);
        model.atMost(new LinExpr().add(c, 1).add(x[v], -sigma), 0);
        model.atMost(new LinExpr().add(c, 1).addAll(q, -1), 0);
        model.atLeast(new LinExpr().add(c, 1).add(x[v], -sigma).add(z, sigma), 0);
        model.atLeast(new LinExpr().add(c, 1).addAll(q, -1).add(z, -qMax), -qMax);
        cost.add(c, 1);
    }

    /**
     * Cover cuts (no-shock model only): an attack on s pays at least the cheapest single-chain cover of s on
     * N(s) alone, Σ_{v∈N(s)} c_v ≥ cover(s)·y_s, since c_v ≥ min(σ_v, a(v,s)) and B ∩ N(s) meets T_s. Uses
     * the covers' proven lower bounds ({@link Instance#chainCover}), so the rows are valid even when a cover
     * is not proven minimal. They give the LP the exact subset-sum bound per chain, which the threshold rows
     * alone (Σ w·x ≥ T·y) do not.
     */
    public void addCoverCuts() {
        if (d != null) {
            throw new IllegalStateException("cover cuts are not valid with shock variables");
        }
        for (int s = 0; s < inst.chainCount(); s++) {
            CoverSolver.Cover cover = inst.chainCover(s, CoverSolver.DEFAULT_NODES);
            if (cover == null || cover.lowerBound() <= 0) {
                continue;
            }
            LinExpr row = new LinExpr();
            for (int v : inst.members(s)) {
                if (costOfValidator[v] != null) {
                    row.addAll(costOfValidator[v], 1);
                }
            }
            row.add(y[s], -cover.lowerBound());
            model.atLeast(row, 0);
        }
    }

    /** Net = profit − cost as one expression. */
    public LinExpr net() {
        return new LinExpr().addAll(profit, 1).addAll(cost, -1);
    }

    /** A full assignment for the coalition (A, B), for hints; null if it cannot be completed. */
    public long[] assignment(boolean[] inA, boolean[] inB, boolean[] inD) {
        long[] val = new long[model.size()];
        for (int s = 0; s < y.length; s++) {
            val[y[s]] = inA[s] ? 1 : 0;
        }
        for (int v = 0; v < x.length; v++) {
            val[x[v]] = inB[v] ? 1 : 0;
            if (d != null) {
                val[d[v]] = inD != null && inD[v] ? 1 : 0;
            }
        }
        // auxiliaries: solve them from their names (u = x∧y, c = min, z = c<P)
        for (int i = 0; i < model.size(); i++) {
            String name = model.names.get(i);
            if (name.startsWith("u")) {
                String[] parts = name.substring(1).split("_");
                val[i] = inB[Integer.parseInt(parts[0])] && inA[Integer.parseInt(parts[1])] ? 1 : 0;
            }
        }
        for (int i = 0; i < model.size(); i++) {
            String name = model.names.get(i);
            if (name.startsWith("c")) {
                int v = Integer.parseInt(name.substring(1));
                val[i] = inB[v] ? inst.validatorCost(v, inA) : 0;
                long p = inB[v] ? inst.stake(v) : 0;
                val[i + 1] = val[i] < p ? 1 : 0;
            }
        }
        return val;
    }

    /** The coalition (A, B) of a solution, re-evaluated exactly on the instance; null when it attacks nothing validly. */
    public Coalition coalition(long[] values) {
        boolean[][] ab = decode(values);
        List<Integer> a = new ArrayList<>(IntStream.range(0, y.length).filter(s -> ab[0][s]).boxed().toList());
        List<Integer> b = new ArrayList<>(IntStream.range(0, x.length).filter(v -> ab[1][v]).boxed().toList());
        Instance.Evaluation e = inst.evaluate(a, b);
        return e == null ? null : new Coalition(a, b, e.cost(), e.profit());
    }

    /** Decodes A, B (and D) from a solution. */
    public boolean[][] decode(long[] values) {
        boolean[] inA = new boolean[y.length];
        boolean[] inB = new boolean[x.length];
        boolean[] inD = new boolean[x.length];
        for (int s = 0; s < y.length; s++) {
            inA[s] = values[y[s]] == 1;
        }
        for (int v = 0; v < x.length; v++) {
            inB[v] = values[x[v]] == 1;
            inD[v] = d != null && values[d[v]] == 1;
        }
        return new boolean[][] {inA, inB, inD};
    }
}
