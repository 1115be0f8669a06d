package dev.sse.model.io.importer;

import dev.sse.model.io.json.JsonCursor;
import dev.sse.model.io.json.NetworkFormatException;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads {@code GET /interchain_security/ccv/provider/consumer_validators/{chain_id or consumer_id}}: a consumer's
 * actual validator set. Up to ICS v5 each entry has {@code provider_address}, {@code consumer_key}, {@code power};
 * from v6 also {@code consumer_power}, {@code provider_operator_address}, {@code provider_tokens}, … (the deprecated
 * {@code power} stays). A validator with consumer power 0 does not validate and is left out
 * ({@code QueryConsumerValidatorsValidator}, interchain-security v6.1.0 query.proto).
 */
final class IcsConsumerSet {

    /** A member of the consumer set, by provider consensus address, with its consumer power. */
    record Member(String providerAddress, BigInteger power) {
    }

    /** The members of a response, and the response without them (for located problems about the whole). */
    record Read(JsonCursor root, List<Member> members) {
    }

    private IcsConsumerSet() {
    }

    /**
     * Streams the response's {@code validators} ({@link JsonCursor#stream}): a recorded set of 10,000 is read entry
     * by entry, never as a tree (issue 22, 10,000 validators × 100 chains).
     */
    static Read read(Path file) throws IOException, NetworkFormatException {
        return read(file, Set.of());
    }

    /** @param valid addresses known to be well-formed (the bonded validators'), not checked again */
    static Read read(Path file, Set<String> valid) throws IOException, NetworkFormatException {
        List<Member> out = new ArrayList<>();
        Map<String, int[]> seen = new HashMap<>();
        JsonCursor root = JsonCursor.stream(file, "validators", v -> {
            JsonCursor address = v.field("provider_address");
            if (!valid.contains(address.string()) && !Bech32.isValid(address.string(), "cosmosvalcons")) {
                throw address.expected("a provider consensus address (cosmosvalcons1…)");
            }
            int[] first = seen.putIfAbsent(address.string(), new int[] {address.line(), address.column()});
            if (first != null) {
                throw address.error("validator '" + address.string() + "' appears twice (first at line " + first[0]
                        + ", column " + first[1] + ")");
            }
            BigInteger power = (v.has("consumer_power") ? v.field("consumer_power") : v.field("power")).natural();
            if (power.signum() > 0) {
                out.add(new Member(address.string(), power));
            }
        });
        root.field("validators").items(); // present and an array (its items were streamed)
        return new Read(root, List.copyOf(out));
    }
}
