package dev.sse.model.io.importer;

import dev.sse.model.io.json.JsonCursor;
import dev.sse.model.io.json.NetworkFormatException;
import dev.sse.model.network.Allocation;
import dev.sse.model.network.Asset;
import dev.sse.model.network.Chain;
import dev.sse.model.network.ChainKind;
import dev.sse.model.network.Network;
import dev.sse.model.network.Settings;
import dev.sse.model.network.Validator;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code import cosmos}: a Cosmos SDK provider chain and its ICS consumers from the chain's own REST responses
 * (issue 22). The provider (kind {@code provider}) is secured by its bonded validators (tokens exact in the bond
 * denom's smallest unit, written in whole units); each launched consumer (kind {@code consumer}) keeps its power
 * shaping ({@code top_N}, power cap, set cap, allow- and denylists) in {@code security} and, when its
 * {@code consumer_validators} response is given, its actual validator set as pooled allocations.
 */
public final class CosmosImport {

    static final String VALIDATORS = "GET /cosmos/staking/v1beta1/validators";
    static final String CHAINS = "GET /interchain_security/ccv/provider/consumer_chains";
    static final String SET = "GET /interchain_security/ccv/provider/consumer_validators/";

    private CosmosImport() {
    }

    /** Reads the responses and builds the network; a response it does not understand fails with a located error. */
    public static Imported run(CosmosOptions o) throws IOException, NetworkFormatException {
        Provenance provenance = new Provenance("cosmos", o.chainId()).put("date", o.date()).put("height", o.height());
        List<String> assumptions = new ArrayList<>();
        List<JsonCursor> pages = new ArrayList<>();
        for (Path p : o.validatorPages()) {
            pages.add(JsonCursor.read(p));
            provenance.endpoint(VALIDATORS).file(p);
        }
        CosmosValidators.Result read = CosmosValidators.read(pages);
        Network.Builder b = Network.builder().name(o.chainId() + (o.date() == null ? "" : " (" + o.date() + ")"))
                .description("Imported from " + o.chainId() + "'s REST responses: " + read.bonded().size()
                        + " bonded validators of " + read.total() + ".");
        if (o.priceUsd() != null) {
            b.asset(new Asset(o.asset(), o.priceUsd().doubleValue()));
            provenance.put("priceUsd", Map.of(o.asset(), o.priceUsd().doubleValue()));
        } else {
            assumptions.add("No --price given: " + o.asset() + " counts 1 per unit, so values are in " + o.asset()
                    + ", not USD.");
        }
        if (o.height() == null) {
            assumptions.add("The responses carry no block height; the snapshot is dated only by what --date says.");
        }
        Map<String, String> byConsensus = new HashMap<>();
        Map<String, Long> identities = new HashMap<>();
        read.bonded().forEach(v -> identities.merge(v.identity(), 1L, Long::sum));
        List<Allocation> allocations = new ArrayList<>();
        int empty = 0;
        for (CosmosValidators.Bonded v : read.bonded()) {
            if (v.tokens().signum() == 0) {
                empty++;
                continue;
            }
            BigDecimal stake = new BigDecimal(v.tokens()).movePointLeft(o.decimals());
            String operator = !v.identity().isEmpty() && identities.get(v.identity()) > 1 ? "keybase:" + v.identity() : null;
            b.validator(new Validator(v.operatorAddress(), v.moniker().isBlank() ? v.operatorAddress() : v.moniker(),
                    stake.doubleValue(), o.asset(), operator));
            byConsensus.put(v.consensusAddress(), v.operatorAddress());
            allocations.add(Allocation.pooled(v.operatorAddress(), o.chainId()));
        }
        if (empty > 0) {
            assumptions.add(empty + " bonded validator(s) with 0 tokens are left out (a network's stake is > 0).");
        }
        if (identities.entrySet().stream().anyMatch(e -> !e.getKey().isEmpty() && e.getValue() > 1)) {
            assumptions.add("Validators that publish the same Keybase identity are taken to be run by one operator "
                    + "(operator 'keybase:<identity>').");
        }
        b.chain(Chain.builder(o.chainId(), ChainKind.PROVIDER).name(o.chainId()).asset(o.asset()).build());
        new IcsPart(o, b, provenance, assumptions, byConsensus, allocations).run();
        assumptions.add("profitFromCorruption is 0 on every chain: no response carries what an attacker would gain; "
                + "set it per chain before reading security margins.");
        Network n = b.allocations(allocations).provenance(provenance.settings()).source(provenance.source()).assumptions(assumptions).build();
        List<String> summary = new ArrayList<>();
        summary.add(o.chainId() + ": " + read.bonded().size() + " bonded validators (of " + read.total() + "), "
                + new BigDecimal(total(read.bonded())).movePointLeft(o.decimals()).toPlainString() + " " + o.asset() + " bonded");
        n.chains().stream().filter(c -> c.kind() == ChainKind.CONSUMER).forEach(c -> summary.add(c.id()
                + ": consumer, " + (n.allocationsTo(c.id()).isEmpty() ? "set from its power shaping"
                : n.allocationsTo(c.id()).size() + " validators")));
        summary.add(assumptions.size() + " assumption(s) written to the file");
        return new Imported(n, summary);
    }

    private static BigInteger total(List<CosmosValidators.Bonded> bonded) {
        return bonded.stream().map(CosmosValidators.Bonded::tokens).reduce(BigInteger.ZERO, BigInteger::add);
    }

    /** The ICS half: consumer chains, their power shaping and their actual sets. */
    private record IcsPart(CosmosOptions o, Network.Builder b, Provenance provenance, List<String> assumptions,
                           Map<String, String> byConsensus, List<Allocation> allocations) {

        void run() throws IOException, NetworkFormatException {
            Map<String, IcsConsumers.Consumer> consumers = new LinkedHashMap<>();
            if (o.consumerChains() != null) {
                provenance.endpoint(CHAINS).file(o.consumerChains());
                for (IcsConsumers.Consumer c : IcsConsumers.read(JsonCursor.read(o.consumerChains()))) {
                    if (c.launched()) {
                        consumers.put(c.chainId(), c);
                    } else {
                        assumptions.add(c.chainId() + " is left out: its phase is " + c.phase() + ", not launched.");
                    }
                }
            }
            // each set as the bonded validators' own id strings at once: a million parsed members are not kept
            Map<String, List<String>> sets = new LinkedHashMap<>();
            Map<String, Integer> unbonded = new HashMap<>();
            for (Map.Entry<String, Path> e : o.consumerValidators().entrySet()) {
                IcsConsumerSet.Read read = IcsConsumerSet.read(e.getValue(), byConsensus);
                String chainId = chainIdOf(e.getKey(), consumers, read.root());
                provenance.endpoint(SET + e.getKey()).file(e.getValue());
                List<String> ids = new ArrayList<>(read.members().size());
                for (IcsConsumerSet.Member m : read.members()) {
                    if (m.bondedId() != null) {
                        ids.add(m.bondedId());
                    }
                }
                sets.put(chainId, ids);
                unbonded.put(chainId, read.members().size() - ids.size());
            }
            List<String> order = new ArrayList<>(consumers.keySet());
            sets.keySet().stream().filter(id -> !order.contains(id)).forEach(order::add);
            for (String chainId : order) {
                IcsConsumers.Consumer c = consumers.get(chainId);
                Settings security = c == null ? Settings.EMPTY : security(c);
                if (c == null) {
                    assumptions.add(chainId + ": no consumer_chains entry, so its power shaping (top_N, caps, lists) "
                            + "is unknown; only its recorded set is imported.");
                }
                b.chain(Chain.builder(chainId, ChainKind.CONSUMER).name(chainId).securedBy(o.chainId())
                        .security(security).build());
                List<String> set = sets.get(chainId);
                if (set == null) {
                    assumptions.add(chainId + ": no consumer_validators response given; its set is computed from its "
                            + "power shaping (top_N " + c.topN() + ") over the bonded validators.");
                    continue;
                }
                for (String id : set) {
                    allocations.add(Allocation.pooled(id, chainId));
                }
                int missing = unbonded.get(chainId);
                if (missing > 0) {
                    assumptions.add(chainId + ": " + missing + " validator(s) of its set are not bonded in the "
                            + "validators snapshot (the responses were taken at different heights) and are left out.");
                }
            }
        }

        private Settings security(IcsConsumers.Consumer c) throws NetworkFormatException {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("topN", (long) c.topN());
            if (c.powerCap() > 0) {
                s.put("powerCap", (long) c.powerCap());
            }
            if (c.setCap() > 0) {
                s.put("validatorSetCap", (long) c.setCap());
            }
            putList(s, "allowlist", c.allowlist(), c);
            putList(s, "denylist", c.denylist(), c);
            return new Settings(s);
        }

        private void putList(Map<String, Object> s, String key, List<String> addresses, IcsConsumers.Consumer c)
                throws NetworkFormatException {
            List<Object> ids = new ArrayList<>();
            for (int i = 0; i < addresses.size(); i++) {
                String a = addresses.get(i);
                String id = byConsensus.get(a);
                if (id == null) {
                    throw c.at().field(key).items().get(i).error("'" + a + "' is not a bonded validator in the "
                            + "validators snapshot");
                }
                ids.add(id);
            }
            if (!ids.isEmpty()) {
                s.put(key, ids);
            }
        }

        private static String chainIdOf(String key, Map<String, IcsConsumers.Consumer> consumers, JsonCursor root)
                throws NetworkFormatException {
            if (consumers.isEmpty() || consumers.containsKey(key)) {
                return key;
            }
            return consumers.values().stream().filter(c -> key.equals(c.consumerId())).map(IcsConsumers.Consumer::chainId)
                    .findFirst().orElseThrow(() -> root.error("consumer '" + key + "' is neither a chain id nor a "
                            + "consumer id of the launched consumer_chains entries (" + String.join(", ", consumers.keySet())
                            + ")"));
        }
    }
}
