package dev.sse.model.io.json;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.sse.model.network.Allocation;
import dev.sse.model.network.Asset;
import dev.sse.model.network.Chain;
import dev.sse.model.network.Network;
import dev.sse.model.network.Validator;
import java.io.IOException;

/**
 * Writes a network as format v1, or v2 when it holds multi-asset stake (validators' {@code holdings} instead of
 * {@code stake}, chains' {@code security.assetWeights}; issue 22) or a large pooled set as one group entry
 * ({@link AllocationGroups}): fields in the documented order, 2-space indent, {@code "key": value},
 * one trailing newline. Optional fields are omitted when absent or default ({@code description},
 * {@code source} when empty; {@code adversaryFraction} when 1/3; {@code assets}, {@code scenarios},
 * {@code security}, {@code slashing} when empty; {@code asset}, {@code operator}, {@code securedBy},
 * {@code amount} when absent; {@code bridges} and {@code annotations} when empty; a chain's {@code finalitySeconds}, {@code governance},
 * {@code securityCost} and their members when absent). Model numbers print as integers when integral and below 10^15, else in
 * shortest round-trip form; settings keep their Long/Double distinction ({@code 2} vs {@code 2.0}).
 */
final class NetworkWriter {

    private final JsonGenerator g;

    private NetworkWriter(JsonGenerator g) {
        this.g = g;
    }

    /** @throws IllegalArgumentException when the network holds a number JSON cannot represent (NaN, ±∞) */
    static String write(Network network) {
        return JsonStyle.document(g -> new NetworkWriter(g).network(network));
    }

    private void network(Network n) throws IOException {
        g.writeStartObject();
        g.writeStringField("format", NetworkMapper.FORMAT);
        java.util.Map<String, AllocationGroups.Group> groups = AllocationGroups.plan(n);
        g.writeNumberField("version", n.isMultiAsset() || !groups.isEmpty() ? NetworkMapper.VERSION
                : NetworkMapper.VERSION_1);
        g.writeStringField("name", n.name());
        optionalText("description", n.description());
        optionalText("source", n.source());
        ImportBlocks.write(g, n);
        if (Double.compare(n.adversaryFraction(), Network.DEFAULT_ADVERSARY_FRACTION) != 0) {
            number("adversaryFraction", n.adversaryFraction());
        }
        if (!n.assets().isEmpty()) {
            JsonStyle.array(g, "assets", n.assets(), this::asset);
        }
        JsonStyle.array(g, "validators", n.validators(), this::validator);
        JsonStyle.array(g, "chains", n.chains(), this::chain);
        g.writeArrayFieldStart("allocations");
        java.util.Set<String> grouped = new java.util.HashSet<>();
        for (Allocation a : n.allocations()) {
            AllocationGroups.Group group = groups.get(a.chain());
            if (group == null) {
                allocation(a);
            } else if (grouped.add(a.chain())) {
                group(a.chain(), group);
            }
        }
        g.writeEndArray();
        new NetworkExtrasWriter(g).bridges(n.bridges());
        if (!n.scenarios().isEmpty()) {
            g.writeFieldName("scenarios");
            SettingsWriter.value(g, n.scenarios());
        }
        new NetworkExtrasWriter(g).annotations(n.annotations());
        g.writeEndObject();
    }

    private void asset(Asset a) throws IOException {
        g.writeStartObject();
        g.writeStringField("symbol", a.symbol());
        number("priceUsd", a.priceUsd());
        g.writeEndObject();
    }

    private void validator(Validator v) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", v.id());
        g.writeStringField("name", v.name());
        if (v.isMultiAsset()) {
            g.writeObjectFieldStart("holdings");
            for (java.util.Map.Entry<String, Double> h : v.holdings().entrySet()) {
                number(h.getKey(), h.getValue());
            }
            g.writeEndObject();
        } else {
            number("stake", v.stake());
        }
        optionalText("asset", v.asset());
        optionalText("operator", v.operator());
        g.writeEndObject();
    }

    private void chain(Chain c) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", c.id());
        g.writeStringField("name", c.name());
        g.writeStringField("kind", c.kind() == null ? null : c.kind().json());
        optionalText("asset", c.asset());
        number("profitFromCorruption", c.profitFromCorruption());
        number("attackThreshold", c.attackThreshold());
        optionalText("securedBy", c.securedBy());
        if (!c.security().isEmpty()) {
            g.writeFieldName("security");
            SettingsWriter.value(g, c.security().values());
        }
        if (!c.slashing().isEmpty()) {
            g.writeFieldName("slashing");
            SettingsWriter.value(g, c.slashing().values());
        }
        new NetworkExtrasWriter(g).chain(c);
        g.writeEndObject();
    }

    private void allocation(Allocation a) throws IOException {
        g.writeStartObject();
        g.writeStringField("validator", a.validator());
        g.writeStringField("chain", a.chain());
        if (a.amount().isPresent()) {
            number("amount", a.amount().getAsDouble());
        }
        g.writeEndObject();
    }

    /** A chain's pooled set as one entry ({@link AllocationGroups}); {@code except} only when not empty. */
    private void group(String chain, AllocationGroups.Group group) throws IOException {
        g.writeStartObject();
        g.writeStringField("chain", chain);
        g.writeStringField(AllocationGroups.KEY, group.validatorsOf());
        if (!group.except().isEmpty()) {
            g.writeArrayFieldStart(AllocationGroups.EXCEPT);
            for (String id : group.except()) {
                g.writeString(id);
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    private void optionalText(String key, String value) throws IOException {
        if (value != null && !value.isEmpty()) {
            g.writeStringField(key, value);
        }
    }

    private void number(String key, double d) throws IOException {
        g.writeFieldName(key);
        Numbers.write(g, d, key);
    }
}
