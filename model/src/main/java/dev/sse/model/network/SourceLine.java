package dev.sse.model.network;

import java.util.ArrayList;
import java.util.List;

/**
 * The "source" line of an imported network (issue 22 item 2), shown under the network's name in the window and in
 * the reports: chain id, snapshot (date, height, era as the provenance gives them), the importer and its version, and
 * how many assumptions it wrote, e.g. {@code cosmoshub-4 · 2024-06-24 · explorer import cosmos 1 · 3 assumptions}.
 * Empty for a network without a provenance block (hand-made files).
 */
public final class SourceLine {

    private SourceLine() {
    }

    public static String of(Network n) {
        Settings p = n.provenance();
        if (p.isEmpty()) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        p.string("chainId").ifPresent(parts::add);
        p.string("date").ifPresent(parts::add);
        for (String key : List.of("height", "era")) {
            p.number(key).ifPresent(v -> parts.add(key + " " + (v == Math.rint(v) ? String.valueOf((long) v)
                    : String.valueOf(v))));
        }
        p.string("importer").ifPresent(imp -> parts.add(imp + p.number("importerVersion").stream()
                .mapToObj(v -> " " + (long) v).findFirst().orElse("")));
        int k = n.assumptions().size();
        if (k > 0) {
            parts.add(k + (k == 1 ? " assumption" : " assumptions"));
        }
        return String.join(" · ", parts);
    }
}
