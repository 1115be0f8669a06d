package dev.sse.model.io.json;

import dev.sse.model.network.Chain;
import dev.sse.model.network.ChainKind;
import dev.sse.model.network.DataAvailability;
import dev.sse.model.network.ExternalSecurity;
import dev.sse.model.network.Governance;
import dev.sse.model.network.SecurityCost;
import dev.sse.model.network.Settings;
import java.util.List;
import java.util.Optional;

/**
 * Maps {@code chains[]}. Checks each chain on its own: id unique, kind known, π &ge; 0, α ∈ (0, 1],
 * {@code securedBy} present exactly for consumer kinds, known {@code security}/{@code slashing} keys
 * well-typed ({@link SecurityRules}), optional {@code finalitySeconds} &gt; 0, {@code governance} and
 * {@code securityCost} and {@code externalSecurity} ({@link ChainEconomicsMapper}), {@code dataAvailability}
 * ({@link DataAvailabilityMapper}). Where {@code securedBy} points is checked by
 * {@link SecuredByCheck}.
 */
final class ChainMapper {

    static final List<String> FIELDS = List.of("id", "name", "kind", "asset", "profitFromCorruption",
            "attackThreshold", "securedBy", "security", "slashing", "finalitySeconds", "governance", "securityCost",
            "externalSecurity", "dataAvailability");
    private static final String CONSUMER_KINDS = "parachain, consumer, rollup, avs";

    private ChainMapper() {
    }

    static List<Mapped<Chain>> map(JsonTree.Arr array, String path, Problems problems) {
        UniqueIds ids = new UniqueIds("chain id", problems);
        return Fields.each(array, path, problems, "a chain", FIELDS, f -> chain(f, ids, problems));
    }

    private static Mapped<Chain> chain(Fields f, UniqueIds ids, Problems problems) {
        String id = f.id("id");
        String name = f.optionalText("name");
        ChainKind kind = f.choice("kind", ChainKind.class, "chain kind");
        String asset = f.optionalId("asset");
        Double profit = f.number("profitFromCorruption", Rule.NON_NEGATIVE, false);
        Double threshold = f.number("attackThreshold", Rule.THRESHOLD, false);
        String securedBy = securedBy(f, kind);
        Settings security = settings(f, "security", problems).orElse(Settings.EMPTY);
        Settings slashing = settings(f, "slashing", problems).orElse(Settings.EMPTY);
        Double finality = f.number("finalitySeconds", Rule.POSITIVE, false);
        Governance governance = ChainEconomicsMapper.governance(f, problems, kind == null || kind.isConsumer());
        SecurityCost cost = ChainEconomicsMapper.securityCost(f, problems);
        ExternalSecurity external = ChainEconomicsMapper.externalSecurity(f, problems);
        DataAvailability da = DataAvailabilityMapper.map(f, kind, problems);
        return ids.mapped(f, "id", id, () -> Chain.builder(id, kind).name(name).asset(asset)
                .profitFromCorruption(profit == null ? 0 : profit)
                .attackThreshold(threshold == null ? Chain.DEFAULT_ATTACK_THRESHOLD : threshold)
                .securedBy(securedBy).security(security).slashing(slashing).finalitySeconds(finality)
                .governance(governance).securityCost(cost).externalSecurity(external)
                .dataAvailability(da).build());
    }

    private static String securedBy(Fields f, ChainKind kind) {
        if (kind != null && !kind.isConsumer() && f.has("securedBy")) {
            f.problem(f.value("securedBy").orElseThrow(), f.pathOf("securedBy"), "only consumer kinds ("
                    + CONSUMER_KINDS + ") may name securedBy; this chain is a " + kind.json());
            return null;
        }
        if (kind != null && kind.isConsumer() && !f.has("securedBy")) {
            f.problem(f.node(), f.path(), "missing required field 'securedBy': a " + kind.json()
                    + " names the chain that secures it");
            return null;
        }
        return f.optionalId("securedBy");
    }

    private static Optional<Settings> settings(Fields f, String key, Problems problems) {
        Optional<JsonTree> node = f.value(key);
        if (node.isEmpty()) {
            return Optional.empty();
        }
        return Fields.of(node.get(), f.pathOf(key), problems, "the chain's " + key + " settings").map(s -> {
            if (key.equals("security")) {
                SecurityRules.checkSecurity(s, problems);
            } else {
                SecurityRules.checkSlashing(s);
            }
            return SettingsMapper.settings(s.node());
        });
    }
}
