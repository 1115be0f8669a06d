package dev.sse.model.simulation;

import dev.sse.model.format.Screen;
import dev.sse.model.network.Chain;
import dev.sse.model.network.ExternalSecurity;
import dev.sse.model.network.Network;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes "why did this chain fall" for {@link dev.sse.model.simulation.event.SimEvent.ChainCompromised}, e.g.
 * "neutron fell: its securing stake dropped to 31% of what it was after v3 and v4 were jailed, so 2 validators
 * (v5 and v6) now reach its 2/3 threshold for 3.2 M, less than its 5 M profit." N(s) and its weights come from
 * {@link CascadeAttackFinder#securingStake}, so the text follows the finder's shaping.
 */
final class FallExplainer {

    private final LiveState state;
    private final CascadeAttackFinder finder;
    private final Map<Object, Map<String, Double>> initialSets;
    /** With the finder's default (unshaped) N(s), chains sharing one allocation list share N(s): a relay's parachains. */
    private final boolean shared;
    private final Map<Object, Map<String, Double>> nowSets;
    private final Map<Map<String, Double>, String> goneTexts = new IdentityHashMap<>();
    private Network nowNetwork;
    private int nowRemoved = -1;

    FallExplainer(LiveState state, CascadeAttackFinder finder) {
        this.state = state;
        this.finder = finder;
        this.shared = defaultRule(finder);
        this.initialSets = shared ? new IdentityHashMap<>() : new HashMap<>();
        this.nowSets = shared ? new IdentityHashMap<>() : new HashMap<>();
    }

    private static boolean defaultRule(CascadeAttackFinder finder) {
        try {
            return finder.getClass().getMethod("securingStake", Network.class, Set.class, String.class).isDefault();
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    /** The key of chain s's N(s) under the finder's rule: its allocation list when shared, else the chain itself. */
    private Object key(Network n, String chainId) {
        return shared ? SecuringStake.allocationsSecuring(n, chainId) : chainId;
    }

    /** N(s) now; the memo lives while the network and the removed set stay the same (one round's explanations). */
    private Map<String, Double> now(String chainId) {
        Network n = state.network();
        if (n != nowNetwork || state.removedView().size() != nowRemoved) {
            nowSets.clear();
            goneTexts.clear();
            nowNetwork = n;
            nowRemoved = state.removedView().size();
        }
        Object key = key(n, chainId);
        Map<String, Double> known = nowSets.get(key);
        if (known == null) {
            known = finder.securingStake(n, state.removedView(), chainId);
            nowSets.put(key, known);
        }
        return known;
    }

    /** Call before the attack is executed (the attackers are still in the sets). */
    String why(String chainId, List<String> chains, List<String> attackers, double cost, double profit) {
        Chain chain = state.initial().chain(chainId).orElseThrow();
        Map<String, Double> before = initialSets.computeIfAbsent(key(state.initial(), chainId),
                k -> finder.securingStake(state.initial(), Set.of(), chainId));
        Map<String, Double> now = now(chainId);
        String gone = goneTexts.computeIfAbsent(before, this::removedFrom);
        String pi = state.money(chain.profitFromCorruption());
        Chain owner = ExternalSecurity.owner(state.initial(), chain);
        if (owner != null) {
            double external = owner.externalSecurity().cost(state.network(), owner);
            return chain.name() + " fell: the attack buys " + (owner == chain ? "its" : owner.name() + "'s")
                    + " external security (" + owner.externalSecurity().source() + ") for " + state.money(external)
                    + (chains.size() == 1 ? ", less than its " + pi + " profit." : "; the whole attack costs "
                    + state.money(cost) + ", less than the " + state.money(profit) + " that "
                    + Explain.names(state.named(chains)) + " are worth together.");
        }
        if (now.isEmpty()) {
            return chain.name() + " fell: " + (before.isEmpty() ? "no validator ever secured it"
                    : "every validator securing it is gone (" + gone + ")") + ", so nobody defends it and its " + pi
                    + " profit is free to take.";
        }
        double ratio = sum(before) > 0 ? sum(now) / sum(before) : 1;
        boolean dropped = ratio < 0.9995;
        boolean alreadyOpen = openFromTheStart(chain, before, chains, attackers);
        String drop = !dropped || alreadyOpen ? "" : "its securing stake dropped to " + Screen.percent(ratio)
                + " of what it was" + (gone.isEmpty() ? " after slashing" : " after " + gone) + ", so ";
        List<String> inSet = attackers.stream().filter(now::containsKey).toList();
        String who = Explain.count(inSet.size(), "validator") + (inSet.isEmpty() ? "" : " (" + Explain.names(state.named(inSet)) + ")");
        String price = chains.size() == 1
                ? " for " + state.money(cost) + ", less than its " + pi + " profit"
                : "; the whole attack costs " + state.money(cost) + ", less than the " + state.money(profit)
                  + " that " + Explain.names(state.named(chains)) + " are worth together";
        return chain.name() + " fell: " + drop + who + (drop.isEmpty() ? " " : " now ")
                + Explain.reachPhrase(chain.attackThreshold(), inSet.size() == 1) + price
                + (alreadyOpen ? " (this was already true before any fault)." : ".");
    }

    /** Would the same coalition have reached the threshold, and profited, on the untouched network? */
    private boolean openFromTheStart(Chain chain, Map<String, Double> before, List<String> chains, List<String> attackers) {
        double weight = attackers.stream().mapToDouble(v -> before.getOrDefault(v, 0.0)).sum();
        double total = sum(before);
        boolean reached = weight >= chain.attackThreshold() * total - 1e-9 * Math.max(1, total);
        double initialCost = attackers.stream().mapToDouble(v -> state.initial().validator(v)
                .map(state.initial()::valueOf).orElse(0.0)).sum();
        double profit = chains.stream().mapToDouble(c -> state.initial().chain(c).orElseThrow().profitFromCorruption()).sum();
        return reached && profit > initialCost;
    }

    /** "v3 and v4 were jailed and v7 was shocked", for members of the initial set that are gone now. */
    private String removedFrom(Map<String, Double> before) {
        Map<String, List<String>> byReason = new LinkedHashMap<>();
        for (String v : before.keySet()) {
            if (state.isRemoved(v)) {
                byReason.computeIfAbsent(state.removalReason(v), r -> new ArrayList<>()).add(v);
            }
        }
        List<String> parts = new ArrayList<>();
        byReason.forEach((reason, ids) -> parts.add(Explain.names(state.named(ids)) + (ids.size() == 1 ? " was " : " were ") + reason));
        return String.join(" and ", parts);
    }

    private static double sum(Map<String, Double> m) {
        return m.values().stream().mapToDouble(Double::doubleValue).sum();
    }
}
