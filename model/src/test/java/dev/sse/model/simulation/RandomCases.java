package dev.sse.model.simulation;

import dev.sse.model.network.Allocation;
import dev.sse.model.network.Asset;
import dev.sse.model.network.Chain;
import dev.sse.model.network.ChainKind;
import dev.sse.model.network.Network;
import dev.sse.model.network.Validator;
import dev.sse.model.simulation.fault.Fault;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Small random networks (≤ 9 validators, ≤ 5 chains, every chain kind, pooled and unique allocations, an
 * optional priced asset and operators) and scenarios (≤ 3 faults of every type), built from one seed so a
 * failing property names a reproducible case.
 */
public final class RandomCases {

    static final double[] ALPHAS = {1.0 / 3, 0.5, 2.0 / 3, 1.0};

    /** A network, a scenario that fits it, and the seed both came from. */
    public record Case(long seed, Network network, Scenario scenario) {
        @Override
        public String toString() {
            return "Case[seed=" + seed + ", validators=" + network.validators() + ", chains=" + network.chains()
                    + ", allocations=" + network.allocations() + ", faults=" + scenario.faults()
                    + ", policy=" + scenario.policy() + "]";
        }
    }

    private RandomCases() {
    }

    public static Case mixed(long seed) {
        Random r = new Random(seed);
        Network net = network(r);
        List<Fault> faults = new ArrayList<>();
        int count = r.nextInt(4);
        for (int i = 0; i < count; i++) {
            faults.add(fault(r, net));
        }
        CascadePolicy policy = r.nextBoolean() ? CascadePolicy.GREEDY : CascadePolicy.MYOPIC;
        return new Case(seed, net, new Scenario("random", faults, policy, r.nextInt(100)));
    }

    /** Only a shock of named validators: the setting of DR's worst-case loss R_ψ. */
    public static Case shockOnly(long seed) {
        Random r = new Random(seed);
        Network net = network(r);
        return new Case(seed, net, new Scenario("shock", List.of(new Fault.Shock(someValidators(r, net))),
                r.nextBoolean() ? CascadePolicy.GREEDY : CascadePolicy.MYOPIC, 0));
    }

    static Network network(Random r) {
        Network.Builder b = Network.builder().name("random");
        boolean priced = r.nextBoolean();
        if (priced) {
            b.asset(new Asset("TOK", 0.5 + r.nextInt(4)));
        }
        int n = 2 + r.nextInt(8);
        List<Validator> vs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String asset = priced && r.nextBoolean() ? "TOK" : null;
            String operator = r.nextInt(3) == 0 ? "org-" + r.nextInt(2) : null;
            vs.add(new Validator("v" + i, null, 1 + r.nextInt(50), asset, operator));
        }
        vs.forEach(b::validator);
        List<Chain> chains = chains(r);
        chains.forEach(b::chain);
        for (Chain c : chains) {
            boolean inherits = c.kind().inheritsProviderSet() && r.nextInt(3) > 0;
            if (inherits) {
                continue;
            }
            for (Validator v : vs) {
                if (r.nextInt(3) > 0) {
                    boolean unique = c.kind() == ChainKind.AVS && r.nextBoolean();
                    b.allocation(unique ? Allocation.of(v.id(), c.id(), v.stake() * (1 + r.nextInt(4)) / 10.0)
                            : Allocation.pooled(v.id(), c.id()));
                }
            }
        }
        return b.build();
    }

    private static List<Chain> chains(Random r) {
        List<Chain> chains = new ArrayList<>();
        int count = 1 + r.nextInt(5);
        ChainKind hubKind = List.of(ChainKind.PROVIDER, ChainKind.RELAY, ChainKind.L1).get(r.nextInt(3));
        ChainKind consumerKind = switch (hubKind) {
            case PROVIDER -> ChainKind.CONSUMER;
            case RELAY -> ChainKind.PARACHAIN;
            default -> r.nextBoolean() ? ChainKind.AVS : ChainKind.ROLLUP;
        };
        boolean hub = r.nextInt(4) > 0;
        for (int i = 0; i < count; i++) {
            ChainKind kind;
            String securedBy = null;
            if (hub && i == 0) {
                kind = hubKind;
            } else if (hub && r.nextInt(3) > 0) {
                kind = consumerKind;
                securedBy = "c0";
            } else {
                kind = r.nextBoolean() ? ChainKind.SERVICE : ChainKind.ISOLATED;
            }
            chains.add(Chain.builder("c" + i, kind).profitFromCorruption(r.nextInt(61))
                    .attackThreshold(ALPHAS[r.nextInt(ALPHAS.length)]).securedBy(securedBy).build());
        }
        return chains;
    }

    private static Fault fault(Random r, Network net) {
        String chain = net.chains().get(r.nextInt(net.chains().size())).id();
        List<String> ids = someValidators(r, net);
        List<String> operators = net.validators().stream().map(Validator::operator).filter(o -> o != null).distinct().toList();
        switch (r.nextInt(9)) {
            case 0: return new Fault.Shock(ids);
            case 1: return new Fault.DoubleSign(chain, ids);
            case 2: return new Fault.Downtime(chain, ids);
            case 3: return new Fault.InvalidBlock(chain, ids);
            case 4: return new Fault.Slash(chain, ids, r.nextInt(5) / 4.0);
            case 5: return net.assets().isEmpty() ? new Fault.RandomShock(0.3)
                    : new Fault.PriceShock("TOK", r.nextInt(5) / 4.0);
            case 6: return new Fault.ProviderFailure(chain);
            case 7: return operators.isEmpty() ? new Fault.Shock(ids) : new Fault.KeyCompromise(operators.get(0));
            default: return new Fault.RandomShock(0.05 + r.nextInt(10) / 20.0);
        }
    }

    /** 1–3 validator ids, duplicates allowed (a fault de-duplicates them). */
    private static List<String> someValidators(Random r, Network net) {
        List<String> ids = new ArrayList<>();
        int k = 1 + r.nextInt(3);
        for (int i = 0; i < k; i++) {
            ids.add(net.validators().get(r.nextInt(net.validators().size())).id());
        }
        return ids;
    }
}
