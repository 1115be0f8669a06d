package dev.sse.model.simulation;

import dev.sse.model.network.Allocation;
import dev.sse.model.network.Chain;
import dev.sse.model.network.IcsShaping;
import dev.sse.model.network.Network;
import dev.sse.model.network.Validator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/**
 * A cheap sufficient test that a cascade round finds no valid attack (issue 24's speed): when it says "secure", the
 * exact {@link dev.sse.model.analysis.AttackSearch} would find no attack either, so the round can end without
 * building the search. When it cannot tell, the caller runs the search; so it never changes an answer.
 *
 * <p>The argument, on the instance the search would build (N(s) \ removed, weights w(v,s) = the allocation's value,
 * amounts a(v,s), with pooled amounts max(w, σ_v), T_s = α_s·Σw; a valid attack (A, B) needs π(A) &gt; σ(B) with
 * σ(B) = Σ_{v∈B} min(σ_v, Σ_{s∈A} a(v,s)); Durvasula–Roughgarden, arXiv:2407.21785, domain.md §1.1):
 * <ul>
 *   <li>alone: σ(B) ≥ C_s for every s ∈ A, with C_s the fractional (LP) cover of T_s at cost min(σ_v, a(v,s)), a
 *       lower bound of the cheapest coalition reaching s's threshold;</li>
 *   <li>separable: with ρ_v = min(1, σ_v / Σ_{s standing} a(v,s)), min(σ_v, Σ_{s∈A} a(v,s)) ≥ ρ_v·Σ_{s∈A} a(v,s),
 *       so σ(B) ≥ Σ_{s∈A} D_s, D_s the fractional cover of T_s at cost ρ_v·a(v,s) (ELIP-002 unique stake: ρ = 1).</li>
 * </ul>
 * No A can then be attacked if, for every chain m whose prefix {t : C_t ≤ C_m} has Σπ &gt; C_m, every t of that
 * prefix has π_t ≤ D_t: an A with largest C at m either has π(A) ≤ C_m ≤ σ(B), or lies in a failing prefix where
 * π(A) ≤ Σ_{t∈A} D_t ≤ σ(B). Each comparison keeps a safety margin for the search's rounding to whole units.
 *
 * <p>Only networks the test reads exactly as the search does are tested ({@link #applies}): single-asset, no
 * external security, no ICS shaping keys, no active-set limit; any other network always goes to the search.
 */
final class SecureBound {

    /** Relative margin on every comparison: far above double rounding and the search's α as a fraction. */
    private static final double RELATIVE = 1e-6;
    /** σ(V) + Σπ below this many value units: the search's unit is then at most one value unit (its limit is 1e15). */
    private static final double MAGNITUDE = 1e14;

    private SecureBound() {
    }

    /** True when the network's securing sets are the plain ones this bound reads (see the class comment). */
    static boolean applies(Network n) {
        if (n.isMultiAsset()) {
            return false;
        }
        for (Chain c : n.chains()) {
            if (c.externalSecurity() != null || c.security().has(IcsShaping.MAX_PROVIDER_CONSENSUS_VALIDATORS)
                    || IcsShaping.SHAPING_KEYS.stream().anyMatch(c.security()::has)) {
                return false;
            }
        }
        return true;
    }


