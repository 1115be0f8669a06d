package dev.sse.model.simulation;

import dev.sse.model.analysis.exact.InstanceBuilder;
import dev.sse.model.network.Allocation;
import dev.sse.model.network.Chain;
import dev.sse.model.network.Network;
import dev.sse.model.simulation.event.SimEvent;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * One cascade round (Durvasula–Roughgarden, arXiv:2407.21785, §1.1 of domain.md): ask the finder for a
 * valid attack on G↓removed, then execute it: the attackers lose their cost min(σ_v, Σ_{s∈A} a(v,s)) — the
 * whole stake when pooled, the attacked allocations with unique stake (ELIP-002) — the
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
        List<String> all = List.copyOf(new TreeSet<>(found.get().validators()));
        // external security blocks (issue 19 item 5) are bought at their cost of corruption; nobody in the file
        // holds them, so nobody is slashed for them
        List<String> external = all.stream().filter(v -> v.startsWith(InstanceBuilder.EXTERNAL)
                && net.validator(v).isEmpty()).toList();
        List<String> attackers = all.stream().filter(v -> !external.contains(v)).toList();
        check(net, chains, attackers);
        Map<String, Double> losses = new java.util.LinkedHashMap<>();
        for (String v : attackers) {
            losses.put(v, attackerLoss(net, v, chains));
        }
        double cost = attackers.stream().mapToDouble(v -> losses.get(v) * state.price(v)).sum()
                + external.stream().mapToDouble(v -> externalCost(net, v)).sum();
        double profit = chains.stream().mapToDouble(c -> net.chain(c).orElseThrow().profitFromCorruption()).sum();
        boolean exact = found.get().exact();
        out.add(new SimEvent.Attack(round, chains, all, cost, profit, exact,
                attackText(chains, all, cost, profit) + (exact ? "" : NOT_PROVEN)));
        for (String c : chains) {
            double pi = net.chain(c).orElseThrow().profitFromCorruption();
            out.add(new SimEvent.ChainCompromised(round, c, pi, explainer.why(c, chains, attackers, cost, profit)));
        }
        for (String v : attackers) {
            double price = state.price(v);
            double before = state.stake(v);
            double owed = losses.get(v);
            boolean whole = owed >= before;
            double lost = whole ? state.burn(v, before) : burnAllocations(net, v, chains, owed);
            if (whole || state.stake(v) <= 0) {
                state.remove(v, "burned in an earlier attack");
            }
            if (lost > 0) {
                String how = whole ? state.name(v) + " burns its whole stake (" + state.money(lost * price) + ") in the attack on "
                        + Explain.names(state.named(chains)) + ": attackers are caught and slashed in full."
                        : state.name(v) + " loses the " + state.money(lost * price) + " it allocated to " + Explain.names(state.named(chains))
                        + " (unique stake, ELIP-002): its other allocations keep their amounts.";
                out.add(new SimEvent.Slashed(round, v, chains.get(0), "attack", before > 0 ? lost / before : 1.0, lost,
                        lost * price, how));
            }
        }
        chains.forEach(state::markCompromised);
        for (String c : chains) {
            for (LiveState.Dependant d : state.fallWithDependants(c)) {
                String how = chains.contains(d.dependsOn()) ? "was corrupted in this attack." : "fell.";
                out.add(new SimEvent.ChainFell(round, d.chain(), d.dependsOn(), state.dependantFell(d, "fell", how)));
            }
        }
        return true;
    }

    /**
     * What an attacker loses, in asset units: min(σ_v, Σ_{s∈A} a(v,s)) (issue 4's cost), where a(v,s) is
     * its allocation to s — or, for a chain inheriting its provider's set, to the provider — and a pooled
     * allocation counts the whole stake.
     */
    private double attackerLoss(Network net, String v, List<String> chains) {
        double stake = state.stake(v);
        double sum = 0;
        for (String c : chains) {
            Allocation a = securingAllocation(net, v, c);
            if (a != null) {
                sum += a.isPooled() ? stake : a.amount().getAsDouble();
            }
        }
        return Math.min(stake, sum);
    }

    /** v's allocation that secures chain c: its own, or its provider's when c inherits the provider's set. */
    private Allocation securingAllocation(Network net, String v, String c) {
        Allocation own = state.allocation(v, c);
        if (own != null) {
            return own;
        }
        Chain chain = net.chain(c).orElse(null);
        if (chain != null && chain.securedBy() != null && chain.kind().inheritsProviderSet()
                && net.allocationsTo(c).isEmpty()) {
            return securingAllocation(net, v, chain.securedBy());
        }
        return null;
    }

    /** Burns {@code owed} from the unique-stake allocations securing the attacked chains, in chain order. */
    private double burnAllocations(Network net, String v, List<String> chains, double owed) {
        double lost = 0;
        for (String c : chains) {
            Allocation a = securingAllocation(net, v, c);
            if (a != null && !a.isPooled() && lost < owed) {
                Allocation current = state.allocation(v, a.chain());
                double available = current == null || current.isPooled() ? 0 : current.amount().getAsDouble();
                lost += state.burnAllocation(v, a.chain(), Math.min(available, owed - lost));
            }
        }
        return lost;
    }

    /** The cost of corruption of the external block {@code external:<chain>}. */
    private static double externalCost(Network net, String block) {
        Chain owner = net.chain(block.substring(InstanceBuilder.EXTERNAL.length())).orElseThrow();
        return owner.externalSecurity().cost(net, owner);
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

    /** Said of an attack the finder did not prove best (its search stopped at the solve budget). */
    static final String NOT_PROVEN = " It is the best attack found within the solve budget, not proven the best.";

    private String attackText(List<String> chains, List<String> attackers, double cost, double profit) {
        boolean one = chains.size() == 1;
        if (attackers.isEmpty()) {
            return "Nobody secures " + Explain.names(state.named(chains)) + " any more, so " + (one ? "it is" : "they are")
                    + " taken for free: the attacker gains " + state.money(profit) + " without burning any stake.";
        }
        boolean solo = attackers.size() == 1;
        return Explain.names(state.named(attackers)) + (solo ? " attacks " : " attack ") + Explain.names(state.named(chains))
                + (solo ? ": it reaches" : ": together they reach") + " the attack threshold of "
                + (one ? "the chain's" : "each chain's") + " securing stake, and the " + state.money(profit) + " "
                + "the attack is worth is more than the " + state.money(cost) + " of stake "
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
