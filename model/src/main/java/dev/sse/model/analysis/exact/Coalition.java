package dev.sse.model.analysis.exact;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A coalition found by a solver, in instance indices, with its exact cost and profit (units).
 *
 * @param chains     attacked chains A
 * @param validators attacking validators B
 * @param cost       Σ_{v∈B} min(σ_v, Σ_{s∈A} a(v,s))
 * @param profit     Σ_{s∈A} π_s
 */
public record Coalition(List<Integer> chains, List<Integer> validators, long cost, long profit) {

    public long net() {
        return profit - cost;
    }

    /** Chain ids, sorted. */
    public List<String> chainIds(Instance inst) {
        return sortedIds(chains, inst::chainId);
    }

    /** Validator ids, sorted. */
    public List<String> validatorIds(Instance inst) {
        return sortedIds(validators, inst::validatorId);
    }

    private static List<String> sortedIds(List<Integer> idx, java.util.function.IntFunction<String> id) {
        List<String> out = new ArrayList<>();
        idx.forEach(i -> out.add(id.apply(i)));
        out.sort(Comparator.naturalOrder());
        return out;
    }

    /**
     * The tie order for best attacks with equal net: smaller cost, then lexicographically smaller
     * sorted chain ids, then lexicographically smaller sorted validator ids (a prefix sorts first).
     */
    public static int tieOrder(Coalition a, Coalition b, Instance inst) {
        int c = Long.compare(a.cost, b.cost);
        if (c != 0) {
            return c;
        }
        c = compareLists(a.chainIds(inst), b.chainIds(inst));
        return c != 0 ? c : compareLists(a.validatorIds(inst), b.validatorIds(inst));
    }

    /**
     * {@link #tieOrder} for one component of a network whose other components attack chains up to id
     * {@code ceiling} (null: none): chain lists compare as they would merged with the foreign ids, so a proper
     * prefix is smaller only when the longer list's next id sorts after the ceiling.
     */
    public static int tieOrder(Coalition a, Coalition b, Instance inst, String ceiling) {
        int c = Long.compare(a.cost, b.cost);
        if (c != 0 || ceiling == null) {
            return c != 0 ? c : tieOrder(a, b, inst);
        }
        List<String> x = a.chainIds(inst);
        List<String> y = b.chainIds(inst);
        int n = Math.min(x.size(), y.size());
        for (int i = 0; i < n; i++) {
            int d = x.get(i).compareTo(y.get(i));
            if (d != 0) {
                return d;
            }
        }
        if (x.size() != y.size()) {
            String next = x.size() > n ? x.get(n) : y.get(n);
            boolean longerFirst = ceiling.compareTo(next) > 0;
            return (x.size() > y.size()) == longerFirst ? -1 : 1;
        }
        return compareLists(a.validatorIds(inst), b.validatorIds(inst));
    }

    /** Lexicographic order of sorted id lists; a proper prefix is smaller. */
    public static int compareLists(List<String> a, List<String> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = a.get(i).compareTo(b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }
}
