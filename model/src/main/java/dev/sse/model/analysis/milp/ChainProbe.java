package dev.sse.model.analysis.milp;

import dev.sse.model.analysis.exact.Instance;

/**
 * Lagrangian probing of the chains (issue 20): which chains every attack at least as good as a known one must attack,
 * and which none of them can, so the best-attack MILP may be solved with those y_s fixed.
 *
 * <p>Why it holds. For multipliers c in Π_v P_v ({@link LagrangeBound}) every coalition (A, B) has
 * net ≤ Σ_{s∈A} g_s(c) with g_s(c) = π_s − L_s(c), L_s(c) a proven lower bound on what B pays chain s, evaluated
 * exactly in integers ({@link LagrangeBound#covers()}; L_s = −1: no B covers s, so no coalition attacks it). Let I be
 * the net of a valid attack found (the incumbent) and call an attack "good" when its net is ≥ I. Suppose every good
 * attack attacks the chains of F1 and none of F0 (at first both are empty). Then, for any multipliers c, a good attack
 * nets at most U(c) = Σ_{s∈F1} g_s(c) + Σ_{s free} max(0, g_s(c)), and
 * <ul>
 *   <li>one that leaves a free s out nets at most U(c) − max(0, g_s(c)). With c^s, the multipliers optimised with s
 *       left out ({@link LagrangeBound#without}: its multipliers 0, so its validators' stake may be charged to the
 *       other chains), when that is &lt; I no good attack leaves s out: s joins F1;</li>
 *   <li>one that attacks a free s nets at most U(c) − max(0, g_s(c)) + g_s(c) (c the multipliers optimised over all
 *       chains): when that is &lt; I no good attack attacks s: s joins F0.</li>
 * </ul>
 * Repeated until nothing changes (a chain fixed in with g_s &lt; 0 lowers U for the others). Every optimal attack is
 * good, and so is the incumbent: fixing y_s = 1 on F1 and y_s = 0 on F0 keeps all of them and removes only attacks
 * netting less than I. So over the fixed model (1) the optimum, the min cost at that net and the lexicographic
 * tie-break are those of the free model, since they range over attacks of net ≥ I only, and (2) every attack nets at
 * most max(I, B), B any bound on the fixed model (the solver's, or U(c) over F0 and F1): the proven bound reported.
 * Chains without profit stay free (the tie-break may add them at no cost).
 *
 * <p>The multipliers depend on the network and on {@code aim} only (Polyak's target, a known attack's net), not on
 * I, so they can be computed while I is still being searched for (beside the restricted solve, {@link MilpBestAttack});
 * everything is a fixed count of steps, so deterministic. The relaxation is Fisher's ("The Lagrangian relaxation
 * method for solving integer programming problems", Management Science 27(1), 1981); fixing variables whose forced
 * value bounds below the incumbent is the usual use of such a bound in branch and bound.
 */
public final class ChainProbe {

    /** Subgradient steps over all chains, then per chain left out (measured on pooled 1,900 × 42, docs/performance.md). */
    static final int STEPS = 800;
    static final int CHAIN_STEPS = 20;

    private final Instance inst;
    private final LagrangeBound base;
    private final long aim;
    /** L_s at the multipliers over all chains. */
    private final long[] all;
    /** Per chain with profit, L_t at the multipliers optimised with that chain left out (null: not yet, or no profit). */
    private final long[][] without;

    /** Optimises the multipliers over all chains, aimed at {@code aim} (a known attack's net; 0 when none). */
    public ChainProbe(Instance inst, long aim) {
        this.inst = inst;
        this.aim = aim;
        this.base = new LagrangeBound(inst).descend(1, STEPS, aim);
        this.all = base.covers();
        this.without = new long[inst.chainCount()][];
    }

    /** Optimises the multipliers with each chain left out in turn (needed by {@link #fixes}; the larger part of the work). */
    public ChainProbe leaveEachOut() {
        for (int s = 0; s < without.length; s++) {
            if (inst.profit(s) > 0) {
                without[s] = base.without(s).descend(1, CHAIN_STEPS, aim).covers();
            }
        }
        return this;
    }

    /**
     * @param incumbent the net of a valid attack (instance units, &gt; 0)
     * @return per chain 1 (every attack netting ≥ {@code incumbent} attacks it), 0 (none does) or −1 (free)
     */
    public int[] fixes(long incumbent) {
        int m = inst.chainCount();
        int[] fix = new int[m];
        for (int s = 0; s < m; s++) {
            fix[s] = inst.profit(s) > 0 && all[s] < 0 ? 0 : -1;
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int s = 0; s < m; s++) {
                if (fix[s] != -1 || inst.profit(s) <= 0) {
                    continue;
                }
                if (bound(without[s], fix, s) < incumbent) {
                    fix[s] = 1;
                    changed = true;
                } else if (bound(all, fix, s) + gain(all, s) < incumbent) {
                    fix[s] = 0;
                    changed = true;
                }
            }
        }
        return fix;
    }

    /**
     * Fixes in {@code am} the y of the chains {@link #fixes} proves every attack netting ≥ {@code incumbent} attacks
     * (or none does).
     *
     * @return a proven bound on every attack's net: max(incumbent, U over the fixes)
     */
    public long fix(AttackModel am, long incumbent) {
        if (incumbent <= 0) {
            return Long.MAX_VALUE;
        }
        int[] fix = fixes(incumbent);
        for (int s = 0; s < fix.length; s++) {
            if (fix[s] >= 0) {
                am.model.fix(am.y[s], fix[s]);
            }
        }
        return Math.max(incumbent, bound(fix));
    }

    /**
     * {@code pinned} (a copy of {@code am}'s model with some y fixed to 1) with the chains the relaxation attacks pinned
     * too: those whose gain π_s − L_s is &gt; 0 at the multipliers over all chains (a Lagrangian heuristic: the
     * relaxation's own y); null when that pins no more chains.
     */
    public IlpModel widened(AttackModel am, IlpModel pinned) {
        IlpModel wider = pinned.copy();
        boolean more = false;
        for (int s = 0; s < all.length; s++) {
            if (inst.profit(s) > 0 && all[s] >= 0 && gain(all, s) > 0) {
                more |= pinned.lower(am.y[s]) == 0;
                wider.fix(am.y[s], 1);
            }
        }
        return more ? wider : null;
    }

    /** U over the fixed chains at the multipliers over all chains: a bound on every attack netting ≥ I. */
    public long bound(int[] fix) {
        return bound(all, fix, -1);
    }

    /** Σ_{t∈F1, t≠skip} g_t + Σ_{t free, t≠skip} max(0, g_t) with the covers {@code h}. */
    private long bound(long[] h, int[] fix, int skip) {
        long sum = 0;
        for (int t = 0; t < fix.length; t++) {
            if (t != skip && fix[t] != 0 && inst.profit(t) > 0 && h[t] >= 0) {
                sum = Math.addExact(sum, fix[t] == 1 ? gain(h, t) : Math.max(0, gain(h, t)));
            }
        }
        return sum;
    }

    private long gain(long[] h, int s) {
        return h[s] < 0 ? 0 : inst.profit(s) - h[s];
    }
}
