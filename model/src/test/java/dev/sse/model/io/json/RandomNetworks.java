package dev.sse.model.io.json;

import dev.sse.model.network.Allocation;
import dev.sse.model.network.Annotation;
import dev.sse.model.network.Asset;
import dev.sse.model.network.Bridge;
import dev.sse.model.network.BridgeTrust;
import dev.sse.model.network.Chain;
import dev.sse.model.network.ChainKind;
import dev.sse.model.network.Governance;
import dev.sse.model.network.Network;
import dev.sse.model.network.SecurityCost;
import dev.sse.model.network.Settings;
import dev.sse.model.network.Validator;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Random networks that are valid by construction: unique ids, consumers secured by an earlier chain (so
 * no cycles), assets referenced when listed, explicit allocations within the stake, known security keys
 * in range, and unknown settings of every JSON shape.
 */
final class RandomNetworks {

    private final RandomValues r;

    private RandomNetworks(Random random) {
        this.r = new RandomValues(random);
    }

    static Network generate(long seed) {
        return new RandomNetworks(new Random(seed)).network();
    }

    private Network network() {
        Network.Builder b = Network.builder().name(r.chance(0.1) ? null : r.text(false))
                .description(r.chance(0.5) ? r.text(false) : null).source(r.chance(0.5) ? r.text(false) : null);
        if (r.chance(0.5)) {
            double a = r.unitInterval();
            b.adversaryFraction(a < 1 ? a : 0.5);
        }
        List<String> symbols = new ArrayList<>(unique(r.random().nextInt(4), () -> r.text(true)));
        symbols.forEach(s -> b.asset(new Asset(s, r.positive())));
        List<Validator> validators = validators(symbols);
        validators.forEach(b::validator);
        List<String> validatorIds = validators.stream().map(Validator::id).toList();
        List<Chain> chains = chains(symbols, validatorIds);
        chains.forEach(b::chain);
        allocations(validators, chains).forEach(b::allocation);
        bridges(chains, validatorIds).forEach(b::bridge);
        for (int i = r.random().nextInt(3); i > 0; i--) {
            b.scenario(r.text(false), new Settings(r.map(3)));
        }
        annotations(b.build()).forEach(b::annotation);
        return b.build();
    }

    /** At most one note per node and per scenario step, on nodes and scenarios the network has. */
    private List<Annotation> annotations(Network n) {
        List<Annotation> out = new ArrayList<>();
        List<String> nodes = new ArrayList<>(new LinkedHashSet<>(java.util.stream.Stream.concat(
                n.chains().stream().map(Chain::id), n.validators().stream().map(Validator::id)).toList()));
        Collections.shuffle(nodes, r.random());
        nodes.subList(0, r.random().nextInt(Math.min(3, nodes.size()) + 1)).forEach(id -> out.add(Annotation.onNode(id, r.text(true))));
        n.scenarios().keySet().forEach(name -> {
            if (!name.isEmpty() && r.chance(0.5)) { // a note names its scenario with a non-empty string
                out.add(Annotation.onStep(name, 1 + r.random().nextInt(20), r.text(true)));
            }
        });
        Collections.shuffle(out, r.random());
        return out;
    }

    private List<Validator> validators(List<String> symbols) {
        List<Validator> out = new ArrayList<>();
        for (String id : unique(r.random().nextInt(9), () -> r.text(true))) {
            String asset = symbols.isEmpty() ? (r.chance(0.3) ? r.text(true) : null) : r.pick(symbols);
            out.add(new Validator(id, r.chance(0.3) ? null : r.text(false), r.positive(), asset,
                    r.chance(0.5) ? r.text(true) : null));
        }
        return out;
    }

    private List<Chain> chains(List<String> symbols, List<String> validatorIds) {
        List<Chain> out = new ArrayList<>();
        List<ChainKind> kinds = List.of(ChainKind.values());
        for (String id : unique(1 + r.random().nextInt(6), () -> r.text(true))) {
            ChainKind kind = out.isEmpty() ? ChainKind.RELAY : r.pick(kinds);
            String securedBy = kind.isConsumer() ? r.pick(out).id() : null;
            String asset = symbols.isEmpty() ? (r.chance(0.3) ? r.text(true) : null)
                    : (r.chance(0.5) ? r.pick(symbols) : null);
            double profit = r.chance(0.1) ? 0 : r.positive();
            out.add(Chain.builder(id, kind).name(r.chance(0.3) ? null : r.text(false)).asset(asset)
                    .profitFromCorruption(profit).attackThreshold(r.unitInterval()).securedBy(securedBy)
                    .security(security(validatorIds)).slashing(slashing())
                    .finalitySeconds(r.chance(0.3) ? r.positive() : null).governance(governance(kind))
                    .securityCost(securityCost()).build());
        }
        return out;
    }

