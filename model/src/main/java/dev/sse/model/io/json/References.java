package dev.sse.model.io.json;

import dev.sse.model.network.Chain;
import dev.sse.model.network.Validator;
import java.util.List;
import java.util.Set;

/**
 * Cross-reference checks that need the whole file: asset symbols of validators and chains, and the
 * validator ids listed in chains' {@code security} settings. References are read from the JSON, so an
 * element with other problems still has its references checked.
 */
final class References {

    private References() {
    }

    /**
     * When the file lists assets, a validator must name one of them (its stake is priced in it) and a
     * chain's {@code asset} and {@code externalSecurity.asset}, if given, must be one of them. Without assets, asset names are free labels.
     */
    static void checkAssets(Set<String> symbols, List<Mapped<Validator>> validators, List<Mapped<Chain>> chains,
                            Problems problems) {
        if (symbols.isEmpty()) {
            return;
        }
        for (Mapped<Validator> v : validators) {
            JsonTree.Member asset = v.node().member("asset");
            if (v.node().member(Holdings.FIELD) != null) {
                Holdings.checkSymbols(v.node(), v.path(), Holdings.FIELD, symbols, problems);
            } else if (asset == null || asset.value() instanceof JsonTree.Null) {
                problems.add(v.node(), v.path(), "missing field 'asset': required when the file lists assets ("
                        + String.join(", ", symbols.stream().map(JsonPaths::shown).toList()) + ")");
            } else {
                checkSymbol(asset.value(), v.pathOf("asset"), symbols, problems);
            }
        }
        for (Mapped<Chain> c : chains) {
            JsonTree.Member asset = c.node().member("asset");
            if (asset != null) {
                checkSymbol(asset.value(), c.pathOf("asset"), symbols, problems);
            }
            JsonTree.Member security = c.node().member("security");
            if (security != null && security.value() instanceof JsonTree.Obj sec) {
                Holdings.checkSymbols(sec, c.pathOf("security"), dev.sse.model.network.AssetWeights.KEY, symbols,
                        problems);
            }
            JsonTree.Member ext = c.node().member("externalSecurity");
            if (ext != null && ext.value() instanceof JsonTree.Obj obj && obj.member("asset") != null) {
                checkSymbol(obj.member("asset").value(), JsonPaths.child(c.pathOf("externalSecurity"), "asset"),
                        symbols, problems);
            }
        }
    }

    private static void checkSymbol(JsonTree value, String path, Set<String> symbols, Problems problems) {
        if (value instanceof JsonTree.Str s && !s.value().isEmpty() && !symbols.contains(s.value())) {
            problems.add(s, path, "unknown asset '" + JsonPaths.shown(s.value()) + "'; expected one of: "
                    + String.join(", ", symbols.stream().map(JsonPaths::shown).toList()));
        }
    }

    /** Ids in {@code security.optIn}, {@code allowlist} and {@code denylist} must be validators of the file. */
    static void checkSecurityIds(List<Mapped<Chain>> chains, Set<String> validatorIds, Problems problems) {
        for (Mapped<Chain> c : chains) {
            JsonTree.Member security = c.node().member("security");
            if (security != null && security.value() instanceof JsonTree.Obj obj) {
                SecurityRules.checkReferences(obj, c.pathOf("security"), validatorIds, problems);
            }
        }
    }
}