    /**
     * True when no valid attack exists on G↓removed among the chains not in {@code fallen} (greedy: any set A;
     * myopic: any single chain, a special case). False means "cannot tell", not "attackable".
     */
    static boolean secure(Network n, Set<String> removed, Set<String> fallen) {
        if (!applies(n)) {
            return false;
        }
        double magnitude = n.totalValue() + n.chains().stream().mapToDouble(Chain::profitFromCorruption).sum();
        if (!(magnitude < MAGNITUDE)) {
            return false; // the search's unit may then exceed one value unit (InstanceBuilder.LIMIT)
        }
        double slack = n.validators().size() + n.chains().size() + 1.0;
        Validators vs = new Validators(n, removed);
        Map<String, List<Row>> sets = new HashMap<>();
        List<Chain> standing = new ArrayList<>();
        // chains inheriting one provider's set share its row list: count it once per chain, cover it once per α
        Map<List<Row>, Integer> sharing = new IdentityHashMap<>();
        for (Chain c : n.chains()) {
            if (!fallen.contains(c.id())) {
                standing.add(c);
                sharing.merge(rows(n, c, vs, sets), 1, Integer::sum);
            }
        }
        double[] load = new double[vs.count()];
        sharing.forEach((rows, chains) -> rows.forEach(r -> load[r.validator] += r.amount * chains));
        int k = standing.size();
        double[] alone = new double[k];
        double[] separable = new double[k];
        double[] profit = new double[k];
        Map<List<Row>, Map<Double, double[]>> covers = new IdentityHashMap<>();
        for (int i = 0; i < k; i++) {
            Chain c = standing.get(i);
            List<Row> rows = rows(n, c, vs, sets);
            double[] both = covers.computeIfAbsent(rows, x -> new HashMap<>()).computeIfAbsent(c.attackThreshold(),
                    alpha -> new double[] {cover(rows, alpha, r -> Math.min(r.value, r.amount)),
                        cover(rows, alpha, r -> r.amount * Math.min(1, r.value / load[r.validator]))});
            profit[i] = c.profitFromCorruption();
            alone[i] = both[0];
            separable[i] = both[1];
        }
        Integer[] order = new Integer[k];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, (a, b) -> Double.compare(alone[a], alone[b]));
        double prefix = 0;
        boolean separableSoFar = true;
        for (int j = 0; j < k; j++) {
            int m = order[j];
            // every chain tied with m at C_m belongs to m's prefix
            int end = j;
            while (end + 1 < k && alone[order[end + 1]] == alone[m]) {
                end++;
            }
            for (int t = j; t <= end; t++) {
                prefix += profit[order[t]];
                separableSoFar &= below(profit[order[t]], separable[order[t]], slack);
            }
            if (!below(prefix, alone[m], slack) && !separableSoFar) {
                return false;
            }
            j = end;
        }
        return true;
    }

    /**
     * π ≤ cost with room for the search's rounding: each of its stakes, weights and profits is rounded to a whole unit
     * of at most one value unit (below {@link #MAGNITUDE}), so its cost and profit of any (A, B) differ from the real
     * ones by less than {@code slack} = V + C + 1 units; a zero profit can never beat a cost ≥ 0.
     */
    private static boolean below(double profit, double cost, double slack) {
        return profit <= 0 || profit <= cost * (1 - RELATIVE) - slack;
    }

    /** The fractional cover of α·Σw: members by cost per weight, the last one taken in part. */
    private static double cover(List<Row> rows, double alpha, ToDoubleFunction<Row> costOf) {
        int n = rows.size();
        double total = 0;
        double[] ratio = new double[n];
        double[] cost = new double[n];
        boolean uniform = true;
        for (int i = 0; i < n; i++) {
            Row r = rows.get(i);
            total += r.weight;
            cost[i] = costOf.applyAsDouble(r);
            ratio[i] = cost[i] / r.weight;
            uniform &= ratio[i] == ratio[0];
        }
        double need = alpha * total;
        if (uniform) {
            return n == 0 ? 0 : need * ratio[0]; // pooled sets: every member costs its weight
        }
        Integer[] order = new Integer[n];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, (a, b) -> Double.compare(ratio[a], ratio[b]));
        double sum = 0;
        for (int i = 0; i < n && need > 0; i++) {
            Row r = rows.get(order[i]);
            sum += Math.min(1, need / r.weight) * cost[order[i]];
            need -= r.weight;
        }
        return sum;
    }

    /** N(s) \ removed as the search reads it (SecuringSets.own, InstanceBuilder.rows), memoised per chain. */
    private static List<Row> rows(Network n, Chain c, Validators vs, Map<String, List<Row>> memo) {
        List<Row> done = memo.get(c.id());
        if (done != null) {
            return done;
        }
        memo.put(c.id(), List.of()); // a cycle of securedBy resolves to nobody, as in SecuringSets
        List<Row> rows = new ArrayList<>();
        List<Allocation> own = n.allocationsTo(c.id());
        if (!own.isEmpty()) {
            for (Allocation a : own) {
                int v = vs.index(a.validator());
                if (v < 0) {
                    continue;
                }
                double stake = vs.stake[v];
                double units = a.amountOr(stake);
                double weight = units * vs.price[v];
                double value = stake * vs.price[v];
                boolean pooled = a.isPooled() || units >= stake;
                if (weight > 0) {
                    rows.add(new Row(v, weight, pooled ? Math.max(weight, value) : weight, value));
                }
            }
        } else if (c.kind().inheritsProviderSet() && c.securedBy() != null && n.chain(c.securedBy()).isPresent()) {
            rows = rows(n, n.chain(c.securedBy()).orElseThrow(), vs, memo);
        }
        memo.put(c.id(), rows);
        return rows;
    }

    /** The validators by index: stake and price; removed ones are not found. */
    private static final class Validators {
        private final Map<String, Integer> index = new HashMap<>();
        private final double[] stake;
        private final double[] price;

        Validators(Network n, Set<String> removed) {
            List<Validator> all = n.validators();
            stake = new double[all.size()];
            price = new double[all.size()];
            Map<String, Double> prices = new HashMap<>();
            for (int i = 0; i < all.size(); i++) {
                Validator v = all.get(i);
                if (!removed.contains(v.id())) {
                    index.put(v.id(), i);
                }
                stake[i] = v.stake();
                price[i] = prices.computeIfAbsent(v.asset() == null ? "" : v.asset(), k -> n.priceOf(v));
            }
        }

        int count() {
            return stake.length;
        }

        int index(String id) {
            Integer i = index.get(id);
            return i == null ? -1 : i;
        }
    }

    /** One member of N(s): validator index, weight w(v,s), amount a(v,s) and σ_v, in value units. */
    private record Row(int validator, double weight, double amount, double value) {
    }
}
