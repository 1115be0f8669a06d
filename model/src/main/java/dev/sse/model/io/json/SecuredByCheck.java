package dev.sse.model.io.json;

import dev.sse.model.network.Chain;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks where {@code securedBy} points: an existing chain, not the chain itself, and no cycles
 * (a rollup secured by a rollup is fine, a ring of them is not). Each cycle is reported once, at the
 * {@code securedBy} of its member that comes first in the file: {@code securedBy cycle: a -> b -> a}.
 * O(chains).
 */
final class SecuredByCheck {

    private SecuredByCheck() {
    }

    static void check(List<Mapped<Chain>> chains, Set<String> chainIds, Problems problems) {
        Map<String, Mapped<Chain>> edges = new LinkedHashMap<>();
        for (Mapped<Chain> m : chains) {
            String target = m.value() == null ? null : m.value().securedBy();
            if (target == null) {
                continue;
            }
            if (target.equals(m.id())) {
                problems.add(m.at("securedBy"), m.pathOf("securedBy"),
                        "a chain cannot secure itself ('" + JsonPaths.shown(target) + "')");
            } else if (!chainIds.contains(target)) {
                problems.add(m.at("securedBy"), m.pathOf("securedBy"),
                        "unknown chain '" + JsonPaths.shown(target) + "'; no chain has this id");
            } else {
                edges.put(m.id(), m);
            }
        }
        reportCycles(edges, problems);
    }

    private static void reportCycles(Map<String, Mapped<Chain>> edges, Problems problems) {
        Map<String, Integer> order = new HashMap<>();
        edges.keySet().forEach(id -> order.put(id, order.size()));
        Map<String, Integer> walkOf = new HashMap<>();
        int walk = 0;
        for (String start : edges.keySet()) {
            walk++;
            List<String> trail = new ArrayList<>();
            String at = start;
            while (at != null && !walkOf.containsKey(at)) {
                walkOf.put(at, walk);
                trail.add(at);
                at = edges.containsKey(at) ? edges.get(at).value().securedBy() : null;
            }
            if (at != null && walkOf.get(at) == walk) {
                report(trail.subList(trail.indexOf(at), trail.size()), order, edges, problems);
            }
        }
    }

    private static void report(List<String> cycle, Map<String, Integer> order, Map<String, Mapped<Chain>> edges,
                               Problems problems) {
        int first = 0;
        for (int i = 1; i < cycle.size(); i++) {
            if (order.get(cycle.get(i)) < order.get(cycle.get(first))) {
                first = i;
            }
        }
        List<String> shown = new ArrayList<>();
        for (int i = 0; i <= cycle.size(); i++) {
            shown.add(JsonPaths.shown(cycle.get((first + i) % cycle.size())));
        }
        Mapped<Chain> at = edges.get(cycle.get(first));
        problems.add(at.at("securedBy"), at.pathOf("securedBy"), "securedBy cycle: " + String.join(" -> ", shown));
    }
}
