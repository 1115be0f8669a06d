package dev.sse.model.io.importer;

import dev.sse.model.io.json.JsonCursor;
import dev.sse.model.io.json.NetworkFormatException;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
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

    /**
     * A member of the consumer set, by provider consensus address, with its consumer power and, when it is one of the
     * bonded validators given, that validator's operator address (else null).
     */
    record Member(String providerAddress, BigInteger power, String bondedId) {
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
        return read(file, Map.of());
    }

    /**
     * @param bonded consensus address → operator address of the bonded validators: such an address is well-formed and
     *               is looked up once per entry (a million entries: string hashing was a fifth of the import)
     */
    static Read read(Path file, Map<String, String> bonded) throws IOException, NetworkFormatException {
        List<Member> out = new ArrayList<>();
        Map<String, int[]> seen = new HashMap<>();
        Map<String, int[]> seenBonded = new IdentityHashMap<>(); // keyed by the shared operator address strings
        JsonCursor root = JsonCursor.stream(file, "validators", v -> {
            JsonCursor address = v.field("provider_address");
            String id = bonded.get(address.string());
            if (id == null && !Bech32.isValid(address.string(), "cosmosvalcons")) {
                throw address.expected("a provider consensus address (cosmosvalcons1…)");
            }
            int[] here = {address.line(), address.column()};
            int[] first = id != null ? seenBonded.putIfAbsent(id, here) : seen.putIfAbsent(address.string(), here);
            if (first != null) {
                throw address.error("validator '" + address.string() + "' appears twice (first at line " + first[0]
                        + ", column " + first[1] + ")");
            }
            BigInteger power = (v.has("consumer_power") ? v.field("consumer_power") : v.field("power")).natural();
            if (power.signum() > 0) {
                out.add(new Member(address.string(), power, id));
            }
        });
        root.field("validators").items(); // present and an array (its items were streamed)
        return new Read(root, List.copyOf(out));
    }
}
