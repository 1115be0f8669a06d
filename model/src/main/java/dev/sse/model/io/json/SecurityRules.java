package dev.sse.model.io.json;

import dev.sse.model.network.EthereumPenalties;
import dev.sse.model.network.PolkadotBacking;
import dev.sse.model.network.IcsShaping;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Light validation of the {@code security} and {@code slashing} keys the engines interpret: a known key
 * must have the right type and range; unknown keys are not checked and round-trip unchanged.
 *
 * <ul>
 *   <li>ICS: {@code topN} 0 (opt-in) or 50..100; {@code powerCap} / {@code validatorsPowerCap} 0 (no cap) or
 *       percent 1..100; {@code validatorSetCap} whole &ge; 0 (0: no cap); {@code minStake} &ge; 0;
 *       {@code allowInactiveVals} boolean; {@code maxProviderConsensusValidators} (on the provider) whole &ge; 1;
 *       {@code optIn}, {@code allowlist}, {@code denylist}, {@code prioritylist}: lists of validator ids.</li>
 *   <li>Polkadot: {@code groupSize} (default 5), {@code minimumBackingVotes} (default 2, at most
 *       {@code groupSize}), {@code neededApprovals} (default 30): whole numbers &ge; 1.</li>
 *   <li>Rollups: {@code proof} optimistic|zk|none; {@code upgradeDelayDays}, {@code exitDelayDays},
 *       {@code challengeWindowDays}, {@code proofIntervalSeconds} &ge; 0; {@code upgradable} boolean.</li>
 *   <li>Multi-asset stake (version 2): {@code assetWeights}, asset symbol → weight from 1e-12 to 1e18.</li>
 *   <li>Slashing: every key ending in {@code Fraction} (e.g. {@code doubleSignFraction}) is in [0, 1];
 *       {@code slashedInWindow} (Ethereum: ETH slashed in the window before the scenario) &ge; 0; Ethereum's
 *       {@code initialPenaltyQuotient} whole 1..1e9, {@code correlationPenaltyMultiplier} whole 0..1e9,
 *       {@code slashingsWindowEpochs} whole 2..1e9 ({@link EthereumPenalties}).</li>
 * </ul>
 */
final class SecurityRules {

    static final List<String> VALIDATOR_LISTS = List.of("optIn", "allowlist", "denylist", "prioritylist");
    static final List<String> PROOFS = List.of("optimistic", "zk", "none");
    private static final Rule POWER_CAP = new Rule("0 (no cap) or a percentage from 1 to 100", false,
            d -> d == 0 || d >= 1 && d <= 100);
    private static final Map<String, Rule> NUMBERS = Map.ofEntries(
            Map.entry(IcsShaping.TOP_N, new Rule("0 or a whole number from 50 to 100", true, d -> d == 0 || d >= 50 && d <= 100)),
            Map.entry("powerCap", POWER_CAP),
            Map.entry("validatorsPowerCap", POWER_CAP),
            Map.entry("validatorSetCap", new Rule("a whole number >= 0 (0: no cap)", true, d -> d >= 0)),
            Map.entry("minStake", Rule.NON_NEGATIVE),
            Map.entry("maxProviderConsensusValidators", Rule.WHOLE_POSITIVE),
            Map.entry("groupSize", Rule.WHOLE_POSITIVE),
            Map.entry("minimumBackingVotes", Rule.WHOLE_POSITIVE),
            Map.entry("neededApprovals", Rule.WHOLE_POSITIVE),
            Map.entry("upgradeDelayDays", Rule.NON_NEGATIVE),
            Map.entry("exitDelayDays", Rule.NON_NEGATIVE),
            Map.entry("challengeWindowDays", Rule.NON_NEGATIVE),
            Map.entry("proofIntervalSeconds", Rule.NON_NEGATIVE));

    private SecurityRules() {
    }

    static void checkSecurity(Fields s, Problems problems) {
        Map<String, Double> numbers = new HashMap<>();
        NUMBERS.keySet().stream().sorted().forEach(key -> {
            Double d = s.number(key, NUMBERS.get(key), false);
            if (d != null) {
                numbers.put(key, d);
            }
        });
        Double votes = numbers.get("minimumBackingVotes");
        double groupSize = numbers.getOrDefault("groupSize", (double) PolkadotBacking.DEFAULT_GROUP_SIZE);
        if (votes != null && votes > groupSize) {
            s.problem(s.value("minimumBackingVotes").orElseThrow(), s.pathOf("minimumBackingVotes"),
                    "must be at most groupSize (" + Numbers.format(groupSize) + "), got " + Numbers.format(votes));
        }
        Holdings.read(s, dev.sse.model.network.AssetWeights.KEY); // issue 22: asset → weight > 0
        VALIDATOR_LISTS.forEach(key -> s.array(key, false).ifPresent(list -> checkIds(list, s.pathOf(key), problems)));
        String proof = s.optionalText("proof");
        if (proof != null && !PROOFS.contains(proof)) {
            s.problem(s.value("proof").orElseThrow(), s.pathOf("proof"),
                    "must be one of: " + String.join(", ", PROOFS) + "; got \"" + JsonPaths.shown(proof) + "\"");
        }
        for (String flag : List.of("upgradable", "allowInactiveVals")) {
            s.value(flag).filter(v -> !(v instanceof JsonTree.Bool)).ifPresent(v -> s.report(v, s.pathOf(flag), "true or false"));
        }
    }

    static void checkSlashing(Fields s) {
        s.node().members().stream().filter(m -> m.key().endsWith("Fraction"))
                .forEach(m -> s.number(m.key(), Rule.FRACTION, false));
        s.number("slashedInWindow", Rule.NON_NEGATIVE, false);
        s.number(EthereumPenalties.INITIAL_PENALTY_QUOTIENT, Rule.wholeBetween(1, 1e9), false);
        s.number(EthereumPenalties.CORRELATION_PENALTY_MULTIPLIER, Rule.wholeBetween(0, 1e9), false);
        s.number(EthereumPenalties.SLASHINGS_WINDOW_EPOCHS, Rule.wholeBetween(2, 1e9), false);
    }

    private static void checkIds(JsonTree.Arr list, String path, Problems problems) {
        for (int i = 0; i < list.items().size(); i++) {
            JsonTree item = list.items().get(i);
            if (!(item instanceof JsonTree.Str str) || str.value().isEmpty()) {
                Fields.report(item, JsonPaths.index(path, i), "a validator id (a non-empty string)", problems);
            }
        }
    }

    /** Each id in {@code optIn}/{@code allowlist}/{@code denylist} must name a validator of the file. */
    static void checkReferences(JsonTree.Obj security, String path, Set<String> validatorIds, Problems problems) {
        for (String key : VALIDATOR_LISTS) {
            JsonTree.Member m = security.member(key);
            if (m == null || !(m.value() instanceof JsonTree.Arr list)) {
                continue;
            }
            for (int i = 0; i < list.items().size(); i++) {
                if (list.items().get(i) instanceof JsonTree.Str s && !s.value().isEmpty()
                        && !validatorIds.contains(s.value())) {
                    problems.add(s, JsonPaths.index(JsonPaths.child(path, key), i),
                            "unknown validator '" + JsonPaths.shown(s.value()) + "'; no validator has this id");
                }
            }
        }
    }
}
