package dev.sse.model.analysis.exact;

import dev.sse.model.analysis.shaping.SecuringSet;
import dev.sse.model.analysis.shaping.SecuringSets;
import dev.sse.model.network.Chain;
import dev.sse.model.network.ExternalSecurity;
import dev.sse.model.network.Network;
import dev.sse.model.network.Validator;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Converts a {@link Network} into an exact {@link Instance}.
 *
 * <p>Every double is read with {@link BigDecimal#valueOf(double)} (its shortest decimal form) and values are
 * multiplied exactly (stake × price × (1 − price shock)). The common scale is the largest number of decimals
 * any value needs, lowered only if σ(V) + Σπ would exceed 10^15 units (then values are rounded half-even
 * and {@link Instance#rounded()} says so). With 2-decimal inputs and price 1 the unit is the cent.
 */
public final class InstanceBuilder {

    /** Largest σ(V) + Σπ in units: keeps every product the MILPs form inside 64 bits. */
    static final BigDecimal LIMIT = new BigDecimal("1e15");

    private InstanceBuilder() {
    }

    /** Prefix of the id of the one block of stake a chain's {@code externalSecurity} stands for. */
    public static final String EXTERNAL = "external:";

    /**
     * A built instance and the securing sets it came from.
     *
     * @param fileValidators validators 0 .. fileValidators-1 are the file's; the rest are external security blocks
     */
    public record Built(Instance instance, Map<String, SecuringSet> sets, int fileValidators) {
    }

    /** Price of one unit of a validator's asset after the given shocks (asset symbol → fractional drop). */
    public static Function<Validator, BigDecimal> prices(Network n, Map<String, Double> shocks) {
        Map<String, BigDecimal> memo = new HashMap<>();
        return v -> memo.computeIfAbsent(v.asset() == null ? "" : v.asset(), sym -> {
            BigDecimal p = BigDecimal.valueOf(n.priceOf(v));
            Double drop = shocks.get(sym);
            return drop == null ? p : p.multiply(BigDecimal.ONE.subtract(BigDecimal.valueOf(drop)));
        });
    }

    /**
     * Builds the instance of {@code n} without the {@code removed} validators and {@code excluded} chains.
     *
     * @param shocks price shocks: asset symbol → fractional drop in [0, 1]
     */
    public static Built build(Network n, Map<String, Double> shocks, Set<String> removed, Set<String> excluded) {
        Function<Validator, BigDecimal> price = prices(n, shocks);
        Map<String, SecuringSet> sets = SecuringSets.resolve(n, price, removed);
        List<Validator> vs = n.validators().stream().filter(v -> !removed.contains(v.id())).toList();
        List<Chain> cs = n.chains().stream().filter(c -> !excluded.contains(c.id())).toList();
        Map<String, Chain> owners = externalOwners(n, cs);
        List<Chain> blocks = owners.values().stream().distinct().toList();
        int fileCount = vs.size();
        BigDecimal[] stakes = new BigDecimal[fileCount + blocks.size()];
        BigDecimal[] extWeights = new BigDecimal[blocks.size()];
        BigDecimal magnitude = BigDecimal.ZERO;
        int maxScale = 0;
        for (int i = 0; i < vs.size(); i++) {
            stakes[i] = BigDecimal.valueOf(vs.get(i).stake()).multiply(price.apply(vs.get(i)));
            magnitude = magnitude.add(stakes[i].abs());
            maxScale = Math.max(maxScale, decimals(stakes[i]));
        }
        for (int b = 0; b < blocks.size(); b++) {
            Chain owner = blocks.get(b);
            ExternalSecurity ext = owner.externalSecurity();
            BigDecimal threshold = BigDecimal.valueOf(ext.thresholdFor(owner));
            if (ext.costOfCorruption() != null) {
                stakes[fileCount + b] = BigDecimal.valueOf(ext.costOfCorruption());
                extWeights[b] = stakes[fileCount + b].divide(threshold, java.math.MathContext.DECIMAL64);
            } else {
                BigDecimal p = ext.asset() == null ? BigDecimal.ONE : n.asset(ext.asset())
                        .map(a -> BigDecimal.valueOf(a.priceUsd())).orElse(BigDecimal.ONE);
                Double drop = ext.asset() == null ? null : shocks.get(ext.asset());
                p = drop == null ? p : p.multiply(BigDecimal.ONE.subtract(BigDecimal.valueOf(drop)));
                extWeights[b] = BigDecimal.valueOf(ext.stake()).multiply(p);
                stakes[fileCount + b] = extWeights[b].multiply(threshold);
            }
            magnitude = magnitude.add(extWeights[b]).add(stakes[fileCount + b]);
            maxScale = Math.max(maxScale, Math.max(decimals(stakes[fileCount + b]), decimals(extWeights[b])));
        }
        BigDecimal[] profits = new BigDecimal[cs.size()];
        // inherited chains share their provider's member list (same object): price and scale it once
        Map<List<SecuringSet.Member>, Boolean> seen = new IdentityHashMap<>();
        for (int s = 0; s < cs.size(); s++) {
            profits[s] = BigDecimal.valueOf(cs.get(s).profitFromCorruption());
            magnitude = magnitude.add(profits[s].abs());
            maxScale = Math.max(maxScale, decimals(profits[s]));
            List<SecuringSet.Member> members = sets.get(cs.get(s).id()).members();
            if (seen.put(members, Boolean.TRUE) == null) {
                for (SecuringSet.Member m : members) {
                    maxScale = Math.max(maxScale, decimals(m.amount()));
                }
            }
        }
        int fit = maxScale;
        while (magnitude.movePointRight(fit).compareTo(LIMIT) > 0) {
            fit--;
        }
        int scale = fit;
        boolean rounded = scale < maxScale;
        Map<String, Integer> index = new HashMap<>();
        long[] stake = new long[stakes.length];
        String[] vids = new String[stakes.length];
        for (int i = 0; i < stakes.length; i++) {
            vids[i] = i < fileCount ? vs.get(i).id() : EXTERNAL + blocks.get(i - fileCount).id();
            index.put(vids[i], i);
            stake[i] = units(stakes[i], scale);
        }
        String[] cids = new String[cs.size()];
        long[] profit = new long[cs.size()];
        Fraction[] alpha = new Fraction[cs.size()];
        int[][] members = new int[cs.size()][];
        long[][] weight = new long[cs.size()][];
        long[][] amount = new long[cs.size()][];
        Map<List<SecuringSet.Member>, Rows> plainRows = new IdentityHashMap<>();
        Map<List<SecuringSet.Member>, Rows> shapedRows = new IdentityHashMap<>();
        for (int s = 0; s < cs.size(); s++) {
            Chain c = cs.get(s);
            cids[s] = c.id();
            profit[s] = units(profits[s], scale);
            alpha[s] = Fraction.ofDouble(c.attackThreshold());
            SecuringSet set = sets.get(c.id());
            Rows r = (set.powerShaped() ? shapedRows : plainRows).computeIfAbsent(set.members(),
                    ms -> rows(ms, set.powerShaped(), index, stake, scale));
            Chain owner = owners.get(c.id());
            if (owner != null) {
                int b = blocks.indexOf(owner);
                r = withExternal(r, fileCount + b, stake[fileCount + b], units(extWeights[b], scale),
                        set.powerShaped() ? sum(r.amount) : 0);
            }
            members[s] = r.members;
            weight[s] = r.weight;
            amount[s] = r.amount;
        }
        return new Built(new Instance(scale, rounded, vids, stake, cids, profit, alpha, members, weight, amount),
                sets, fileCount);
    }

    /**
     * Chain id → the chain whose {@code externalSecurity} covers it: its own block, else (when it inherits its
     * provider's set) its provider's, transitively. Chains covered by one owner share that owner's one block.
     */
    private static Map<String, Chain> externalOwners(Network n, List<Chain> cs) {
        Map<String, Chain> out = new java.util.LinkedHashMap<>();
        for (Chain c : cs) {
            Chain owner = ExternalSecurity.owner(n, c);
            if (owner != null) {
                out.put(c.id(), owner);
            }
        }
        return out;
    }

    /**
     * A chain's rows plus its external block: amount = the block's cost, weight = its stake's value (in power
     * units for a power-shaped set: value × the set's power per value, {@code fileValue} = the set's value).
     */
    private static Rows withExternal(Rows r, int v, long cost, long value, long fileValue) {
        long weight = value;
        if (fileValue > 0) {
            weight = BigDecimal.valueOf(value).multiply(BigDecimal.valueOf(sum(r.weight)))
                    .divide(BigDecimal.valueOf(fileValue), 0, RoundingMode.HALF_EVEN).longValueExact();
        }
        int k = r.members.length;
        int[] mem = Arrays.copyOf(r.members, k + 1);
        long[] w = Arrays.copyOf(r.weight, k + 1);
        long[] a = Arrays.copyOf(r.amount, k + 1);
        mem[k] = v;
        w[k] = Math.max(1, weight);
        a[k] = Math.max(1, cost);
        return new Rows(mem, w, a);
    }

    private static long sum(long[] xs) {
        return Arrays.stream(xs).sum();
    }

    /** One chain's rows: member indices, weights w(v,s) and amounts a(v,s) (pooled: at least σ_v). */
    private record Rows(int[] members, long[] weight, long[] amount) {
    }

    private static Rows rows(List<SecuringSet.Member> ms, boolean powerShaped, Map<String, Integer> index, long[] stake,
                             int scale) {
        int[] mem = new int[ms.size()];
        long[] w = new long[ms.size()];
        long[] a = new long[ms.size()];
        int k = 0;
        for (SecuringSet.Member m : ms) {
            Integer v = index.get(m.validator());
            if (v == null) {
                continue;
            }
            long amt = units(m.amount(), scale);
            long wt = powerShaped ? m.power() : amt;
            if (amt > 0 && wt > 0) {
                mem[k] = v;
                w[k] = wt;
                a[k++] = m.pooled() ? Math.max(amt, stake[v]) : amt;
            }
        }
        return k == mem.length ? new Rows(mem, w, a)
                : new Rows(Arrays.copyOf(mem, k), Arrays.copyOf(w, k), Arrays.copyOf(a, k));
    }

    private static int decimals(BigDecimal d) {
        return Math.max(0, d.stripTrailingZeros().scale());
    }

    private static long units(BigDecimal value, int scale) {
        return value.movePointRight(scale).setScale(0, RoundingMode.HALF_EVEN).longValueExact();
    }
}
