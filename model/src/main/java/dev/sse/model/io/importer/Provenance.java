package dev.sse.model.io.importer;

import dev.sse.model.network.Settings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the {@code provenance} block an importer writes (docs/network-format.md): which importer and version,
 * the chain, its height or date when known, the endpoints the responses came from and the input files by name (not
 * by full path, so the same inputs give the same bytes wherever they live).
 */
final class Provenance {

    /** Version of the importers' output; raised when what an importer writes for the same input changes. */
    static final long IMPORTER_VERSION = 1;

    private final Map<String, Object> values = new LinkedHashMap<>();
    private final List<Object> endpoints = new ArrayList<>();
    private final List<Object> files = new ArrayList<>();

    Provenance(String importer, String chainId) {
        values.put("importer", "explorer import " + importer);
        values.put("importerVersion", IMPORTER_VERSION);
        values.put("chainId", chainId);
    }

    Provenance put(String key, Object value) {
        if (value != null) {
            values.put(key, value);
        }
        return this;
    }

    Provenance endpoint(String endpoint) {
        if (!endpoints.contains(endpoint)) {
            endpoints.add(endpoint);
        }
        return this;
    }

    Provenance file(Path file) {
        Path name = file.getFileName();
        files.add(name == null ? file.toString() : name.toString());
        return this;
    }

    /**
     * The one-line {@code source} of the network: chain, snapshot (date, height or era, as known), endpoints and the
     * importer, e.g. {@code cosmoshub-4, 2024-06-24: GET /cosmos/staking/v1beta1/validators; … (explorer import cosmos 1)}.
     */
    String source() {
        StringBuilder sb = new StringBuilder(String.valueOf(values.get("chainId")));
        for (String key : new String[] {"date", "height", "era"}) {
            if (values.containsKey(key)) {
                sb.append(", ").append(key.equals("date") ? "" : key + " ").append(values.get(key));
            }
        }
        sb.append(": ").append(String.join("; ", endpoints.stream().map(String::valueOf).toList()));
        return sb.append(" (").append(values.get("importer")).append(' ').append(IMPORTER_VERSION).append(')').toString();
    }

    Settings settings() {
        Map<String, Object> out = new LinkedHashMap<>(values);
        out.put("endpoints", List.copyOf(endpoints));
        out.put("files", List.copyOf(files));
        return new Settings(out);
    }
}
