package dev.sse.model.io.json;

import dev.sse.model.network.BridgeTrust;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Maps a bridge's {@code trust} object by its {@code model}:
 * <ul>
 *   <li>{@code same-provider}, {@code light-client}: no other field;</li>
 *   <li>{@code multisig}: whole {@code k}, {@code n} with 1 ≤ k ≤ n, and exactly one of {@code signers}
 *       (n distinct existing validator ids) or {@code signerStakes} (n numbers ≥ 0, value unit);</li>
 *   <li>{@code external}: exactly one of {@code stake} (≥ 0, with optional {@code attackThreshold} in (0, 1])
 *       or {@code costOfCorruption} (≥ 0).</li>
 * </ul>
 */
final class BridgeTrustMapper {

    private static final Map<String, List<String>> FIELDS = Map.of(
            "same-provider", List.of("model"),
            "light-client", List.of("model"),
            "multisig", List.of("model", "k", "n", "signers", "signerStakes"),
            "external", List.of("model", "stake", "attackThreshold", "costOfCorruption"));

    private BridgeTrustMapper() {
    }

    /** The trust model, or null when anything is wrong (reported). */
    static BridgeTrust map(Fields t, Problems problems, Set<String> validatorIds) {
        String model = t.id("model");
        if (model == null) {
            return null;
        }
        if (!FIELDS.containsKey(model)) {
            t.problem(t.value("model").orElseThrow(), t.pathOf("model"), "unknown trust model '"
                    + JsonPaths.shown(model) + "'; expected one of: " + String.join(", ", BridgeTrust.MODELS));
            return null;
        }
        t.rejectUnknown(FIELDS.get(model));
        BridgeTrust trust = switch (model) {
            case "same-provider" -> new BridgeTrust.SameProvider();
            case "light-client" -> new BridgeTrust.LightClient();
            case "multisig" -> multisig(t, validatorIds);
            default -> external(t);
        };
        return t.valid() ? trust : null;
    }

    private static BridgeTrust multisig(Fields t, Set<String> validatorIds) {
        Double k = t.number("k", Rule.WHOLE_POSITIVE, true);
        Double n = t.number("n", Rule.WHOLE_POSITIVE, true);
        if (k != null && n != null && k > n) {
            t.problem(t.value("k").orElseThrow(), t.pathOf("k"), "must be at most n (" + Numbers.format(n)
                    + "), got " + Numbers.format(k));
        }
        if (t.has("signers") == t.has("signerStakes")) {
            t.problem(t.node(), t.path(), "a multisig names either 'signers' (validator ids) or 'signerStakes' "
                    + "(bonded value per signer), not " + (t.has("signers") ? "both" : "neither"));
            return null;
        }
        String key = t.has("signers") ? "signers" : "signerStakes";
        Optional<JsonTree.Arr> list = t.array(key, true);
        if (list.isEmpty()) {
            return null;
        }
        if (n != null && list.get().items().size() != n) {
            t.problem(list.get(), t.pathOf(key), "must list n = " + Numbers.format(n) + " signers, got "
                    + list.get().items().size());
        }
        List<String> signers = new ArrayList<>();
        List<Double> stakes = new ArrayList<>();
        if (key.equals("signers")) {
            signers(t, list.get(), validatorIds, signers);
        } else {
            stakes(t, list.get(), stakes);
        }
        return k == null || n == null ? null : new BridgeTrust.Multisig(k.intValue(), n.intValue(), signers, stakes);
    }

    private static void signers(Fields t, JsonTree.Arr list, Set<String> validatorIds, List<String> out) {
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < list.items().size(); i++) {
            String at = JsonPaths.index(t.pathOf("signers"), i);
            JsonTree item = list.items().get(i);
            if (!(item instanceof JsonTree.Str s) || s.value().isEmpty()) {
                t.report(item, at, "a validator id (a non-empty string)");
            } else if (validatorIds != null && !validatorIds.contains(s.value())) {
                t.problem(s, at, "unknown validator '" + JsonPaths.shown(s.value()) + "'; no validator has this id");
            } else if (seen.putIfAbsent(s.value(), i) != null) {
                t.problem(s, at, "signer '" + JsonPaths.shown(s.value()) + "' is listed twice (first at index "
                        + seen.get(s.value()) + ")");
            } else {
                out.add(s.value());
            }
        }
    }

    private static void stakes(Fields t, JsonTree.Arr list, List<Double> out) {
        for (int i = 0; i < list.items().size(); i++) {
            JsonTree item = list.items().get(i);
            if (item instanceof JsonTree.Num num && Rule.NON_NEGATIVE.accepts(num.asDouble())) {
                out.add(num.asDouble());
            } else {
                t.report(item, JsonPaths.index(t.pathOf("signerStakes"), i), Rule.NON_NEGATIVE.expected());
            }
        }
    }

    private static BridgeTrust external(Fields t) {
        if (t.has("stake") == t.has("costOfCorruption")) {
            t.problem(t.node(), t.path(), "an external validator set gives either its 'stake' or its "
                    + "'costOfCorruption', not " + (t.has("stake") ? "both" : "neither"));
            return null;
        }
        Double stake = t.number("stake", Rule.NON_NEGATIVE, false);
        Double alpha = t.number("attackThreshold", Rule.THRESHOLD, false);
        Double coc = t.number("costOfCorruption", Rule.NON_NEGATIVE, false);
        if (alpha != null && coc != null) {
            t.problem(t.value("attackThreshold").orElseThrow(), t.pathOf("attackThreshold"),
                    "only an external set given by its 'stake' has an attackThreshold");
        }
        return new BridgeTrust.External(stake, alpha, coc);
    }
}
