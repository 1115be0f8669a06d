package dev.sse.model.analysis.exact;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Connected components of an instance (chains linked by shared validators) and sub-instances restricted to
 * a set of chains. Best attacks add up over components and the margin is the minimum over components (a
 * union's cost/profit is a mediant of its parts), so each component may be solved on its own.
 */
public final class Components {

    private Components() {
    }

    /** Chain index lists, one per component, each in file order; components ordered by first chain. */
    public static List<int[]> of(Instance inst) {
        int m = inst.chainCount();
        int[] parent = new int[m];
        for (int s = 0; s < m; s++) {
            parent[s] = s;
        }
        for (int v = 0; v < inst.validatorCount(); v++) {
            int[] cs = inst.chainsOf(v);
            for (int k = 1; k < cs.length; k++) {
                union(parent, cs[0], cs[k]);
            }
        }
        Map<Integer, List<Integer>> groups = new LinkedHashMap<>();
        for (int s = 0; s < m; s++) {
            groups.computeIfAbsent(find(parent, s), k -> new ArrayList<>()).add(s);
        }
        List<int[]> out = new ArrayList<>();
        groups.values().forEach(g -> out.add(g.stream().mapToInt(Integer::intValue).toArray()));
        return out;
    }

    private static int find(int[] p, int x) {
        while (p[x] != x) {
            p[x] = p[p[x]];
            x = p[x];
        }
        return x;
    }

    private static void union(int[] p, int a, int b) {
        int ra = find(p, a);
        int rb = find(p, b);
        if (ra != rb) {
            p[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }

    /**
     * The sub-instance of the given chains and the validators securing them; {@code validatorMap[i]} and
     * {@code chainMap[j]} give the original indices.
     */
    public record Sub(Instance instance, int[] validatorMap, int[] chainMap) {
        public Coalition lift(Coalition c) {
            if (c == null) {
                return null;
            }
            return new Coalition(c.chains().stream().map(s -> chainMap[s]).toList(),
                    c.validators().stream().map(v -> validatorMap[v]).toList(), c.cost(), c.profit());
        }
    }

    /** The sub-instance of every component ({@link #of}, {@link #restrict}), computed once per instance. */
    public static List<Sub> parts(Instance inst) {
        return inst.memo(PARTS, () -> of(inst).stream().map(c -> restrict(inst, c)).toList());
    }

    private static final Object PARTS = new Object();

    public static Sub restrict(Instance inst, int[] chains) {
        if (chains.length == inst.chainCount() && coversEveryValidator(inst)) {
            boolean all = true;
            for (int j = 0; j < chains.length; j++) {
                all &= chains[j] == j;
            }
            if (all) {
                int[] id = new int[inst.validatorCount()];
                for (int v = 0; v < id.length; v++) {
                    id[v] = v;
                }
                return new Sub(inst, id, chains.clone());
            }
        }
        int[] newIndex = new int[inst.validatorCount()];
        Arrays.fill(newIndex, -1);
        List<Integer> vmap = new ArrayList<>();
        for (int s : chains) {
            for (int v : inst.members(s)) {
                if (newIndex[v] < 0) {
                    newIndex[v] = 0;
                    vmap.add(v);
                }
            }
        }
        vmap.sort(null);
        for (int i = 0; i < vmap.size(); i++) {
            newIndex[vmap.get(i)] = i;
        }
        int n = vmap.size();
        String[] vids = new String[n];
        long[] stake = new long[n];
        for (int i = 0; i < n; i++) {
            vids[i] = inst.validatorIds[vmap.get(i)];
            stake[i] = inst.stake[vmap.get(i)];
        }
        int m = chains.length;
        String[] cids = new String[m];
        long[] profit = new long[m];
        Fraction[] alpha = new Fraction[m];
        int[][] members = new int[m][];
        Map<int[], int[]> remapped = new IdentityHashMap<>();
        for (int j = 0; j < m; j++) {
            int s = chains[j];
            cids[j] = inst.chainIds[s];
            profit[j] = inst.profit[s];
            alpha[j] = inst.alpha[s];
            members[j] = remapped.computeIfAbsent(inst.members[s], mem -> Arrays.stream(mem).map(v -> newIndex[v]).toArray());
        }
        long[][] weight = Arrays.stream(chains).mapToObj(s -> inst.weight[s]).toArray(long[][]::new);
        long[][] amount = Arrays.stream(chains).mapToObj(s -> inst.amount[s]).toArray(long[][]::new);
        Instance sub = new Instance(inst.scale, inst.rounded, vids, stake, cids, profit, alpha, members, weight, amount);
        return new Sub(sub, vmap.stream().mapToInt(Integer::intValue).toArray(), chains.clone());
    }

    private static boolean coversEveryValidator(Instance inst) {
        for (int v = 0; v < inst.validatorCount(); v++) {
            if (inst.chainsOf(v).length == 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * G↓D without some chains: drops removed validators and excluded chains, recomputing every C_s and T_s on
     * the validators that remain (validators keep their indices' relative order).
     */
    public static Instance without(Instance inst, boolean[] removed, boolean[] excluded) {
        int[] newIndex = new int[inst.validatorCount()];
        List<Integer> keep = new ArrayList<>();
        for (int v = 0; v < newIndex.length; v++) {
            newIndex[v] = removed[v] ? -1 : keep.size();
            if (!removed[v]) {
                keep.add(v);
            }
        }
        List<Integer> chains = new ArrayList<>();
        for (int s = 0; s < inst.chainCount(); s++) {
            if (!excluded[s]) {
                chains.add(s);
            }
        }
        int m = chains.size();
        String[] cids = new String[m];
        long[] profit = new long[m];
        Fraction[] alpha = new Fraction[m];
        int[][] members = new int[m][];
        long[][] weight = new long[m][];
        long[][] amount = new long[m][];
        // chains sharing one securing set share its arrays: derive them once (the chain covers are memoised
        // by array identity)
        Map<int[], Integer> first = new IdentityHashMap<>();
        for (int j = 0; j < m; j++) {
            int s = chains.get(j);
            cids[j] = inst.chainIds[s];
            profit[j] = inst.profit[s];
            alpha[j] = inst.alpha[s];
            int[] mem = inst.members[s];
            Integer same = first.putIfAbsent(mem, j);
            if (same != null && inst.weight[chains.get(same)] == inst.weight[s]
                    && inst.amount[chains.get(same)] == inst.amount[s]) {
                members[j] = members[same];
                weight[j] = weight[same];
                amount[j] = amount[same];
                continue;
            }
            int count = 0;
            for (int v : mem) {
                count += removed[v] ? 0 : 1;
            }
            if (count == mem.length) {
                members[j] = mem.clone();
                for (int k = 0; k < mem.length; k++) {
                    members[j][k] = newIndex[mem[k]];
                }
                weight[j] = inst.weight[s];
                amount[j] = inst.amount[s];
                continue;
            }
            members[j] = new int[count];
            weight[j] = new long[count];
            amount[j] = new long[count];
            int c = 0;
            for (int k = 0; k < mem.length; k++) {
                if (!removed[mem[k]]) {
                    members[j][c] = newIndex[mem[k]];
                    weight[j][c] = inst.weight[s][k];
                    amount[j][c++] = inst.amount[s][k];
                }
            }
        }
        String[] vids = keep.stream().map(v -> inst.validatorIds[v]).toArray(String[]::new);
        long[] stake = keep.stream().mapToLong(v -> inst.stake[v]).toArray();
        return new Instance(inst.scale, inst.rounded, vids, stake, cids, profit, alpha, members, weight, amount);
    }
}
