package dev.sse.model.analysis.milp;

import dev.sse.model.analysis.exact.Instance;
import java.util.Arrays;

/**
 * An upper bound on the best attack's net with OPTIMISED Lagrange multipliers on shared validators (issue 20).
 *
 * <p>Why it holds: v's cost f_v(A) = min(σ_v, Σ_{s∈A} a(v,s)) is submodular, so f_v(A) = max Σ_{s∈A} c_vs over its
 * polymatroid P_v = {c ≥ 0, c_vs ≤ min(σ_v, a(v,s)), Σ_s c_vs ≤ σ_v}. For any c in Π_v P_v every coalition (A, B)
 * has profit − cost ≤ Σ_{s∈A} (π_s − Σ_{v∈B∩N(s)} c_vs) ≤ Σ_s max(0, π_s − L_s(c)), L_s(c) being chain s's LP cover
 * with costs c_vs (B ∩ N(s) covers s). {@link SplitCover} fixes c at profit shares; here c minimises that sum by
 * projected subgradient steps: a volume-averaged direction, Polyak's step towards a target, scaled per multiplier by
 * its cap, shrunk when it stalls; a fixed count of steps, so deterministic. Measured on pooled 1,900 × 42 (× 1):
 * 2.8390 / 2.8218 / 2.8127 B after 200 / 400 / 800 steps, against the relaxation's optimum 2.8006 B (an LP).
 * The multipliers are found in doubles; the bound is then evaluated exactly in integers (c floored back into P_v,
 * the LP covers by the exact greedy {@link SplitCover#lpCover}), so rounding can only loosen it.
 *
 * <p>Equivalently the Lagrangian dual of the model with validator copies per chain (x_vs = x_v relaxed); its per-chain
 * subproblems keep y_s integral, which the plain LP relaxation does not (Fisher, "The Lagrangian relaxation method
 * for solving integer programming problems", Management Science 27(1), 1981, §3 for the subgradient method).
 */
public final class LagrangeBound {

    /**
     * The Lagrangian bounds (this, {@link LagrangeRatio}, {@link ChainProbe}) run only on budgets of at least this many
     * units: they cost about a second of CPU on 20,000 allocations, and the window's drag preview (0.1 units) never
     * waits on a proof.
     */
    public static final double MIN_UNITS = 0.25;
    /** Whether the Lagrangian bounds run: a budget of at least {@link #MIN_UNITS} and a network {@link LagrangeRatio#fits}. */
    public static boolean applies(Instance inst, double units) {
        return units >= MIN_UNITS && LagrangeRatio.fits(inst);
    }

    /** Steps without a better value before the step factor θ shrinks, and by how much (measured, see the class). */
    private static final int STALL = 20;
    private static final double SHRINK = 0.7;
    /** Weight of the newest subgradient in the averaged direction (Barahona and Anbil's volume algorithm, 2000). */
    private static final double ALPHA = 0.1;
    private final Instance inst;
    private double[][] c;
    private final double[][] cap;
    private double[][] best;
    private double bestValue = Double.POSITIVE_INFINITY;
    /** Chains left out of U (probing, {@link #without}): their multipliers 0, their gain not counted. */
    private final boolean[] off;
    /** One validator's multipliers and caps while {@link #project} works on them (grown to the largest degree met). */
    private double[] mine = new double[0];
    private double[] caps = new double[0];

    /** Starts from {@link SplitCover}'s profit shares over all chains (so the bound is never worse than theirs). */
    public LagrangeBound(Instance inst) {
        this.inst = inst;
        int m = inst.chainCount();
        c = new double[m][];
        cap = new double[m][];
        for (int s = 0; s < m; s++) {
            int[] mem = inst.members(s);
            c[s] = new double[mem.length];
            cap[s] = new double[mem.length];
            for (int k = 0; k < mem.length; k++) {
                cap[s][k] = inst.profit(s) > 0 ? Math.min(inst.stake(mem[k]), inst.amounts(s)[k]) : 0;
            }
        }
        for (int v = 0; v < inst.validatorCount(); v++) {
            double shared = 0;
            for (int s : inst.chainsOf(v)) {
                shared += Math.max(0, inst.profit(s));
            }
            int[] chains = inst.chainsOf(v);
            int[] pos = inst.positionsOf(v);
            for (int j = 0; j < chains.length; j++) {
                int s = chains[j];
                c[s][pos[j]] = shared <= 0 ? 0 : cap[s][pos[j]] * (Math.max(0, inst.profit(s)) / shared);
            }
        }
        best = copy(c);
        off = new boolean[m];
    }

