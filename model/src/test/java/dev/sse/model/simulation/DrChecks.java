package dev.sse.model.simulation;

import dev.sse.model.network.Chain;
import dev.sse.model.network.Network;
import java.util.Collection;
import java.util.Map;
import java.util.Set;

/** Durvasula–Roughgarden definitions as executable checks, with the test finder's N(s) and tolerances. */
final class DrChecks {

    private DrChecks() {
    }

    /** (A, B) is a valid attack on the state's network with its removed validators and fallen chains. */
    static boolean isValidAttack(SimState state, Collection<String> chains, Collection<String> validators) {
        Network net = state.network();
        Set<String> removed = state.removedValidators();
        if (chains.isEmpty() || chains.stream().anyMatch(state.fallenChains()::contains)
                || validators.stream().anyMatch(removed::contains)) {
            return false;
        }
        double profit = 0;
        for (String c : chains) {
            Chain chain = net.chain(c).orElseThrow();
            Map<String, Double> w = SecuringStake.direct(net, removed, c);
            double total = w.values().stream().mapToDouble(Double::doubleValue).sum();
            double attackers = validators.stream().mapToDouble(v -> w.getOrDefault(v, 0.0)).sum();
            if (!BruteForceFinder.reaches(attackers, chain.attackThreshold(), total)) {
                return false;
            }
            profit += chain.profitFromCorruption();
        }
        double cost = validators.stream().mapToDouble(v -> net.valueOf(net.validator(v).orElseThrow())).sum();
        return BruteForceFinder.valid(profit, cost);
    }

    /**
     * DR worst-case loss for a shock budget (domain.md §8 step 5), in value units: the max over D with
     * σ(D) ≤ budget of σ(D) + max{σ(B) : (A, B) valid on G↓D}. One attack suffices by Corollary 1.
     */
    static double worstCaseLoss(Network net, double budget) {
        BruteForceFinder.Masks m = new BruteForceFinder.Masks(net, Set.of(), Set.of());
        int all = (1 << m.n) - 1;
        double worst = 0;
        for (int d = 0; d <= all; d++) {
            if (m.sigma[d] > budget * (1 + 1e-9) + 1e-12) {
                continue;
            }
            double best = 0;
            int rest = all & ~d;
            for (int b = rest; ; b = (b - 1) & rest) {
                double profit = 0;
                boolean any = false;
                for (int s = 0; s < m.chains.size(); s++) {
                    double total = m.total[s] - m.weight[s][d];
                    if (BruteForceFinder.reaches(m.weight[s][b], m.chains.get(s).attackThreshold(), total)) {
                        profit += m.chains.get(s).profitFromCorruption();
                        any = true;
                    }
                }
                if (any && BruteForceFinder.valid(profit, m.sigma[b])) {
                    best = Math.max(best, m.sigma[b]);
                }
                if (b == 0) {
                    break;
                }
            }
            worst = Math.max(worst, m.sigma[d] + best);
        }
        return worst;
    }
}
