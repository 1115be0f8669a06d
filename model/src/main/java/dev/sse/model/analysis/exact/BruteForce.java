package dev.sse.model.analysis.exact;

import java.util.ArrayList;
import java.util.List;

/**
 * Exhaustive, exact reference answers for small instances (domain.md §8): every non-empty A ⊆ S and every
 * canonical B ⊆ N(A) (validators that secure some attacked chain), in 64-bit integers. Meant for at most
 * {@link #MAX_VALIDATORS} validators and {@link #MAX_CHAINS} chains.
 */
public final class BruteForce {

    public static final int MAX_VALIDATORS = 16;
    public static final int MAX_CHAINS = 8;

    private final Instance inst;
    private final int n;
    private final int m;
    private final long[] memberMask;

    /** α_s = p/q when both fit in 64 bits, else q = 0 (then {@link Fraction#ceilTimes} decides). */
    private final long[] p;
    private final long[] q;

    public BruteForce(Instance inst) {
        if (inst.validatorCount() > 62 || inst.chainCount() > 30) {
            throw new IllegalArgumentException("instance too large for brute force");
        }
        this.inst = inst;
        this.n = inst.validatorCount();
        this.m = inst.chainCount();
        this.memberMask = new long[m];
        this.p = new long[m];
        this.q = new long[m];
        for (int s = 0; s < m; s++) {
            Fraction a = inst.alpha(s);
            if (a.num().bitLength() < 63 && a.den().bitLength() < 63) {
                p[s] = a.num().longValue();
                q[s] = a.den().longValue();
            }
            for (int v : inst.members(s)) {
                memberMask[s] |= 1L << v;
            }
        }
    }

    /** Whether brute force is cheap enough for this instance. */
    public static boolean fits(Instance inst) {
        return inst.validatorCount() <= MAX_VALIDATORS && inst.chainCount() <= MAX_CHAINS;
    }

    /** The best valid attack by the rules (max net, then {@link Coalition#tieOrder}), or null. */
    public Coalition bestAttack() {
        return bestAttack(null);
    }

    /**
     * The best valid attack of one component when other components attack chains up to id {@code ceiling}
     * ({@link Coalition#tieOrder(Coalition, Coalition, Instance, String)}), or null.
     */
    public Coalition bestAttack(String ceiling) {
        Coalition best = null;
        for (int a = 1; a < 1 << m; a++) {
            long na = neighbours(a);
            boolean[] inA = chainsOf(a);
            long profit = profit(a);
            long[] vCost = costs(inA);
            for (long b = na; ; b = (b - 1) & na) {
                if (attacks(a, b, 0)) {
                    long cost = cost(b, vCost);
                    if (profit > cost) {
                        Coalition c = coalition(a, b, cost, profit);
                        if (best == null || c.net() > best.net()
                                || c.net() == best.net() && Coalition.tieOrder(c, best, inst, ceiling) < 0) {
                            best = c;
                        }
                    }
                }
                if (b == 0) {
                    break;
                }
            }
        }
        return best;
    }

    /** min cost/profit over attacking coalitions with profit &gt; 0, as {cost, profit}; null if none. */
    public long[] minRatio() {
        long[] best = null;
        for (int a = 1; a < 1 << m; a++) {
            long profit = profit(a);
            if (profit <= 0) {
                continue;
            }
            long na = neighbours(a);
            long[] vCost = costs(chainsOf(a));
            for (long b = na; ; b = (b - 1) & na) {
                if (attacks(a, b, 0)) {
                    long cost = cost(b, vCost);
                    if (best == null || Fraction.compareProducts(cost, best[1], best[0], profit) < 0) {
                        best = new long[] {cost, profit};
                    }
                }
                if (b == 0) {
                    break;
                }
            }
        }
        return best;
    }

