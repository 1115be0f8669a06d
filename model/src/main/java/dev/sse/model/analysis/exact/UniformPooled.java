package dev.sse.model.analysis.exact;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Exact fast path for a component whose chains all share one pooled securing set (a relay chain and the
 * parachains inheriting it; an ICS provider and replicated consumers): same members, same weights, and every
 * member pooled on every chain, so any coalition costs σ(B) whatever chains it attacks.
 *
 * <p>Then B attacks A iff Σ_B w ≥ max_{s∈A} T_s, and for a threshold level T the best A is every chain with
 * T_s ≤ T. So the best attack is the best of "level T: all chains with T_s ≤ T, B = the cheapest cover of
 * T" over the distinct thresholds, and the minimum ratio is the least cover(T)/π(chains with T_s ≤ T). Each
 * cover is the exact {@link CoverSolver}. Zero-profit chains join an attack only when their id sorts before
 * the last profitable chain (the lexicographic tie rule); the validators are the cover's, sorted.
 */
public final class UniformPooled {

    private static final long NODES = CoverSolver.DEFAULT_NODES;

    private UniformPooled() {
    }

    /** Whether the fast path applies. */
    public static boolean applies(Instance inst) {
        return inst.memo(APPLIES, () -> check(inst));
    }

    private static final Object APPLIES = new Object();

    private static boolean check(Instance inst) {
        if (inst.chainCount() == 0) {
            return false;
        }
        int[] mem = inst.members(0);
        long[] w = inst.weights(0);
        for (int s = 1; s < inst.chainCount(); s++) {
            if (!Arrays.equals(mem, inst.members(s)) || !Arrays.equals(w, inst.weights(s))) {
                return false;
            }
        }
        for (int v : mem) {
            if (!inst.pooledEverywhere(v)) {
                return false;
            }
        }
        return true;
    }

    /**
     * One level: its cover, the weight the cover reaches, the profit of the positive chains it lets through, and
     * {@code allProfit}, π of every chain with T_s ≤ the level (for bounds).
     */
    private record Level(CoverSolver.Cover cover, long reached, long profit, long allProfit) {
    }

    private static final Object LEVELS = new Object();

    /** The levels, computed once per instance (best attack and margin share them). */
    private static List<Level> levels(Instance inst) {
        return inst.memo(LEVELS, () -> computeLevels(inst));
    }

    private static List<Level> computeLevels(Instance inst) {
        long[] w = inst.weights(0);
        // one chain per distinct threshold, in increasing order; its cover is the level's (memoised per chain set)
        TreeMap<Long, Integer> thresholds = new TreeMap<>();
        for (int s = 0; s < inst.chainCount(); s++) {
            thresholds.putIfAbsent(inst.threshold(s), s);
        }
        List<Level> out = new ArrayList<>();
        for (Map.Entry<Long, Integer> e : thresholds.entrySet()) {
            CoverSolver.Cover cover = inst.chainCover(e.getValue(), NODES);
            long reached = 0;
            for (int k : cover.items()) {
                reached += w[k];
            }
            long profit = 0;
            long allProfit = 0;
            for (int s = 0; s < inst.chainCount(); s++) {
                if (inst.threshold(s) <= reached && inst.profit(s) > 0) {
                    profit += inst.profit(s);
                }
                if (inst.threshold(s) <= e.getKey()) {
                    allProfit += inst.profit(s);
                }
            }
            out.add(new Level(cover, reached, profit, allProfit));
        }
        return out;
    }

    /**
     * The chains a level's cover attacks: every positive chain it reaches, and the zero-profit chains it reaches
     * whose id sorts before the last of the positive chains and the foreign ceiling (the lexicographic
     * tie rule on the merged sorted id list).
     */
    private static List<Integer> chains(Instance inst, Level l, String ceiling) {
        List<Integer> positive = new ArrayList<>();
        for (int s = 0; s < inst.chainCount(); s++) {
            if (inst.threshold(s) <= l.reached && inst.profit(s) > 0) {
                positive.add(s);
            }
        }
        String last = positive.stream().map(inst::chainId).max(String::compareTo).orElse("");
        if (ceiling != null && ceiling.compareTo(last) > 0) {
            last = ceiling;
        }
        List<Integer> chains = new ArrayList<>(positive);
        for (int s = 0; s < inst.chainCount(); s++) {
            if (inst.threshold(s) <= l.reached && inst.profit(s) == 0 && inst.chainId(s).compareTo(last) < 0) {
                chains.add(s);
            }
        }
        chains.sort(null);
        return chains;
    }

    public static Outcomes.Attack bestAttack(Instance inst) {
        return bestAttack(inst, null);
    }

    /**
     * The best attack of this component when other components attack chains up to id {@code ceiling} (null:
     * none); ties between levels are then broken on the id lists merged with the foreign ones.
     */
    public static Outcomes.Attack bestAttack(Instance inst, String ceiling) {
        int[] mem = inst.members(0);
        Coalition best = null;
        boolean exact = true;
        // an attack whose highest threshold is level T gains at most π(T_s ≤ T) − (proven lower bound of cover(T))
        long bound = 0;
        for (Level l : levels(inst)) {
            exact &= l.cover.exact();
            bound = Math.max(bound, l.allProfit - l.cover.lowerBound());
            if (l.profit <= l.cover.cost()) {
                continue;
            }
            List<Integer> b = Arrays.stream(l.cover.items()).map(k -> mem[k]).sorted().boxed().toList();
            Coalition cand = new Coalition(chains(inst, l, ceiling), b, l.cover.cost(), l.profit);
            if (best == null || cand.net() > best.net()
                    || cand.net() == best.net() && Coalition.tieOrder(cand, best, inst, ceiling) < 0) {
                best = cand;
            }
        }
        if (exact) {
            bound = best == null ? 0 : best.net();
        }
        return new Outcomes.Attack(best, exact, bound, "exact cover");
    }

    public static Outcomes.Ratio minRatio(Instance inst) {
        long[] best = null;
        boolean exact = true;
        // every attack with highest threshold T has ratio ≥ lowerBound(cover(T)) / π(T_s ≤ T)
        Fraction lower = null;
        for (Level l : levels(inst)) {
            exact &= l.cover.exact();
            if (l.allProfit > 0) {
                Fraction f = Fraction.of(l.cover.lowerBound(), l.allProfit);
                lower = lower == null || f.compareTo(lower) < 0 ? f : lower;
            }
            if (l.profit > 0 && (best == null
                    || Fraction.of(l.cover.cost(), l.profit).compareTo(Fraction.of(best[0], best[1])) < 0)) {
                best = new long[] {l.cover.cost(), l.profit};
            }
        }
        if (best == null) {
            return new Outcomes.Ratio(0, 0, true, Fraction.ZERO, "exact cover");
        }
        Fraction r = Fraction.of(best[0], best[1]);
        return new Outcomes.Ratio(best[0], best[1], exact, exact ? r : lower, "exact cover");
    }
}