    private Settings security(List<String> validatorIds) {
        Map<String, Object> s = new LinkedHashMap<>();
        if (r.chance(0.3)) {
            s.put("topN", r.chance(0.5) ? 0L : 50L + r.random().nextInt(51));
            s.put("powerCap", r.chance(0.5) ? (Object) (long) (1 + r.random().nextInt(100)) : 1 + 99 * r.random().nextDouble());
            s.put("validatorSetCap", 1L + r.random().nextInt(200));
        }
        if (r.chance(0.3) && !validatorIds.isEmpty()) {
            s.put(r.pick(List.of("optIn", "allowlist", "denylist")), List.of(r.pick(validatorIds)));
        }
        if (r.chance(0.3)) {
            s.put("groupSize", 5L);
            s.put("minimumBackingVotes", 1L + r.random().nextInt(5));
            s.put("neededApprovals", 30L);
        }
        if (r.chance(0.3)) {
            s.put("proof", r.pick(SecurityRules.PROOFS));
            s.put("upgradeDelayDays", r.chance(0.5) ? (Object) 7L : 0.5);
            s.put("exitDelayDays", 7L);
            s.put("upgradable", r.random().nextBoolean());
        }
        if (r.chance(0.5)) {
            s.put("x-" + r.text(false), r.json(3));
        }
        return new Settings(s);
    }

    private Governance governance(ChainKind kind) {
        if (!r.chance(0.4)) {
            return null;
        }
        Double delay = r.chance(0.5) ? r.positive() : null;
        int pick = r.random().nextInt(3);
        if (pick == 0 || pick == 1 && !kind.isConsumer()) {
            return new Governance(Governance.Model.OWN, null, null, delay);
        }
        if (pick == 1) {
            return new Governance(Governance.Model.PROVIDER, null, null, delay);
        }
        int n = 1 + r.random().nextInt(15);
        return new Governance(Governance.Model.SECURITY_COUNCIL, 1 + r.random().nextInt(n), n, delay);
    }

    private SecurityCost securityCost() {
        if (!r.chance(0.4)) {
            return null;
        }
        return new SecurityCost(r.chance(0.5) ? r.positive() : null, r.chance(0.5) ? 0.0 : null,
                r.chance(0.5) ? r.random().nextDouble() : null, r.chance(0.5) ? r.positive() : null,
                r.chance(0.5) ? r.positive() : null);
    }

    /** Light-client, multisig and external bridges (same-provider only between a consumer and its provider). */
    private List<Bridge> bridges(List<Chain> chains, List<String> validatorIds) {
        List<Bridge> out = new ArrayList<>();
        if (chains.size() < 2) {
            return out;
        }
        for (String id : unique(r.random().nextInt(4), () -> r.text(true))) {
            List<Chain> pair = new ArrayList<>(chains);
            Collections.shuffle(pair, r.random());
            Chain a = pair.get(0);
            Chain c = pair.get(1);
            BridgeTrust trust = switch (r.random().nextInt(4)) {
                case 0 -> new BridgeTrust.LightClient();
                case 1 -> multisig(validatorIds);
                case 2 -> r.chance(0.5) ? new BridgeTrust.External(r.positive(), r.chance(0.5) ? r.unitInterval() : null, null)
                        : new BridgeTrust.External(null, null, r.positive());
                default -> null;
            };
            if (trust == null) {
                if (a.securedBy() == null && c.securedBy() == null) {
                    continue;
                }
                Chain consumer = a.securedBy() != null ? a : c;
                a = consumer;
                c = chains.stream().filter(x -> x.id().equals(consumer.securedBy())).findFirst().orElseThrow();
                trust = new BridgeTrust.SameProvider();
            }
            out.add(new Bridge(id, r.chance(0.3) ? null : r.text(false), r.pick(List.of(Bridge.Kind.values())),
                    List.of(a.id(), c.id()), r.chance(0.1) ? 0 : r.positive(), trust));
        }
        return out;
    }

    private BridgeTrust multisig(List<String> validatorIds) {
        if (!validatorIds.isEmpty() && r.chance(0.5)) {
            List<String> signers = new ArrayList<>(validatorIds);
            Collections.shuffle(signers, r.random());
            signers = signers.subList(0, 1 + r.random().nextInt(signers.size()));
            return new BridgeTrust.Multisig(1 + r.random().nextInt(signers.size()), signers.size(), signers, null);
        }
        int n = 1 + r.random().nextInt(9);
        List<Double> stakes = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            stakes.add(r.chance(0.3) ? 0.0 : r.positive());
        }
        return new BridgeTrust.Multisig(1 + r.random().nextInt(n), n, null, stakes);
    }

    private Settings slashing() {
        Map<String, Object> s = new LinkedHashMap<>();
        if (r.chance(0.4)) {
            s.put("doubleSignFraction", r.chance(0.5) ? (Object) 1L : r.random().nextDouble());
            s.put("downtimeFraction", 0.0001);
        }
        if (r.chance(0.3)) {
            s.put("note-" + r.text(false), r.json(2));
        }
        return new Settings(s);
    }

    private List<Allocation> allocations(List<Validator> validators, List<Chain> chains) {
        List<Allocation> out = new ArrayList<>();
        for (Validator v : validators) {
            List<Chain> targets = new ArrayList<>(chains);
            Collections.shuffle(targets, r.random());
            int n = r.random().nextInt(targets.size() + 1);
            for (Chain c : targets.subList(0, n)) {
                double amount = v.stake() * (1 - r.random().nextDouble()) / n;
                boolean pooled = r.chance(0.5) || !(amount >= 1e-12) || amount > v.stake();
                out.add(pooled ? Allocation.pooled(v.id(), c.id()) : Allocation.of(v.id(), c.id(), amount));
            }
        }
        Collections.shuffle(out, r.random());
        return out;
    }

    private static Set<String> unique(int n, Supplier<String> next) {
        Set<String> out = new LinkedHashSet<>();
        for (int guard = 0; out.size() < n && guard < 10 * n + 10; guard++) {
            out.add(next.get());
        }
        return out;
    }
}
