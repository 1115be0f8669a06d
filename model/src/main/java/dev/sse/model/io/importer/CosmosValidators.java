package dev.sse.model.io.importer;

import dev.sse.model.io.json.JsonCursor;
import dev.sse.model.io.json.NetworkFormatException;
import java.math.BigInteger;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the pages of {@code GET /cosmos/staking/v1beta1/validators} (Cosmos SDK {@code QueryValidatorsResponse},
 * gRPC-gateway JSON: int64 and Int as strings, enums by name; layout in shared/real-data/cosmoshub-4/SHAPES.md) and
 * keeps the bonded validators. Pages must be given in order: every page but the last has a {@code next_key}, the
 * last has none, and a {@code pagination.total} on the first page (with {@code count_total}) must match the count.
 */
final class CosmosValidators {

    static final Set<String> STATUSES = Set.of("BOND_STATUS_BONDED", "BOND_STATUS_UNBONDING", "BOND_STATUS_UNBONDED");
    private static final String ED25519 = "/cosmos.crypto.ed25519.PubKey";

    /** A bonded validator: tokens in the bond denom's smallest unit (uatom), exact. */
    record Bonded(String operatorAddress, String consensusAddress, String moniker, String identity,
                  BigInteger tokens) {
    }

    /** What the pages held: the bonded validators in response order and how many entries there were in all. */
    record Result(List<Bonded> bonded, int total) {
    }

    private CosmosValidators() {
    }

    static Result read(List<JsonCursor> pages) throws NetworkFormatException {
        List<Bonded> bonded = new ArrayList<>();
        Map<String, JsonCursor> seen = new HashMap<>();
        int count = 0;
        JsonCursor declaredTotal = null;
        for (int p = 0; p < pages.size(); p++) {
            JsonCursor page = pages.get(p);
            for (JsonCursor v : page.field("validators").items()) {
                count++;
                JsonCursor op = v.field("operator_address");
                String address = op.string();
                JsonCursor first = seen.putIfAbsent(address, op);
                if (first != null) {
                    throw op.error("validator '" + address + "' appears twice (first in " + first.file() + " at line "
                            + first.line() + ", column " + first.column() + "); give each page once");
                }
                JsonCursor status = v.field("status");
                if (!STATUSES.contains(status.string())) {
                    throw status.expected("one of BOND_STATUS_BONDED, BOND_STATUS_UNBONDING, BOND_STATUS_UNBONDED");
                }
                BigInteger tokens = v.field("tokens").natural();
                if (status.string().equals("BOND_STATUS_BONDED")) {
                    bonded.add(new Bonded(address, consensusAddress(v.field("consensus_pubkey")),
                            description(v, "moniker"), description(v, "identity"), tokens));
                }
            }
            pagination(page, p, pages.size());
            if (p == 0 && page.has("pagination") && page.field("pagination").has("total")) {
                declaredTotal = page.field("pagination").field("total");
            }
        }
        if (declaredTotal != null) {
            BigInteger total = declaredTotal.natural();
            if (total.signum() > 0 && !total.equals(BigInteger.valueOf(count))) {
                throw declaredTotal.error("the first page counts " + total + " validators, the pages given hold "
                        + count + "; is a page missing?");
            }
        }
        if (bonded.isEmpty()) {
            throw pages.get(0).field("validators").error("no validator has status BOND_STATUS_BONDED");
        }
        return new Result(List.copyOf(bonded), count);
    }

    private static void pagination(JsonCursor page, int p, int pages) throws NetworkFormatException {
        JsonCursor nextKey = page.has("pagination") ? page.field("pagination").optional("next_key").orElse(null) : null;
        boolean more = nextKey != null && !nextKey.string().isEmpty();
        if (more && p == pages - 1) {
            throw nextKey.error("this page says more validators follow (next_key is set), but it is the last page "
                    + "given; fetch the next page with pagination.key and give it with another --validators");
        }
        if (!more && p < pages - 1) {
            throw page.error("this page is the last one (no pagination.next_key), but " + (pages - p - 1)
                    + " more page(s) were given after it");
        }
    }

    private static String description(JsonCursor v, String key) throws NetworkFormatException {
        if (!v.has("description")) {
            return "";
        }
        java.util.Optional<JsonCursor> c = v.field("description").optional(key);
        return c.isPresent() ? c.get().string() : "";
    }

    /** {@code cosmosvalcons…} of an ed25519 consensus key: bech32 of the first 20 bytes of its sha256. */
    static String consensusAddress(JsonCursor pubkey) throws NetworkFormatException {
        JsonCursor type = pubkey.field("@type");
        if (!ED25519.equals(type.string())) {
            throw type.expected("\"" + ED25519 + "\" (the Hub's consensus keys are ed25519)");
        }
        JsonCursor key = pubkey.field("key");
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(key.string());
        } catch (IllegalArgumentException e) {
            throw key.expected("a base64 ed25519 public key");
        }
        if (raw.length != 32) {
            throw key.error("must be a 32-byte ed25519 public key, got " + raw.length + " bytes");
        }
        return Bech32.encode("cosmosvalcons", Arrays.copyOf(sha256(raw), 20));
    }

    private static byte[] sha256(byte[] in) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(in);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
