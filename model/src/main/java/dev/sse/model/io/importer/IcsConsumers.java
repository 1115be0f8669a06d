package dev.sse.model.io.importer;

import dev.sse.model.io.json.JsonCursor;
import dev.sse.model.io.json.NetworkFormatException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the ICS provider's {@code consumer_chains} response in both forms: up to ICS v5
 * ({@code GET /interchain_security/ccv/provider/consumer_chains}, entries {@code chain_id … denylist}) and from v6
 * ({@code …/consumer_chains/{phase}}, adding {@code consumer_id}, {@code phase}, {@code metadata}, {@code min_stake},
 * {@code allow_inactive_vals}). Layout: {@code QueryConsumerChainsResponse} in interchain-security
 * {@code proto/interchain_security/ccv/provider/v1/query.proto} (v6.1.0, shared/real-data/cosmoshub-4/shapes).
 */
final class IcsConsumers {

    /** One consumer chain's power-shaping parameters; {@code consumerId} and {@code phase} are null in the v5 form. */
    record Consumer(String chainId, String consumerId, String phase, int topN, BigInteger minPowerInTopN,
                    int powerCap, int setCap, List<String> allowlist, List<String> denylist, JsonCursor at) {

        boolean launched() {
            return phase == null || phase.equals("CONSUMER_PHASE_LAUNCHED");
        }
    }

    private IcsConsumers() {
    }

    static List<Consumer> read(JsonCursor root) throws NetworkFormatException {
        List<Consumer> out = new ArrayList<>();
        for (JsonCursor c : root.field("chains").items()) {
            JsonCursor topN = c.field("top_N");
            int n = whole(topN, 100);
            if (n != 0 && n < 50) {
                throw topN.expected("0 (opt-in) or a whole number from 50 to 100");
            }
            JsonCursor minPower = c.optional("min_power_in_top_N").orElse(null);
            BigInteger min = minPower == null || "-1".equals(text(minPower)) ? null : minPower.natural();
            out.add(new Consumer(c.field("chain_id").string(),
                    c.has("consumer_id") ? c.field("consumer_id").string() : null,
                    c.has("phase") ? c.field("phase").string() : null, n, min,
                    c.has("validators_power_cap") ? whole(c.field("validators_power_cap"), 100) : 0,
                    c.has("validator_set_cap") ? whole(c.field("validator_set_cap"), Integer.MAX_VALUE) : 0,
                    addresses(c, "allowlist"), addresses(c, "denylist"), c));
        }
        return List.copyOf(out);
    }

    private static String text(JsonCursor c) {
        try {
            return c.isString() ? c.string() : null;
        } catch (NetworkFormatException e) {
            return null;
        }
    }

    private static int whole(JsonCursor c, int max) throws NetworkFormatException {
        BigInteger v = c.natural();
        if (v.compareTo(BigInteger.valueOf(max)) > 0) {
            throw c.expected("a whole number from 0 to " + max);
        }
        return v.intValue();
    }

    private static List<String> addresses(JsonCursor c, String key) throws NetworkFormatException {
        List<String> out = new ArrayList<>();
        if (c.has(key)) {
            for (JsonCursor a : c.field(key).items()) {
                if (!Bech32.isValid(a.string(), "cosmosvalcons")) {
                    throw a.expected("a provider consensus address (cosmosvalcons1…)");
                }
                out.add(a.string());
            }
        }
        return out;
    }
}