    private LagrangeBound(LagrangeBound from, int out) {
        inst = from.inst;
        cap = from.cap;
        off = from.off.clone();
        off[out] = true;
        best = copy(from.best);
        java.util.Arrays.fill(best[out], 0);
        c = copy(best);
    }

    /**
     * A copy warm-started from this one's best multipliers, with chain {@code s} left out: its multipliers 0 (a point
     * of every P_v still), so its validators' stake may be charged to the other chains, and its gain not counted.
     * {@link #netBound()} then bounds every coalition that does not attack s ({@link ChainProbe}).
     */
    public LagrangeBound without(int s) {
        return new LagrangeBound(this, s);
    }

    /**
     * Minimises U_ρ(c) = Σ_s max(0, ρ·π_s − L_s(c)) over c for {@code iterations} subgradient steps, from the best
     * multipliers found so far (for any ρ); {@link #covers()} then reads the best c of this call.
     *
     * @param rho    the profits' factor: 1 for the best attack's net, a ratio for the margin
     * @param target a value U_ρ can not go below (a known attack's net at ρ = 1; 0 for a ratio), the Polyak step's aim
     * @return this, for chaining
     */
    public LagrangeBound descend(double rho, int iterations, double target) {
        c = copy(best);
        bestValue = Double.POSITIVE_INFINITY;
        int m = inst.chainCount();
        double[][] x = new double[m][];
        double[][] d = new double[m][];
        for (int s = 0; s < m; s++) {
            d[s] = new double[c[s].length];
        }
        double theta = 1;
        int stall = 0;
        for (int it = 0; it < iterations; it++) {
            double value = 0;
            for (int s = 0; s < m; s++) {
                x[s] = new double[c[s].length];
                if (inst.profit(s) <= 0 || off[s]) {
                    continue;
                }
                double gain = rho * inst.profit(s) - cover(s, x[s]);
                if (gain > 0) {
                    value += gain;
                } else {
                    Arrays.fill(x[s], 0);
                }
            }
            if (value < bestValue) {
                bestValue = value;
                best = copy(c);
                stall = 0;
            } else if (++stall >= STALL) {
                theta *= SHRINK;
                stall = 0;
            }
            double gap = value - Math.max(0, target);
            double norm = 0;
            for (int s = 0; s < m; s++) {
                for (int k = 0; k < x[s].length; k++) {
                    d[s][k] = ALPHA * x[s][k] + (1 - ALPHA) * d[s][k];
                    norm += d[s][k] * d[s][k] * cap[s][k];
                }
            }
            if (norm == 0 || gap <= 0) {
                break;
            }
            double t = theta * gap / norm;
            for (int s = 0; s < m; s++) {
                for (int k = 0; k < x[s].length; k++) {
                    c[s][k] += t * d[s][k] * cap[s][k];
                }
            }
            for (int v = 0; v < inst.validatorCount(); v++) {
                project(v);
            }
        }
        return this;
    }

    /** The LP cover of s with costs c[s] (clipped weights), in doubles; its solution goes to {@code x}. */
    private double cover(int s, double[] x) {
        long need = inst.threshold(s);
        long[] w = inst.weights(s);
        int k = w.length;
        // ascending cost per weight; a non-negative double's bits sort as the double does, and the low bits carry
        // the member's index (the order is a heuristic's: the exact bound is evaluated by SplitCover.lpCover)
        long mask = (1L << (64 - Long.numberOfLeadingZeros(Math.max(1, k - 1)))) - 1;
        long[] order = new long[k];
        for (int i = 0; i < k; i++) {
            double key = w[i] == 0 ? Double.MAX_VALUE : c[s][i] / Math.min(w[i], need);
            order[i] = Double.doubleToRawLongBits(key) & ~mask | i;
        }
        Arrays.sort(order);
        long left = need;
        double sum = 0;
        for (long packed : order) {
            int i = (int) (packed & mask);
            if (left <= 0 || w[i] == 0) {
                break;
            }
            long wi = Math.min(w[i], need);
            double part = wi <= left ? 1 : (double) left / wi;
            x[i] = part;
            sum += part * c[s][i];
            left -= Math.min(wi, left);
        }
        return left > 0 ? Double.POSITIVE_INFINITY : sum;
    }

