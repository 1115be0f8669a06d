package dev.sse.model.simulation;

import dev.sse.model.network.Chain;
import dev.sse.model.network.Network;
import dev.sse.model.network.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Test-only exact finder by enumeration (≤ ~12 active validators, ≤ ~6 chains), implementing the
 * {@link CascadeAttackFinder} contract literally, with N(s) = {@link SecuringStake#direct} (own allocations,
 * else the provider's for parachains, consumers and rollups) and σ_v = the validator's whole value.
 *
 * <p>Greedy: the valid attack maximising π(A) − σ(B); ties → smaller σ(B) → lexicographically smaller sorted
 * chain ids, then sorted validator ids. Myopic: the first standing chain by id for which a cheapest coalition
 * B ⊆ N(s) (ties → lexicographically smaller sorted ids) has π_s &gt; σ(B).
 */
public final class BruteForceFinder implements CascadeAttackFinder {

    /** Relative tolerance for "≥ threshold" and "profit &gt; cost" on doubles. */
    static final double EPS = 1e-9;

    static final Comparator<List<String>> LEX = (a, b) -> {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = a.get(i).compareTo(b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    };

    @Override
    public Optional<FoundAttack> find(Network net, Set<String> removed, Set<String> fallen, CascadePolicy policy) {
        Masks m = new Masks(net, removed, fallen);
        return policy == CascadePolicy.GREEDY ? greedy(m) : myopic(m);
    }

    private static Optional<FoundAttack> greedy(Masks m) {
        Candidate best = null;
        for (int b = 0; b < (1 << m.n); b++) {
            int covered = m.covered(b);
            for (int a = covered; a != 0; a = (a - 1) & covered) {
                double profit = m.profit(a);
                if (!valid(profit, m.sigma[b])) {
                    continue;
                }
                Candidate c = new Candidate(m.chainIds(a), m.validatorIds(b), m.sigma[b], profit);
                if (best == null || c.betterThan(best)) {
                    best = c;
                }
            }
        }
        return Optional.ofNullable(best).map(Candidate::attack);
    }

    private static Optional<FoundAttack> myopic(Masks m) {
        for (int s = 0; s < m.chains.size(); s++) {
            int members = m.members[s];
            int cheapest = -1;
            for (int b = members; ; b = (b - 1) & members) {
                if (m.covers(s, b) && (cheapest < 0 || m.sigma[b] < m.sigma[cheapest] - EPS * Math.max(1, m.sigma[b])
                        || (Math.abs(m.sigma[b] - m.sigma[cheapest]) <= EPS * Math.max(1, m.sigma[b])
                            && LEX.compare(m.validatorIds(b), m.validatorIds(cheapest)) < 0))) {
                    cheapest = b;
                }
                if (b == 0) {
                    break;
                }
            }
            double profit = m.chains.get(s).profitFromCorruption();
            if (cheapest >= 0 && valid(profit, m.sigma[cheapest])) {
                return Optional.of(new FoundAttack(List.of(m.chains.get(s).id()), m.validatorIds(cheapest),
                        m.sigma[cheapest], profit));
            }
        }
        return Optional.empty();
    }

    /** π(A) &gt; σ(B), with a relative tolerance against rounding. */
    static boolean valid(double profit, double cost) {
        return profit - cost > EPS * Math.max(1, Math.max(profit, cost));
    }

    /** w(B ∩ N(s)) ≥ α · w(N(s)), with a relative tolerance. */
    static boolean reaches(double attackerWeight, double alpha, double total) {
        return attackerWeight >= alpha * total - EPS * Math.max(1, total);
    }

    private record Candidate(List<String> chains, List<String> validators, double cost, double profit) {
        boolean betterThan(Candidate o) {
            double net = profit - cost;
            double otherNet = o.profit - o.cost;
            double tol = EPS * Math.max(1, Math.max(Math.abs(net), Math.abs(otherNet)));
            if (Math.abs(net - otherNet) > tol) {
                return net > otherNet;
            }
            if (Math.abs(cost - o.cost) > EPS * Math.max(1, cost)) {
                return cost < o.cost;
            }
            int c = LEX.compare(chains, o.chains);
            return c != 0 ? c < 0 : LEX.compare(validators, o.validators) < 0;
        }

        FoundAttack attack() {
            return new FoundAttack(chains, validators, cost, profit);
        }
    }

    /** Bitmask tables over the active validators (network order) and standing chains (id order). */
    static final class Masks {
        final int n;
        final List<Validator> validators = new ArrayList<>();
        final List<Chain> chains;
        final double[] sigma;
        final double[][] weight;
        final double[] total;
        final int[] members;

        Masks(Network net, Set<String> removed, Set<String> fallen) {
            net.validators().stream().filter(v -> !removed.contains(v.id())).forEach(validators::add);
            n = validators.size();
            chains = net.chains().stream().filter(c -> !fallen.contains(c.id()))
                    .sorted(Comparator.comparing(Chain::id)).toList();
            sigma = new double[1 << n];
            weight = new double[chains.size()][1 << n];
            total = new double[chains.size()];
            members = new int[chains.size()];
            for (int s = 0; s < chains.size(); s++) {
                Map<String, Double> w = SecuringStake.direct(net, removed, chains.get(s).id());
                double sum = 0;
                for (int i = 0; i < n; i++) {
                    Double x = w.get(validators.get(i).id());
                    if (x != null) {
                        members[s] |= 1 << i;
                        sum += x;
                    }
                }
                total[s] = sum;
                for (int b = 1; b < (1 << n); b++) {
                    int low = Integer.numberOfTrailingZeros(b);
                    weight[s][b] = weight[s][b & (b - 1)] + w.getOrDefault(validators.get(low).id(), 0.0);
                }
            }
            for (int b = 1; b < (1 << n); b++) {
                int low = Integer.numberOfTrailingZeros(b);
                sigma[b] = sigma[b & (b - 1)] + net.valueOf(validators.get(low));
            }
        }

        boolean covers(int s, int b) {
            return reaches(weight[s][b], chains.get(s).attackThreshold(), total[s]);
        }

        int covered(int b) {
            int mask = 0;
            for (int s = 0; s < chains.size(); s++) {
                if (covers(s, b)) {
                    mask |= 1 << s;
                }
            }
            return mask;
        }

        double profit(int a) {
            double p = 0;
            for (int s = 0; s < chains.size(); s++) {
                if ((a & (1 << s)) != 0) {
                    p += chains.get(s).profitFromCorruption();
                }
            }
            return p;
        }

        List<String> chainIds(int a) {
            List<String> ids = new ArrayList<>();
            for (int s = 0; s < chains.size(); s++) {
                if ((a & (1 << s)) != 0) {
                    ids.add(chains.get(s).id());
                }
            }
            return ids;
        }

        List<String> validatorIds(int b) {
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if ((b & (1 << i)) != 0) {
                    ids.add(validators.get(i).id());
                }
            }
            ids.sort(Comparator.naturalOrder());
            return ids;
        }
    }
}
