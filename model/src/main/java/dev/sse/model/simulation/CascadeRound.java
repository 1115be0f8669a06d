package dev.sse.model.simulation;

import dev.sse.model.network.Chain;
import dev.sse.model.network.Network;
import dev.sse.model.simulation.event.SimEvent;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * One cascade round (Durvasula–Roughgarden, arXiv:2407.21785, §1.1 of domain.md): ask the finder for a
 * valid attack on G↓removed, then execute it: the attackers burn their whole stake and leave every set, the
 * attacked chains are compromised and every chain secured by them (transitively) falls too.
 */
final class CascadeRound {

    private final LiveState state;
    private final CascadeAttackFinder finder;
    private final CascadePolicy policy;
    private final FallExplainer explainer;

    CascadeRound(LiveState state, CascadeAttackFinder finder, CascadePolicy policy) {
        this.state = state;
        this.finder = finder;
        this.policy = policy;
        this.explainer = new FallExplainer(state, finder);
    }

    /** Runs round {@code round}, appending its events; false when no attack was left (the cascade ended). */
    boolean run(int round, List<SimEvent> out) {
        Network net = state.network();
        Optional<FoundAttack> found = finder.find(net, state.removedView(), state.fallenView(), policy);
        if (found.isEmpty()) {
            out.add(new SimEvent.CascadeEnded(round, ended(net, round)));
            return false;
        }
        List<String> chains = List.copyOf(new TreeSet<>(found.get().chains()));
        List<String> attackers = List.copyOf(new TreeSet<>(found.get().validators()));
        check(net, chains, attackers);
        double cost = attackers.stream().mapToDouble(state::value).sum();
        double profit = chains.stream().mapToDouble(c -> net.chain(c).orElseThrow().profitFromCorruption()).sum();
        out.add(new SimEvent.Attack(round, chains, attackers, cost, profit, attackText(chains, attackers, cost, profit)));
        for (String c : chains) {
            double pi = net.chain(c).orElseThrow().profitFromCorruption();
            out.add(new SimEvent.ChainCompromised(round, c, pi, explainer.why(c, chains, attackers, cost, profit)));
        }
        for (String v : attackers) {
            double price = state.price(v);
            double before = state.stake(v);
            double lost = state.burn(v, before);
            state.remove(v, "burned in an earlier attack");
            if (lost > 0) {
                out.add(new SimEvent.Slashed(round, v, chains.get(0), "attack", 1.0, lost, lost * price, v
                        + " burns its whole stake (" + Explain.money(lost * price) + ") in the attack on "
                        + Explain.names(chains) + ": attackers are caught and slashed in full."));
            }
        }
        chains.forEach(state::markCompromised);
        for (String c : chains) {
            for (Map.Entry<String, String> d : state.fallWithDependants(c)) {
                String how = chains.contains(d.getValue()) ? "was corrupted in this attack." : "fell.";
                out.add(new SimEvent.ChainFell(round, d.getKey(), d.getValue(), d.getKey() + " fell because it is "
                        + "secured by " + d.getValue() + ", which " + how));
            }
        }
        return true;
    }

    private void check(Network net, List<String> chains, List<String> attackers) {
        for (String c : chains) {
            if (net.chain(c).isEmpty() || state.hasFallen(c)) {
                throw new IllegalStateException("attack finder broke its contract: chain '" + c
                        + (net.chain(c).isEmpty() ? "' does not exist" : "' has already fallen"));
            }
        }
        for (String v : attackers) {
            if (net.validator(v).isEmpty() || state.isRemoved(v)) {
                throw new IllegalStateException("attack finder broke its contract: validator '" + v
                        + (net.validator(v).isEmpty() ? "' does not exist" : "' was already removed"));
            }
        }
    }

    private static String attackText(List<String> chains, List<String> attackers, double cost, double profit) {
        boolean one = chains.size() == 1;
        if (attackers.isEmpty()) {
            return "Nobody secures " + Explain.names(chains) + " any more, so " + (one ? "it is" : "they are")
                    + " taken for free: the attacker gains " + Explain.money(profit) + " without burning any stake.";
        }
        boolean solo = attackers.size() == 1;
        return Explain.names(attackers) + (solo ? " attacks " : " attack ") + Explain.names(chains)
                + (solo ? ": it reaches" : ": together they reach") + " the attack threshold of "
                + (one ? "the chain's" : "each chain's") + " securing stake, and the " + Explain.money(profit) + " "
                + (one ? "it pays" : "they pay") + " is more than the " + Explain.money(cost) + " of stake "
                + (solo ? "it burns." : "they burn.");
    }

    private String ended(Network net, int round) {
        long standing = net.chains().stream().map(Chain::id).filter(c -> !state.hasFallen(c)).count();
        if (standing == 0) {
            return "Every chain has fallen, so nothing is left to attack.";
        }
        String which = standing == 1 ? "for the one chain still standing" : "for each of the " + standing + " chains still standing";
        int attacks = round - 1;
        return "No valid attack is left: " + which + ", every coalition reaching its threshold would burn more stake "
                + "than it gains, so " + (attacks == 0 ? "nothing cascades." : "the cascade stops after "
                + Explain.count(attacks, "attack") + ".");
    }
}
