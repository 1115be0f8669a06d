package dev.sse.model.network.edit;

import dev.sse.model.network.Allocation;
import dev.sse.model.network.Asset;
import dev.sse.model.network.Chain;
import dev.sse.model.network.ChainKind;
import dev.sse.model.network.IcsShaping;
import dev.sse.model.network.Network;
import dev.sse.model.network.SlashingOverrides;
import dev.sse.model.network.Validator;
import dev.sse.model.network.graph.NodeRef;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The fields a property sheet shows for an element (issue 23): every field of format v1 ({@code docs/network-format.md})
 * by its file name, a nested one as {@code security.topN}, {@code slashing.doubleSignFraction},
 * {@code assets.DOT.priceUsd} (the network's prices) or {@code allocations.hub.amount} (a validator's allocation). The
 * {@code security} keys are the ones the reader checks for the chain's system (SecurityRules), then any other key the
 * chain has; the {@code slashing} keys are {@link SlashingOverrides#KNOWN}, then any other.
 */
public final class SheetFields {

    /** The {@code id}: shown, never edited (files and scenarios refer to it; Rename sets the name). */
    public static final String ID = "id";

    private static final List<String> ICS = List.of(IcsShaping.TOP_N, IcsShaping.POWER_CAP,
            IcsShaping.VALIDATORS_POWER_CAP, "validatorSetCap", "minStake", "allowInactiveVals", IcsShaping.OPT_IN,
            "allowlist", "denylist", "prioritylist");
    private static final List<String> BACKING = List.of("groupSize", "minimumBackingVotes", "neededApprovals");
    private static final List<String> ROLLUP = List.of("proof", "upgradable", "upgradeDelayDays", "exitDelayDays",
            "challengeWindowDays", "proofIntervalSeconds");

    private SheetFields() {
    }

    /** The fields of the network ({@code ref} null), a chain or a validator; empty for an id the network lacks. */
    public static List<String> of(Network n, NodeRef ref) {
        if (ref == null) {
            List<String> out = new ArrayList<>(List.of("name", "description", "source", "adversaryFraction"));
            n.assets().stream().map(Asset::symbol).forEach(s -> out.add("assets." + s + ".priceUsd"));
            return out;
        }
        if (ref.isChain()) {
            return n.chain(ref.id()).map(SheetFields::chain).orElse(List.of());
        }
        return n.validator(ref.id()).map(v -> validator(n, v)).orElse(List.of());
    }

    private static List<String> chain(Chain c) {
        List<String> out = new ArrayList<>(List.of(ID, "name", "kind", "asset", "profitFromCorruption",
                "attackThreshold", "securedBy"));
        Set<String> security = new LinkedHashSet<>(securityKeys(c.kind()));
        security.addAll(c.security().values().keySet());
        security.forEach(k -> out.add("security." + k));
        Set<String> slashing = new LinkedHashSet<>(SlashingOverrides.KNOWN);
        slashing.addAll(c.slashing().values().keySet());
        slashing.forEach(k -> out.add("slashing." + k));
        out.addAll(List.of("finalitySeconds", "governance", "securityCost", "externalSecurity", "dataAvailability"));
        return out;
    }

    private static List<String> validator(Network n, Validator v) {
        List<String> out = new ArrayList<>(List.of(ID, "name"));
        out.addAll(v.isMultiAsset() ? List.of("holdings") : List.of("stake", "asset"));
        out.add("operator");
        n.allocationsOf(v.id()).stream().map(Allocation::chain).forEach(c -> out.add("allocations." + c + ".amount"));
        return out;
    }

    /** The {@code security} keys the reader checks for a kind's system: ICS, Polkadot backing, rollups. */
    static List<String> securityKeys(ChainKind kind) {
        return switch (kind) {
            case PROVIDER, CONSUMER -> ICS;
            case RELAY, PARACHAIN -> BACKING;
            case ROLLUP -> ROLLUP;
            default -> List.of();
        };
    }
}
