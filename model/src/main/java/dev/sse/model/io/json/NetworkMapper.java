package dev.sse.model.io.json;

import dev.sse.model.network.Asset;
import dev.sse.model.network.Chain;
import dev.sse.model.network.Network;
import dev.sse.model.network.Settings;
import dev.sse.model.network.Validator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Maps the top-level object of a network file (format v1) to a {@link Network}, collecting every problem.
 * The header ({@code format}, {@code version}) is checked first: if it is wrong nothing else is reported,
 * since the rest of a foreign or newer file would only produce noise.
 */
final class NetworkMapper {

    static final String FORMAT = "shared-security-network";
    /** The newest version read and written: 2 adds multi-asset stake (issue 22); a file without it is written as 1. */
    static final int VERSION = 2;
    /** The version of a network without multi-asset stake: written so, byte for byte as before issue 22. */
    static final int VERSION_1 = 1;
    static final List<String> FIELDS = List.of("format", "version", "name", "description", "source",
            "provenance", "assumptions", "adversaryFraction", "assets", "validators", "chains", "allocations", "bridges", "scenarios", "annotations");

    private NetworkMapper() {
    }

    /** The network, or empty when anything is wrong (see {@code problems}). */
    static Optional<Network> map(JsonTree root, Problems problems) {
        Optional<Fields> top = Fields.of(root, JsonPaths.ROOT, problems, "a network");
        if (top.isEmpty() || !header(top.get(), problems)) {
            return Optional.empty();
        }
        Fields f = top.get().rejectUnknown(FIELDS);
        Network.Builder b = Network.builder().name(f.text("name"))
                .description(f.optionalText("description")).source(f.optionalText("source"));
        ImportBlocks.read(f, b, problems);
        Double adversary = f.number("adversaryFraction", Rule.OPEN_FRACTION, false);
        b.adversaryFraction(adversary == null ? Network.DEFAULT_ADVERSARY_FRACTION : adversary);

        List<Mapped<Asset>> assets = f.array("assets", false)
                .map(a -> AssetMapper.map(a, f.pathOf("assets"), problems)).orElse(List.of());
        Optional<List<Mapped<Validator>>> validatorArray = f.array("validators", true)
                .map(a -> ValidatorMapper.map(a, f.pathOf("validators"), problems));
        Optional<List<Mapped<Chain>>> chainArray = f.array("chains", true)
                .map(a -> ChainMapper.map(a, f.pathOf("chains"), problems));
        List<Mapped<Validator>> validators = validatorArray.orElse(List.of());
        List<Mapped<Chain>> chains = chainArray.orElse(List.of());
        // null when the array itself is missing or broken: its ids are unknown, not absent
        Set<String> validatorIds = validatorArray.map(NetworkMapper::ids).orElse(null);
        Set<String> chainIds = chainArray.map(NetworkMapper::ids).orElse(null);
        References.checkAssets(ids(assets), validators, chains, problems);
        if (validatorIds != null) {
            References.checkSecurityIds(chains, validatorIds, problems);
        }
        if (chainIds != null) {
            SecuredByCheck.check(chains, chainIds, problems);
            DataAvailabilityMapper.checkProviders(chains, chainIds, problems);
        }
        Map<String, Validator> validValidators = validators.stream().filter(m -> m.value() != null)
                .collect(Collectors.toMap(Mapped::id, Mapped::value, (x, y) -> x, LinkedHashMap::new));
        f.array("allocations", true).map(a -> AllocationMapper.map(a, f.pathOf("allocations"), problems,
                validatorIds, chainIds, validValidators)).orElse(List.of()).forEach(b::allocation);
        Map<String, Chain> validChains = chains.stream().filter(m -> m.value() != null)
                .collect(Collectors.toMap(Mapped::id, Mapped::value, (x, y) -> x, LinkedHashMap::new));
        f.array("bridges", false).map(a -> BridgeMapper.map(a, f.pathOf("bridges"), problems, validatorIds,
                chainIds, validChains)).orElse(List.of()).forEach(b::bridge);
        Map<String, Settings> scenarios = scenarios(f, problems);
        scenarios.forEach(b::scenario);
        Set<String> nodeIds = validatorIds == null || chainIds == null ? null : new LinkedHashSet<>(chainIds);
        if (nodeIds != null) {
            nodeIds.addAll(validatorIds);
        }
        f.array("annotations", false).map(a -> AnnotationMapper.map(a, f.pathOf("annotations"), problems, nodeIds,
                scenarios.keySet())).orElse(List.of()).forEach(b::annotation);

        assets.forEach(m -> b.asset(m.value()));
        validators.forEach(m -> b.validator(m.value()));
        chains.forEach(m -> b.chain(m.value()));
        return problems.isEmpty() ? Optional.of(b.build()) : Optional.empty();
    }

    private static boolean header(Fields f, Problems problems) {
        int before = problems.count();
        String format = f.text("format");
        if (format != null && !format.equals(FORMAT)) {
            problems.add(f.value("format").orElseThrow(), f.pathOf("format"),
                    "must be \"" + FORMAT + "\", got the string \"" + JsonPaths.shown(format) + "\"");
        }
        Double version = f.number("version", Rule.ANY, true);
        if (version != null && version != VERSION && version != VERSION_1) {
            problems.add(f.value("version").orElseThrow(), f.pathOf("version"), "unsupported version "
                    + f.value("version").orElseThrow().describe() + "; this explorer reads versions 1 and " + VERSION);
        } else if (version != null && version == VERSION_1) {
            Holdings.refuseInVersion1(f.node(), problems);
            AllocationGroups.refuseInVersion1(f.node(), problems);
        }
        return problems.count() == before;
    }

    private static <T> Set<String> ids(List<Mapped<T>> items) {
        return items.stream().map(Mapped::id).filter(Objects::nonNull)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static Map<String, Settings> scenarios(Fields f, Problems problems) {
        Map<String, Settings> out = new LinkedHashMap<>();
        f.value("scenarios").flatMap(v -> Fields.of(v, f.pathOf("scenarios"), problems, "scenarios by name"))
                .ifPresent(s -> s.node().members().forEach(m ->
                        Fields.of(m.value(), s.pathOf(m.key()), problems, "a scenario")
                                .ifPresent(sc -> out.put(m.key(), SettingsMapper.settings(sc.node())))));
        return out;
    }
}
