package dev.sse.model.io.json;

import dev.sse.model.network.Bridge;
import dev.sse.model.network.BridgeTrust;
import dev.sse.model.network.Chain;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Maps {@code bridges[]}: {@code {"id", "name", "kind", "chains", "value", "trust"}}. Ids unique; kind known;
 * {@code chains} two distinct existing chain ids; {@code value} ≥ 0 in the value unit; {@code trust} checked by
 * {@link BridgeTrustMapper}. A {@code same-provider} bridge must join two chains secured (through
 * {@code securedBy}, transitively) by the same chain, or a chain and its provider.
 */
final class BridgeMapper {

    static final List<String> FIELDS = List.of("id", "name", "kind", "chains", "value", "trust");

    private final Problems problems;
    private final Set<String> validatorIds;
    private final Set<String> chainIds;
    private final Map<String, Chain> chains;

    private BridgeMapper(Problems problems, Set<String> validatorIds, Set<String> chainIds, Map<String, Chain> chains) {
        this.problems = problems;
        this.validatorIds = validatorIds;
        this.chainIds = chainIds;
        this.chains = chains;
    }

    /**
     * @param validatorIds ids of the validators, or null when {@code validators} was broken (then signer
     *                     references are not checked)
     * @param chainIds     likewise for chains
     * @param chains       fully valid chains by id, for the same-provider check
     */
    static List<Bridge> map(JsonTree.Arr array, String path, Problems problems, Set<String> validatorIds,
                            Set<String> chainIds, Map<String, Chain> chains) {
        BridgeMapper mapper = new BridgeMapper(problems, validatorIds, chainIds, chains);
        UniqueIds ids = new UniqueIds("bridge id", problems);
        return Fields.each(array, path, problems, "a bridge", FIELDS, f -> mapper.bridge(f, ids));
    }

    private Bridge bridge(Fields f, UniqueIds ids) {
        String id = f.id("id");
        String name = f.optionalText("name");
        Bridge.Kind kind = f.choice("kind", Bridge.Kind.class, "bridge kind");
        List<String> joined = chains(f);
        Double value = f.number("value", Rule.NON_NEGATIVE, true);
        BridgeTrust trust = f.value("trust").isEmpty() ? missingTrust(f)
                : Fields.of(f.value("trust").get(), f.pathOf("trust"), problems, "a bridge's trust")
                .map(t -> BridgeTrustMapper.map(t, problems, validatorIds)).orElse(null);
        if (trust instanceof BridgeTrust.SameProvider && joined != null) {
            checkSameProvider(f, joined);
        }
        boolean unique = ids.add(f, "id", id);
        return f.valid() && unique && trust != null && joined != null && kind != null
                ? new Bridge(id, name, kind, joined, value, trust) : null;
    }

    private static BridgeTrust missingTrust(Fields f) {
        f.missing("trust");
        return null;
    }

    /** Two distinct chain ids, each known; null when anything is wrong (reported). */
    private List<String> chains(Fields f) {
        Optional<JsonTree.Arr> array = f.array("chains", true);
        if (array.isEmpty()) {
            return null;
        }
        List<JsonTree> items = array.get().items();
        String path = f.pathOf("chains");
        if (items.size() != 2) {
            f.problem(array.get(), path, "must list exactly 2 chain ids (a bridge joins two chains), got "
                    + items.size());
            return null;
        }
        List<String> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            String at = JsonPaths.index(path, i);
            if (!(items.get(i) instanceof JsonTree.Str s) || s.value().isEmpty()) {
                f.report(items.get(i), at, "a chain id (a non-empty string)");
            } else if (chainIds != null && !chainIds.contains(s.value())) {
                f.problem(s, at, "unknown chain '" + JsonPaths.shown(s.value()) + "'; no chain has this id");
            } else if (!seen.add(s.value())) {
                f.problem(s, at, "a bridge joins two different chains; '" + JsonPaths.shown(s.value())
                        + "' is listed twice");
            } else {
                out.add(s.value());
            }
        }
        return out.size() == 2 ? out : null;
    }

    private void checkSameProvider(Fields f, List<String> joined) {
        Chain a = chains.get(joined.get(0));
        Chain b = chains.get(joined.get(1));
        if (a == null || b == null) {
            return;
        }
        String rootA = root(a);
        String rootB = root(b);
        if (!rootA.equals(rootB)) {
            JsonTree at = ((JsonTree.Obj) f.value("trust").orElseThrow()).member("model").value();
            f.problem(at, JsonPaths.child(f.pathOf("trust"), "model"), "same-provider needs both chains secured by "
                    + "one provider; " + securedBy(a, rootA) + ", " + securedBy(b, rootB));
        }
    }

    private static String securedBy(Chain c, String root) {
        return "'" + JsonPaths.shown(c.id()) + "' " + (root.equals(c.id()) ? "secures itself"
                : "is secured by '" + JsonPaths.shown(root) + "'");
    }

    /** The chain at the end of {@code securedBy} links (the chain itself when it names none); cycle-safe. */
    private String root(Chain c) {
        Set<String> seen = new HashSet<>();
        Chain at = c;
        while (at.securedBy() != null && seen.add(at.id()) && chains.containsKey(at.securedBy())) {
            at = chains.get(at.securedBy());
        }
        return at.id();
    }
}