    /**
     * Projection of v's multipliers onto P_v in the steps' metric (Σ (Δc)²/cap): clip to [0, cap], then lower each
     * by τ·cap until Σ ≤ σ_v (τ by bisection, a fixed number of rounds). Three quarters of the probe's time on pooled
     * 1,900 × 42 (issue 20, eighth session): v's multipliers and caps are read once into {@link #mine} and {@link #caps},
     * not through c[s][k] in every round, and the rounds stop once the midpoint equals an end (every later round would
     * be the same); the arithmetic and its order are unchanged, so are the results, to the bit.
     */
    private void project(int v) {
        int[] chains = inst.chainsOf(v);
        int[] pos = inst.positionsOf(v);
        int d = chains.length;
        if (mine.length < d) {
            mine = new double[d];
            caps = new double[d];
        }
        double[] cv = mine;
        double[] uv = caps;
        double sigma = inst.stake(v);
        double sum = 0;
        double hi = 0;
        for (int j = 0; j < d; j++) {
            double[] cs = c[chains[j]];
            double u = cap[chains[j]][pos[j]];
            double clipped = Math.max(0, Math.min(u, cs[pos[j]]));
            cs[pos[j]] = clipped;
            cv[j] = clipped;
            uv[j] = u;
            sum += clipped;
            hi = u > 0 ? Math.max(hi, clipped / u) : hi;
        }
        if (sum <= sigma) {
            return;
        }
        double lo = 0;
        for (int round = 0; round < 50; round++) {
            double tau = (lo + hi) / 2;
            if (tau == lo || tau == hi) {
                break;
            }
            double at = 0;
            for (int j = 0; j < d; j++) {
                at += Math.max(0, cv[j] - tau * uv[j]);
            }
            if (at > sigma) {
                lo = tau;
            } else {
                hi = tau;
            }
        }
        for (int j = 0; j < d; j++) {
            c[chains[j]][pos[j]] = Math.max(0, cv[j] - hi * uv[j]);
        }
    }

    /**
     * Per chain, a proven lower bound in instance units on what any attacking coalition pays that chain under the best
     * multipliers found (−1: the chain can not be covered; 0 for chains without profit).
     */
    public long[] covers() {
        int m = inst.chainCount();
        long[][] exact = new long[m][];
        for (int s = 0; s < m; s++) {
            exact[s] = new long[best[s].length];
            for (int k = 0; k < exact[s].length; k++) {
                exact[s][k] = (long) Math.floor(Math.max(0, Math.min(cap[s][k], best[s][k])));
            }
        }
        for (int v = 0; v < inst.validatorCount(); v++) {
            int[] chains = inst.chainsOf(v);
            int[] pos = inst.positionsOf(v);
            long excess = -inst.stake(v);
            for (int j = 0; j < chains.length; j++) {
                excess += exact[chains[j]][pos[j]];
            }
            for (int j = 0; j < chains.length && excess > 0; j++) {
                long cut = Math.min(excess, exact[chains[j]][pos[j]]);
                exact[chains[j]][pos[j]] -= cut;
                excess -= cut;
            }
        }
        long[] out = new long[m];
        for (int s = 0; s < m; s++) {
            out[s] = inst.profit(s) <= 0 ? 0 : SplitCover.lpCover(exact[s], inst.weights(s), inst.threshold(s));
        }
        return out;
    }

    /** Subgradient steps of {@link #netBound(Instance, long)} (measured on pooled 1,900 × 42, docs/performance.md). */
    static final int NET_STEPS = 300;

    /**
     * A proven upper bound on every coalition's profit − cost after {@link #NET_STEPS} steps aimed at {@code found},
     * the net of an attack found (instance units, at least 0).
     */
    public static long netBound(Instance inst, long found) {
        return new LagrangeBound(inst).descend(1, NET_STEPS, found).netBound();
    }

    /** A proven upper bound on every coalition's profit − cost, in instance units (at least 0). */
    public long netBound() {
        long[] h = covers();
        long sum = 0;
        for (int s = 0; s < h.length; s++) {
            sum = Math.addExact(sum, h[s] < 0 || off[s] ? 0 : Math.max(0, inst.profit(s) - h[s]));
        }
        return sum;
    }

    /**
     * b with g·cost − num·profit ≥ b for every coalition (a Dinkelbach step's bound at ratio num/g, for
     * {@link RatioBound#lower}): cost ≥ Σ_{s∈A} L_s, so g·cost − num·P ≥ −Σ_s max(0, num·π_s − g·L_s).
     *
     * @throws ArithmeticException when b does not fit in 64 bits
     */
    public long stepBound(long num, long g) {
        long[] h = covers();
        long b = 0;
        for (int s = 0; s < h.length; s++) {
            if (h[s] >= 0 && inst.profit(s) > 0) {
                b = Math.subtractExact(b, Math.max(0, Math.subtractExact(Math.multiplyExact(num, inst.profit(s)),
                        Math.multiplyExact(g, h[s]))));
            }
        }
        return b;
    }

    private static double[][] copy(double[][] a) {
        double[][] out = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            out[i] = a[i].clone();
        }
        return out;
    }
}
