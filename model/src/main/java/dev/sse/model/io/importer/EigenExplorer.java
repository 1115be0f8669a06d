package dev.sse.model.io.importer;

import dev.sse.model.io.json.JsonCursor;
import dev.sse.model.io.json.NetworkFormatException;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads EigenExplorer API pages in their live layout (shared/real-data/eigenlayer/SHAPES.md; the API's OpenAPI
 * description, EigenExplorer/eigen-explorer-backend {@code packages/openapi/openapi.json}, SOURCES.md S7):
 * {@code {"data": [...], "meta": {...}}}. Operators give {@code address}, {@code metadataName}, per-strategy
 * {@code shares} and {@code avsRegistrations}; AVSs give {@code address} and {@code metadataName}. Addresses are
 * compared in lower case; unknown keys are ignored.
 */
final class EigenExplorer {

    /** One operator: its shares by strategy (lower-case address) and the AVSs it is actively registered with. */
    record Operator(String address, String name, Map<String, BigInteger> shares, List<String> activeAvs, JsonCursor at) {
    }

    private EigenExplorer() {
    }

    static List<Operator> operators(Path file) throws IOException, NetworkFormatException {
        List<Operator> out = new ArrayList<>();
        for (JsonCursor item : data(file)) {
            String address = address(item.field("address"));
            Map<String, BigInteger> shares = new LinkedHashMap<>();
            for (JsonCursor s : item.field("shares").items()) {
                JsonCursor strategy = s.field("strategyAddress");
                if (shares.put(address(strategy), s.field("shares").natural()) != null) {
                    throw strategy.error("strategy " + address(strategy) + " is listed twice for operator " + address);
                }
            }
            List<String> avs = new ArrayList<>();
            if (item.has("avsRegistrations")) {
                for (JsonCursor r : item.field("avsRegistrations").items()) {
                    String a = address(r.field("avsAddress"));
                    if ((!r.has("isActive") || r.field("isActive").bool()) && !avs.contains(a)) {
                        avs.add(a);
                    }
                }
            }
            out.add(new Operator(address, name(item), shares, avs, item.field("address")));
        }
        return out;
    }

    /** AVS address → name ({@code metadataName}, or empty when it has none). */
    static Map<String, String> avsNames(Path file) throws IOException, NetworkFormatException {
        Map<String, String> out = new LinkedHashMap<>();
        for (JsonCursor item : data(file)) {
            out.put(address(item.field("address")), name(item));
        }
        return out;
    }

    private static List<JsonCursor> data(Path file) throws IOException, NetworkFormatException {
        JsonCursor root = JsonCursor.read(file);
        if (!root.isObject()) {
            throw root.expected("an EigenExplorer page {\"data\": [...], \"meta\": {...}}");
        }
        return root.field("data").items();
    }

    private static String name(JsonCursor item) throws NetworkFormatException {
        return item.has("metadataName") ? item.field("metadataName").string().strip() : "";
    }

    /** A 20-byte hex address ({@code 0x} and 40 hex digits), in lower case. */
    static String address(JsonCursor c) throws NetworkFormatException {
        String s = c.string();
        if (!s.matches("0x[0-9a-fA-F]{40}")) {
            throw c.expected("an address (0x and 40 hex digits)");
        }
        return s.toLowerCase(Locale.ROOT);
    }
}
