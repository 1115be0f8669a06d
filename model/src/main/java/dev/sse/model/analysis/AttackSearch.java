package dev.sse.model.analysis;

import dev.sse.model.analysis.exact.Components;
import dev.sse.model.analysis.exact.CoverSolver;
import dev.sse.model.analysis.exact.Instance;
import dev.sse.model.analysis.exact.InstanceBuilder;
import dev.sse.model.analysis.exact.Outcomes;
import dev.sse.model.network.Network;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The reusable attack search the cascade simulation calls every round. Build it once per network
 * ({@link #of(Network)}: securing sets are shaped and priced once); each call then works on G↓D — the
 * removed validators dropped and every threshold recomputed on what remains — without the excluded (already
 * corrupted) chains. Answers are exact like {@link SecurityAnalyzer}'s; chains sharing one pooled securing
 * set (a relay and its parachains) are solved together as one knapsack cover. Immutable and thread-safe.
 */
public final class AttackSearch {

    private final Instance base;
    private final Map<String, Integer> validatorIndex = new HashMap<>();
    private final Map<String, Integer> chainIndex = new HashMap<>();
    private final AnalysisOptions options;

    private AttackSearch(Network network, AnalysisOptions options) {
        this.base = InstanceBuilder.build(MultiAssetStake.lower(network, options.priceShocks()), options.priceShocks(), Set.of(), Set.of()).instance();
        this.options = options;
        for (int v = 0; v < base.validatorCount(); v++) {
            validatorIndex.put(base.validatorId(v), v);
        }
        for (int s = 0; s < base.chainCount(); s++) {
            chainIndex.put(base.chainId(s), s);
        }
    }

    public static AttackSearch of(Network network) {
        return new AttackSearch(network, AnalysisOptions.defaults());
    }

    /** With price shocks, solver choice and time limit from {@code options} (its shock budget is ignored). */
    public static AttackSearch of(Network network, AnalysisOptions options) {
        return new AttackSearch(network, options);
    }

    /** One-off convenience: {@code of(network).bestAttack(removed, excluded)}. */
    public static Found bestAttack(Network network, Set<String> removedValidators, Set<String> excludedChains) {
        return of(network).bestAttack(removedValidators, excludedChains);
    }

    /**
     * A search answer.
     *
     * @param attack the attack (null when none)
     * @param exact  true when proven (optimal, or proven absent)
     */
    public record Found(Attack attack, boolean exact) {
    }

    /** The best valid attack on G↓removed, never attacking an excluded chain (issue 4 tie rules). */
    public Found bestAttack(Set<String> removedValidators, Set<String> excludedChains) {
        Instance inst = derive(removedValidators, excludedChains);
        Engine engine = new Engine(options.solver(), options.timeLimitSeconds(), options.raceExecutor());
        Outcomes.Attack a = engine.bestAttack(inst);
        if (a.attack() == null) {
            return new Found(null, a.exact());
        }
        return new Found(new Attack(a.attack().chainIds(inst), a.attack().validatorIds(inst), value(a.attack().cost()),
                value(a.attack().profit())), a.exact());
    }

    /**
     * The cheapest coalition attacking one chain alone on G↓removed (valid or not): its validators and cost;
     * profit is the chain's π. Null when the chain is unknown.
     */
    public Found cheapestCoalition(String chainId, Set<String> removedValidators) {
        Integer s = chainIndex.get(chainId);
        if (s == null) {
            return null;
        }
        boolean[] excluded = new boolean[base.chainCount()];
        Arrays.fill(excluded, true);
        excluded[s] = false;
        Instance inst = Components.without(base, mask(removedValidators), excluded);
        int[] mem = inst.members(0);
        CoverSolver.Cover cover = inst.chainCover(0, ChainMetricsBuilder.COVER_NODES);
        List<String> ids = Arrays.stream(cover.items()).mapToObj(k -> inst.validatorId(mem[k])).sorted().toList();
        return new Found(new Attack(List.of(chainId), ids, value(cover.cost()), value(inst.profit(0))), cover.exact());
    }

    private Instance derive(Set<String> removed, Set<String> excluded) {
        boolean[] ex = new boolean[base.chainCount()];
        for (String id : excluded) {
            Integer s = chainIndex.get(id);
            if (s != null) {
                ex[s] = true;
            }
        }
        return Components.without(base, mask(removed), ex);
    }

    private boolean[] mask(Set<String> removed) {
        boolean[] r = new boolean[base.validatorCount()];
        for (String id : removed) {
            Integer v = validatorIndex.get(id);
            if (v != null) {
                r[v] = true;
            }
        }
        return r;
    }

    private double value(long units) {
        return BigDecimal.valueOf(units, base.scale()).doubleValue();
    }
}
