package dev.sse.model.io.importer;

import dev.sse.model.io.json.JsonCursor;
import dev.sse.model.io.json.NetworkFormatException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads {@code GET /interchain_security/ccv/provider/consumer_validators/{chain_id or consumer_id}}: a consumer's
 * actual validator set. Up to ICS v5 each entry has {@code provider_address}, {@code consumer_key}, {@code power};
 * from v6 also {@code consumer_power}, {@code provider_operator_address}, {@code provider_tokens}, … (the deprecated
 * {@code power} stays). A validator with consumer power 0 does not validate and is left out
 * ({@code QueryConsumerValidatorsValidator}, interchain-security v6.1.0 query.proto).
 */
final class IcsConsumerSet {

    /** A member of the consumer set, by provider consensus address, with its consumer power. */
    record Member(String providerAddress, BigInteger power, JsonCursor at) {
    }

    private IcsConsumerSet() {
    }

    static List<Member> read(JsonCursor root) throws NetworkFormatException {
        List<Member> out = new ArrayList<>();
        Map<String, JsonCursor> seen = new HashMap<>();
        for (JsonCursor v : root.field("validators").items()) {
            JsonCursor address = v.field("provider_address");
            if (!Bech32.isValid(address.string(), "cosmosvalcons")) {
                throw address.expected("a provider consensus address (cosmosvalcons1…)");
            }
            JsonCursor first = seen.putIfAbsent(address.string(), address);
            if (first != null) {
                throw address.error("validator '" + address.string() + "' appears twice (first at line " + first.line()
                        + ", column " + first.column() + ")");
            }
            BigInteger power = (v.has("consumer_power") ? v.field("consumer_power") : v.field("power")).natural();
            if (power.signum() > 0) {
                out.add(new Member(address.string(), power, v));
            }
        }
        return List.copyOf(out);
    }
}
