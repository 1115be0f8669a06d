package dev.sse.model.io.json;

import dev.sse.model.network.SlashingOverrides;
import java.io.Reader;
import java.util.List;

/**
 * Warnings, not errors, for a valid network file (issue 21): a {@code slashing} key no slashing engine reads
 * ({@link SlashingOverrides#KNOWN}) changes nothing, so it is not accepted silently. The file keeps the key and it
 * round-trips (docs/network-format.md, "slashing: overrides"); {@code validate} prints each warning at the key.
 */
final class SlashingWarnings {

    private SlashingWarnings() {
    }

    static List<Problem> of(String sourceName, Reader reader) {
        Problems problems = new Problems(sourceName);
        Problems warnings = new Problems(sourceName);
        TreeReader.read(reader, problems).ifPresent(root -> {
            if (root instanceof JsonTree.Obj top && top.member("chains") != null
                    && top.member("chains").value() instanceof JsonTree.Arr chains) {
                for (int i = 0; i < chains.items().size(); i++) {
                    if (chains.items().get(i) instanceof JsonTree.Obj chain && chain.member("slashing") != null
                            && chain.member("slashing").value() instanceof JsonTree.Obj slashing) {
                        String path = JsonPaths.child(JsonPaths.index("$.chains", i), "slashing");
                        slashing.members().stream().filter(m -> !SlashingOverrides.KNOWN.contains(m.key()))
                                .forEach(m -> warnings.add(m.keyLoc(), JsonPaths.child(path, m.key()),
                                        "warning: unknown slashing key '" + JsonPaths.shown(m.key())
                                        + "': no slashing engine reads it, so it changes nothing (it is kept in the "
                                        + "file); known keys: " + String.join(", ", SlashingOverrides.KNOWN)));
                    }
                }
            }
        });
        return warnings.list();
    }
}
