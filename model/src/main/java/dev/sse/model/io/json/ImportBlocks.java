package dev.sse.model.io.json;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.sse.model.network.Network;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The two top-level blocks an importer writes (issue 22), additive to format v1: {@code provenance}, an open
 * object saying where the figures came from (importer, chain id, height or date, endpoints, input files), and
 * {@code assumptions}, an array of non-empty strings, one per thing the importer had to assume. Files without
 * them read as before; both are omitted from the written text when empty.
 */
final class ImportBlocks {

    private ImportBlocks() {
    }

    static void read(Fields f, Network.Builder b, Problems problems) {
        f.value("provenance").flatMap(v -> Fields.of(v, f.pathOf("provenance"), problems, "a provenance block"))
                .ifPresent(p -> b.provenance(SettingsMapper.settings(p.node())));
        List<String> assumptions = new ArrayList<>();
        f.array("assumptions", false).ifPresent(arr -> {
            for (int i = 0; i < arr.items().size(); i++) {
                JsonTree item = arr.items().get(i);
                String at = JsonPaths.index(f.pathOf("assumptions"), i);
                if (item instanceof JsonTree.Str s && !s.value().isBlank()) {
                    assumptions.add(s.value());
                } else {
                    Fields.report(item, at, "a non-empty string (one assumption)", problems);
                }
            }
        });
        b.assumptions(assumptions);
    }

    static void write(JsonGenerator g, Network n) throws IOException {
        if (!n.provenance().isEmpty()) {
            g.writeFieldName("provenance");
            SettingsWriter.value(g, n.provenance().values());
        }
        if (!n.assumptions().isEmpty()) {
            g.writeArrayFieldStart("assumptions");
            for (String a : n.assumptions()) {
                g.writeString(a);
            }
            g.writeEndArray();
        }
    }
}
