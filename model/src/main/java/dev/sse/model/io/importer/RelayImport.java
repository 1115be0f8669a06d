package dev.sse.model.io.importer;

import dev.sse.model.io.json.NetworkFormatException;
import dev.sse.model.io.json.Problem;
import dev.sse.model.network.Allocation;
import dev.sse.model.network.Asset;
import dev.sse.model.network.Chain;
import dev.sse.model.network.ChainKind;
import dev.sse.model.network.Network;
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
 * {@code import kusama} / {@code import polkadot}: a relay chain from one era's exposures (issue 22). Every elected
 * validator secures the relay with its exposure {@code total} (own + nominated, planck → whole KSM/DOT); identity
 * names {@code parent / sub} group the validators of one parent identity into one operator; parachains given by id
 * are secured by the whole relay set, as on Polkadot (no per-parachain allocation exists: backing groups are
 * assigned at random each session, domain.md §2).
 */
public final class RelayImport {

    private RelayImport() {
    }

    public static Imported run(RelayOptions o) throws IOException, NetworkFormatException {
        RelayOptions.Relay relay = o.chain();
        Provenance provenance = new Provenance(relay.id, relay.id).put("date", o.date());
        List<String> assumptions = new ArrayList<>();
        Map<String, RelayExposures.Exposure> byStash = new LinkedHashMap<>();
        Long era = null;
        int notElected = 0;
        for (Path file : o.exposures()) {
            RelayExposures.Read read = RelayExposures.read(file);
            provenance.endpoint(read.shape()).file(file);
            notElected += read.skipped();
            for (RelayExposures.Exposure e : read.exposures()) {
                if (era == null) {
                    era = e.era();
                } else if (era != e.era()) {
                    throw e.error("exposure of era " + e.era() + " next to era " + era + "; import one era at a time");
                }
                RelayExposures.Exposure first = byStash.putIfAbsent(e.stash(), e);
                if (first != null) {
                    throw e.error("validator " + e.stash() + " is listed twice (first in " + first.at().file() + " at line "
                            + first.at().line() + ")");
                }
            }
        }
        if (byStash.isEmpty()) {
            throw at(o.exposures().get(0), "no validator exposures");
        }
        provenance.put("era", era);
        Map<String, Long> parents = new HashMap<>();
        byStash.values().forEach(e -> parents.merge(parent(e.name()), 1L, Long::sum));
        Network.Builder b = Network.builder().name(relay.title + " era " + era)
                .description("Imported from the exposures of " + relay.title + " era " + era + ": "
                        + byStash.size() + " elected validators.");
        if (o.priceUsd() != null) {
            b.asset(new Asset(relay.asset, o.priceUsd().doubleValue()));
            provenance.put("priceUsd", Map.of(relay.asset, o.priceUsd().doubleValue()));
        } else {
            assumptions.add("No --price given: " + relay.asset + " counts 1 per unit, so values are in " + relay.asset
                    + ", not USD.");
        }
        List<Allocation> allocations = new ArrayList<>();
        int zero = 0;
        BigInteger total = BigInteger.ZERO;
        for (RelayExposures.Exposure e : byStash.values()) {
            if (e.total().signum() == 0) {
                zero++;
                continue;
            }
            total = total.add(e.total());
            String parent = parent(e.name());
            String operator = !parent.isEmpty() && parents.get(parent) > 1 ? parent : null;
            b.validator(new Validator(e.stash(), e.name().isEmpty() ? e.stash() : e.name(),
                    new BigDecimal(e.total()).movePointLeft(relay.decimals).doubleValue(), relay.asset, operator));
            allocations.add(Allocation.pooled(e.stash(), relay.id));
        }
        b.chain(Chain.builder(relay.id, ChainKind.RELAY).name(relay.title + " relay chain").asset(relay.asset).build());
        o.parachains().forEach((id, name) -> b.chain(Chain.builder("para-" + id, ChainKind.PARACHAIN)
                .name(name.isEmpty() ? "Parachain " + id : name).securedBy(relay.id).build()));
        if (parents.entrySet().stream().anyMatch(p -> !p.getKey().isEmpty() && p.getValue() > 1)) {
            assumptions.add("Validators whose identity shares a parent ('parent / sub') are taken to be run by one "
                    + "operator, named after the parent.");
        }
        if (o.exposures().stream().anyMatch(p -> String.valueOf(p.getFileName()).endsWith(".csv"))) {
            assumptions.add("Identity names in the CSV were read when it was exported, not at the era.");
        }
        if (zero > 0) {
            assumptions.add(zero + " validator(s) with a total exposure of 0 are left out.");
        }
        if (notElected > 0) {
            assumptions.add(notElected + " stash(es) without an exposure in the era (not elected) are left out.");
        }
        if (!o.parachains().isEmpty()) {
            assumptions.add("Parachains are secured by the whole relay validator set (backing groups rotate), with "
                    + "the engine's default backing and approval parameters.");
        }
        assumptions.add("profitFromCorruption is 0 on every chain: no exposure says what an attacker would gain; "
                + "set it per chain before reading security margins.");
        Network n = b.allocations(allocations).provenance(provenance.settings()).source(provenance.source()).assumptions(assumptions).build();
        List<String> summary = List.of(relay.id + " era " + era + ": " + n.validators().size() + " validators, "
                        + new BigDecimal(total).movePointLeft(relay.decimals).toPlainString() + " " + relay.asset + " exposed",
                o.parachains().size() + " parachain(s)", assumptions.size() + " assumption(s) written to the file");
        return new Imported(n, summary);
    }

    private static String parent(String name) {
        int slash = name.indexOf(" / ");
        return (slash < 0 ? name : name.substring(0, slash)).strip();
    }

    private static NetworkFormatException at(Path file, String message) {
        return new NetworkFormatException(List.of(new Problem(String.valueOf(file.getFileName()), 1, 1, "$", message)));
    }
}