    /**
     * Worst-case loss for budget ψ: max over D (σ(D) ≤ ψ·σ(V)) of σ(D) + the largest cost of a valid attack
     * on G↓D (0 if none). Returns {σ(D) + cost, shock mask, chain mask, validator mask, cost}.
     */
    public long[] worstCase(Fraction psi) {
        long budget = psi.floorTimes(inst.shockableStake());
        long unshockable = 0;
        for (int v = 0; v < n; v++) {
            unshockable |= inst.shockable(v) ? 0 : 1L << v;
        }
        long[] best = {-1, 0, 0, 0, 0};
        for (long dm = 0; dm < 1L << n; dm++) {
            if ((dm & unshockable) != 0) {
                continue;
            }
            long sd = 0;
            for (int v = 0; v < n; v++) {
                if ((dm >> v & 1) == 1) {
                    sd += inst.stake(v);
                }
            }
            if (sd > budget) {
                continue;
            }
            long bestCost = 0;
            long bestA = 0;
            long bestB = 0;
            for (int a = 1; a < 1 << m; a++) {
                long na = neighbours(a) & ~dm;
                long profit = profit(a);
                long[] vCost = costs(chainsOf(a));
                for (long b = na; ; b = (b - 1) & na) {
                    if (attacks(a, b, dm)) {
                        long cost = cost(b, vCost);
                        if (profit > cost && cost > bestCost) {
                            bestCost = cost;
                            bestA = a;
                            bestB = b;
                        }
                    }
                    if (b == 0) {
                        break;
                    }
                }
            }
            if (sd + bestCost > best[0]) {
                best = new long[] {sd + bestCost, dm, bestA, bestB, bestCost};
            }
        }
        return best;
    }

    private long neighbours(int a) {
        long na = 0;
        for (int s = 0; s < m; s++) {
            if ((a >> s & 1) == 1) {
                na |= memberMask[s];
            }
        }
        return na;
    }

    private boolean[] chainsOf(int a) {
        boolean[] inA = new boolean[m];
        for (int s = 0; s < m; s++) {
            inA[s] = (a >> s & 1) == 1;
        }
        return inA;
    }

    private long profit(int a) {
        long p = 0;
        for (int s = 0; s < m; s++) {
            if ((a >> s & 1) == 1) {
                p += inst.profit(s);
            }
        }
        return p;
    }

    private long[] costs(boolean[] inA) {
        long[] c = new long[n];
        for (int v = 0; v < n; v++) {
            c[v] = inst.validatorCost(v, inA);
        }
        return c;
    }

    private static long cost(long b, long[] vCost) {
        long c = 0;
        for (long r = b; r != 0; r &= r - 1) {
            c += vCost[Long.numberOfTrailingZeros(r)];
        }
        return c;
    }

    /** Thresholds on G↓D: q·Σ_{B∩N(s)} w ≥ p·(C_s − Σ_{D∩N(s)} w) for every s ∈ A. */
    private boolean attacks(int a, long b, long dm) {
        for (int s = 0; s < m; s++) {
            if ((a >> s & 1) == 0) {
                continue;
            }
            int[] mem = inst.members(s);
            long[] w = inst.weights(s);
            long inB = 0;
            long inD = 0;
            for (int k = 0; k < mem.length; k++) {
                if ((b >> mem[k] & 1) == 1) {
                    inB += w[k];
                } else if ((dm >> mem[k] & 1) == 1) {
                    inD += w[k];
                }
            }
            if (dm == 0) {
                if (inB < inst.threshold(s)) {
                    return false;
                }
            } else {
                // inB·q < p·(C − inD) in 128 bits; an α whose p or q exceeds 64 bits (1e-300) compares exactly
                if (q[s] != 0 ? Fraction.compareProducts(inB, q[s], p[s], inst.total(s) - inD) < 0
                        : inB < inst.alpha(s).ceilTimes(inst.total(s) - inD)) {
                    return false;
                }
            }
        }
        return true;
    }

    private Coalition coalition(int a, long b, long cost, long profit) {
        List<Integer> cs = new ArrayList<>();
        List<Integer> vs = new ArrayList<>();
        for (int s = 0; s < m; s++) {
            if ((a >> s & 1) == 1) {
                cs.add(s);
            }
        }
        for (int v = 0; v < n; v++) {
            if ((b >> v & 1) == 1) {
                vs.add(v);
            }
        }
        return new Coalition(cs, vs, cost, profit);
    }
}
